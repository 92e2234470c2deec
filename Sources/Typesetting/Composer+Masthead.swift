import MarkdownSupport

/// The top of a CV: the `#` name, an optional photo, and the paragraphs right under the name
/// (a bold headline, a contact line with ` · ` between items).
struct Masthead {
    var name: [MarkdownInline]
    var paragraphs: [[MarkdownInline]]
    var photo: (url: String, alt: String)?

    /// Takes the masthead off the front of `blocks`, when the document starts with a `#` heading
    /// (a photo paragraph may come just before or after it).
    static func take(from blocks: inout ArraySlice<MarkdownBlock>) -> Masthead? {
        var index = blocks.startIndex
        var photo: (url: String, alt: String)?
        if index < blocks.endIndex, case .paragraph(let inlines) = blocks[index].kind, let images = InlineStyler.images(in: inlines), images.count == 1 {
            photo = images[0]
            index += 1
        }
        guard index < blocks.endIndex, case .heading(1, let name) = blocks[index].kind else { return nil }
        index += 1
        var paragraphs: [[MarkdownInline]] = []
        while index < blocks.endIndex, paragraphs.count < 2, case .paragraph(let inlines) = blocks[index].kind {
            if photo == nil, let images = InlineStyler.images(in: inlines), images.count == 1 {
                photo = images[0]
            } else if isHeadline(inlines) || isContactLine(inlines) {
                paragraphs.append(inlines)
            } else {
                break
            }
            index += 1
        }
        blocks = blocks[index...]
        return Masthead(name: name, paragraphs: paragraphs, photo: photo)
    }

    /// Contact details: items separated by ` · `, or links (an e-mail address, a website).
    static func isContactLine(_ inlines: [MarkdownInline]) -> Bool {
        MarkdownInline.plainText(of: inlines).contains(" · ")
            || inlines.contains { if case .link = $0 { true } else { false } }
    }

    /// A paragraph that is one bold phrase: the headline under the name.
    static func isHeadline(_ inlines: [MarkdownInline]) -> Bool {
        inlines.count == 1 && { if case .strong = inlines[0] { true } else { false } }()
    }
}

extension Composer {
    func layOutMasthead(_ masthead: Masthead, _ root: Context) {
        let first = atoms.count
        openGroup()
        var photo: (image: PDFImage, width: Double, height: Double)?
        if let source = masthead.photo {
            if let image = loadImage(source.url) {
                let height = min(Double(image.pixelHeight) * 0.75, 30 * 72 / 25.4)
                let width = min(height * Double(image.pixelWidth) / Double(image.pixelHeight), root.width * 0.3)
                photo = (image, width, width * Double(image.pixelHeight) / Double(image.pixelWidth))
            } else {
                warn("The image '\(source.url)' could not be read as PNG or JPEG; its alt text stands in for it.")
            }
        }
        var context = root
        context.alignment = style.headerAlign == .center ? .center : .left
        if let photo { context.width -= photo.width + size * 1.5 }

        // The name.
        let anchorInfo = nextAnchor()
        let nameText = styler.text(masthead.name).trimmed()
        let name = engine.layout(nameText.isBlank ? StyledText(" ") : nameText,
                                 font: headingFont(size: style.nameSize ?? size * 2.4), color: style.accentColor,
                                 width: context.width, alignment: context.alignment, lineHeight: 1.05)
        emitLines(name, x: context.left, context, keepAll: true, keepLast: true,
                  anchor: Anchor(level: 1, title: anchorInfo?.text ?? MarkdownInline.plainText(of: masthead.name), id: anchorInfo?.id ?? "", order: headingCounter))
        requestSpace(size * 0.35)

        for (index, inlines) in masthead.paragraphs.enumerated() {
            let isLast = index == masthead.paragraphs.count - 1
            let layout: TextLayout
            if Masthead.isHeadline(inlines) {
                var text = styler.text(inlines).trimmed()
                text = text.restyled { $0.bold = false }
                layout = engine.layout(text, font: bodyFont(context, scale: 1.25), color: style.textColor,
                                       width: context.width, alignment: context.alignment, lineHeight: 1.15)
            } else {
                layout = engine.layout(contactLine(inlines), font: bodyFont(context, scale: 0.92), color: style.mutedColor,
                                       width: context.width, alignment: context.alignment, lineHeight: 1.35)
            }
            emitLines(layout, x: context.left, context, keepAll: true, keepLast: !isLast)
            requestSpace(size * 0.4)
        }

        if let photo {
            let x = root.left + root.width - photo.width
            atoms[first].marks.append(.image(photo.image, x: x, y: 0, width: photo.width, height: photo.height))
            // The photo may be taller than the text beside it: keep the flow below it.
            var used = 0.0
            for index in first..<atoms.count { used += (index == first ? 0 : atoms[index].spaceBefore) + atoms[index].height }
            if used < photo.height {
                if let last = atoms.indices.last { atoms[last].keepWithNext = true }
                emit(Atom(height: photo.height - used), root)
            }
        }
        requestSpace(size * 1.1)
    }

    /// The contact line: each item between ` · ` separators is kept on one line.
    private func contactLine(_ inlines: [MarkdownInline]) -> StyledText {
        var text = styler.text(inlines).trimmed()
        var start = 0
        for separator in text.ranges(of: " · ") + [text.byteCount..<text.byteCount] {
            if separator.lowerBound > start { text = text.restyled(bytes: start..<separator.lowerBound) { $0.unbreakable = true } }
            start = separator.upperBound
        }
        return text
    }

    /// The id and text `HTMLRenderer` gives the next heading, in document order.
    func nextAnchor() -> HeadingAnchor? {
        defer { headingCounter += 1 }
        return headingCounter < headingAnchors.count ? headingAnchors[headingCounter] : nil
    }
}
