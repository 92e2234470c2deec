import Core
import Foundation
import MarkdownSupport

/// Writes a Markdown tree as a .docx (WordprocessingML, ECMA-376 transitional) in memory: the
/// same content as the PDF, with Word's own styles, headings, numbered and bulleted lists,
/// tables, hyperlinks, images and page breaks, so it opens cleanly in Word and LibreOffice.
/// The same input always gives the same bytes. Safe to call from many tasks at once.
public enum DOCXWriter {
    /// The .docx's bytes. `headerName` runs atop pages 2 and on, "Page X of Y" at the foot of every page; `resourceFolder` is where relative
    /// image paths are looked up (nil: images are skipped and their alt text shown).
    public static func render(_ document: MarkdownDocument, style: DOCXStyle = DOCXStyle(), metadata: DOCXMetadata = DOCXMetadata(),
                              headerName: String? = nil, resourceFolder: String? = nil) throws(DOCXError) -> [UInt8] {
        try write(document, style: style, metadata: metadata, headerName: headerName, resourceFolder: resourceFolder).bytes
    }

    /// The .docx with what was noticed on the way (images that could not be read).
    public static func write(_ document: MarkdownDocument, style: DOCXStyle = DOCXStyle(), metadata: DOCXMetadata = DOCXMetadata(),
                             headerName: String? = nil, resourceFolder: String? = nil) throws(DOCXError) -> DOCXRendering {
        var relationships = Relationships()
        relationships.add(.styles, target: "styles.xml")
        relationships.add(.numbering, target: "numbering.xml")
        relationships.add(.settings, target: "settings.xml")
        relationships.add(.fontTable, target: "fontTable.xml")

        // Every page carries "Page X of Y"; pages 2 and on also the name atop them, as the PDF has
        // it. The first page has its own header (empty) and footer (the same label).
        let name = headerName.map(\.trimmedSpaces).flatMap { $0.isEmpty ? nil : $0 }
        let furnitureFormat = RunFormat(baseSize: style.size * 0.8)
        var parts: [(name: String, xml: String)] = []
        var sectionReferences = ""
        if style.showsHeader, let name {
            var header = Paragraph(style: "Header", content: furnitureFormat.runs(name, monoFont: style.monoFont))
            header.bottomBorder = .init(color: style.ruleColor, width: 0.4, space: 2)
            parts.append(("header1.xml", PackageParts.furniture("hdr", nil)))
            parts.append(("header2.xml", PackageParts.furniture("hdr", header)))
            sectionReferences += "<w:headerReference w:type=\"default\" r:id=\"\(relationships.add(.header, target: "header2.xml"))\"/>"
            sectionReferences += "<w:headerReference w:type=\"first\" r:id=\"\(relationships.add(.header, target: "header1.xml"))\"/>"
        }
        if style.showsFooter {
            var footer = Paragraph(style: "Footer")
            footer.alignment = "right"
            footer.content = PackageParts.pageLabel(style.pageLabel, format: furnitureFormat, monoFont: style.monoFont)
            parts.append(("footer1.xml", PackageParts.furniture("ftr", footer)))
            parts.append(("footer2.xml", PackageParts.furniture("ftr", footer)))
            sectionReferences += "<w:footerReference w:type=\"default\" r:id=\"\(relationships.add(.footer, target: "footer2.xml"))\"/>"
            sectionReferences += "<w:footerReference w:type=\"first\" r:id=\"\(relationships.add(.footer, target: "footer1.xml"))\"/>"
        }

        let writer = BodyWriter(style: style, images: ImageStore(folder: resourceFolder), relationships: relationships, numbering: Numbering(style: style))
        writer.write(document)

        let (pageWidth, pageHeight) = style.paper.size
        var body = XMLParts.declaration + "<w:document \(XMLParts.rootNamespaces)><w:body>"
        body += BodyWriter.xml(writer.elements)
        body += "<w:sectPr>" + sectionReferences
        body += "<w:pgSz w:w=\"\(Units.twips(pageWidth))\" w:h=\"\(Units.twips(pageHeight))\"/>"
        body += "<w:pgMar w:top=\"\(Units.twips(style.marginTop))\" w:right=\"\(Units.twips(style.marginRight))\""
        body += " w:bottom=\"\(Units.twips(style.marginBottom))\" w:left=\"\(Units.twips(style.marginLeft))\""
        body += " w:header=\"\(Units.twips(style.marginTop * 0.45))\" w:footer=\"\(Units.twips(style.marginBottom * 0.45))\" w:gutter=\"0\"/>"
        body += "<w:cols w:space=\"720\"/>" + (sectionReferences.isEmpty ? "" : "<w:titlePg/>") + "</w:sectPr></w:body></w:document>"

        let date = metadata.resolvedDate(environment: ProcessInfo.processInfo.environment)
        let media = writer.media
        var zip = ZIPWriter(timestamp: ZIPWriter.Timestamp(secondsSince1970: date))
        try zip.add("[Content_Types].xml", Array(PackageParts.contentTypes(
            media: media.map(\.name), headers: parts.map(\.name).filter { $0.hasPrefix("header") },
            footers: parts.map(\.name).filter { $0.hasPrefix("footer") }).utf8))
        try zip.add("_rels/.rels", Array(PackageParts.packageRelationships.utf8))
        try zip.add("docProps/core.xml", Array(PackageParts.core(metadata, date: date).utf8))
        try zip.add("docProps/app.xml", Array(PackageParts.app.utf8))
        try zip.add("word/document.xml", Array(body.utf8))
        try zip.add("word/_rels/document.xml.rels", Array(writer.relationships.xml.utf8))
        try zip.add("word/styles.xml", Array(StylesPart(style: style, language: metadata.language.map(\.trimmedSpaces)).xml.utf8))
        try zip.add("word/numbering.xml", Array(writer.numbering.xml.utf8))
        try zip.add("word/settings.xml", Array(PackageParts.settings.utf8))
        try zip.add("word/fontTable.xml", Array(PackageParts.fontTable(style).utf8))
        for part in parts { try zip.add("word/" + part.name, Array(part.xml.utf8)) }
        // PNG and JPEG are compressed already; deflating them again costs time for nothing.
        for image in media { try zip.add("word/media/" + image.name, image.bytes, compress: false) }
        return DOCXRendering(bytes: try zip.finish(), warnings: writer.warnings)
    }
}

/// A written .docx and what was noticed while making it.
public struct DOCXRendering: Sendable, Hashable {
    public var bytes: [UInt8]
    /// Whole sentences for the user, such as an image that could not be read.
    public var warnings: [String]
}
