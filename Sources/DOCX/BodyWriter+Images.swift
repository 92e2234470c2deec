import Core

// Images: stored once in word/media, shown as inline drawings sized as the PDF sizes them.
extension BodyWriter {
    func image(url: String, alt: String, _ context: Context) {
        guard let image = images.load(url) else {
            warn("The image '\(url)' could not be read as PNG or JPEG; its alt text stands in for it.")
            if !alt.isEmpty { paragraph([.emphasis([.text(alt)])], context) }
            return
        }
        // Shrunk to fit the column and 40 % of the page's height.
        let fit = min(1, Double(context.width) / 20 / image.naturalWidth, style.textHeight * 0.4 / image.naturalHeight)
        var paragraph = Paragraph(content: drawing(image, width: image.naturalWidth * fit, height: image.naturalHeight * fit, alt: alt))
        paragraph.lineHeight = 1
        requestSpace(blockSpacing)
        emit(paragraph, context)
        requestSpace(blockSpacing)
    }

    /// A run holding an inline picture of `width` × `height` points.
    func drawing(_ image: ImageStore.Image, width: Double, height: Double, alt: String = "") -> String {
        let key = SHA256.hex(image.bytes)
        let relationship: String
        if let known = mediaRelationships[key] {
            relationship = known
        } else {
            let name = "image\(media.count + 1).\(image.format == .png ? "png" : "jpeg")"
            media.append((name, image.bytes))
            relationship = relationships.add(.image, target: "media/" + name)
            mediaRelationships[key] = relationship
        }
        let id = nextDrawingID
        nextDrawingID += 1
        let cx = Units.emu(width), cy = Units.emu(height)
        let description = XMLText.attribute(alt)
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            + "<wp:docPr id=\"\(id)\" name=\"Picture \(id)\" descr=\"\(description)\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"\(XMLParts.mainDrawingNamespace)\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic xmlns:a=\"\(XMLParts.mainDrawingNamespace)\"><a:graphicData uri=\"\(XMLParts.pictureNamespace)\">"
            + "<pic:pic xmlns:pic=\"\(XMLParts.pictureNamespace)\"><pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"Picture \(id)\" descr=\"\(description)\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(relationship)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }
}
