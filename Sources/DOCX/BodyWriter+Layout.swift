import MarkdownSupport

// The masthead, and `<div class="columns">` layouts as borderless tables.
extension BodyWriter {
    func writeMasthead(_ masthead: Masthead, _ root: Context) {
        var photo: (image: ImageStore.Image, width: Double, height: Double)?
        if let source = masthead.photo {
            if let image = images.load(source.url) {
                // At most 30 mm high and 30 % of the width, as in the PDF.
                let height = min(image.naturalHeight, 30 * 72 / 25.4)
                let width = min(height * image.aspectRatio, Double(root.width) / 20 * 0.3)
                photo = (image, width, width / image.aspectRatio)
            } else {
                warn("The image '\(source.url)' could not be read as PNG or JPEG; its alt text stands in for it.")
            }
        }
        let gap = Units.twips(size * 1.5)
        var context = root
        if let photo { context.width -= Units.twips(photo.width) + gap }

        var carried = 0.0
        let text = separately {
            var name = Paragraph(style: "Heading1", content: bookmarked(runs(masthead.name, RunFormat(baseSize: StylesPart.headingSize(1, style)))))
            if style.headerAlign == .center { name.alignment = "center" }
            // The page's top margin is room enough above the name; the PDF leaves 0.35 × size below it.
            name.spaceBefore = 0
            let below = size * 0.35, leading = StylesPart.trailingLeading("Heading1", style)
            name.spaceAfter = max(0, below - leading)
            name.overshoot = max(0, leading - below)
            emit(name, context)
            for inlines in masthead.paragraphs {
                let isHeadline = Masthead.isHeadline(inlines)
                var format = RunFormat(baseSize: isHeadline ? size * 1.25 : size * 0.92)
                format.notBold = isHeadline
                var paragraph = Paragraph(style: isHeadline ? "Headline" : "Contact", content: runs(inlines, format))
                if style.headerAlign == .center { paragraph.alignment = "center" }
                emit(paragraph, context)
            }
            if case .paragraph(var last)? = elements.last {
                // The PDF leaves 1.1 × size below the masthead, or the section title's own space
                // above when that is larger: asked of the paragraph after it.
                overshoot -= last.overshoot ?? StylesPart.overshoot(last.style, style)
                last.spaceAfter = 0
                last.overshoot = 0
                elements[elements.count - 1] = .paragraph(last)
            }
            carried = overshoot
        }
        guard let photo else {
            elements += text
            overshoot += carried
            requestSpace(size * 1.1)
            return
        }
        var picture = Paragraph(content: drawing(photo.image, width: photo.width, height: photo.height, alt: masthead.photo?.alt ?? ""))
        picture.alignment = "right"
        picture.spaceAfter = 0
        let cells = [(text, root.width - Units.twips(photo.width) - gap), ([Element.paragraph(picture)], Units.twips(photo.width) + gap)]
        emitTable(layoutTable(cells: cells, gap: gap, indent: 0), root)
        pendingSpaceBefore = size * 1.1
    }

    /// Handles one raw HTML token for the columns layout; true when it was consumed.
    func capturesColumns(_ token: LayoutTag.Token, _ context: Context, flush: () -> Void) -> Bool {
        guard var capture = columnCapture else {
            guard case .tag(let tag) = token, tag.name == "div", tag.opensElement, tag.hasClass("columns") else { return false }
            flush()
            columnCapture = ColumnCapture()
            return true
        }
        defer { if columnCapture != nil { columnCapture = capture } }
        let range = SourceRange(file: "", startLine: 0, startColumn: 0, endLine: 0, endColumn: 0)
        switch token {
        case .text(let text):
            if !text.trimmedSpaces.isEmpty { capture.append(MarkdownBlock(.paragraph([.text(text.trimmedSpaces)]), range: range)) }
        case .tag(let tag) where tag.name == "div" && !tag.isSelfClosing:
            if !tag.isClosing {
                capture.depth += 1
                if capture.depth == 1 {
                    capture.columns.append((tag.classes, []))
                } else {
                    capture.append(MarkdownBlock(.htmlBlock(tag.html), range: range))
                }
            } else if capture.depth == 0 {
                columnCapture = nil
                writeColumns(capture, context)
            } else {
                capture.depth -= 1
                if capture.depth > 0 { capture.append(MarkdownBlock(.htmlBlock("</div>"), range: range)) }
            }
        case .tag(let tag):
            capture.append(MarkdownBlock(.htmlBlock(tag.html), range: range))
        }
        return true
    }

    /// The columns side by side in a borderless table of one row.
    func writeColumns(_ capture: ColumnCapture, _ context: Context) {
        let columns = capture.columns.filter { !$0.blocks.isEmpty }
        guard !columns.isEmpty else { return }
        let gap = Units.twips(size * 1.6)
        let totalWeight = columns.map { ColumnCapture.weight($0.classes) }.reduce(0, +)
        let available = context.width - gap * (columns.count - 1)
        var cells: [(elements: [Element], width: Int)] = []
        // The columns start as far below what precedes them as their first blocks ask (a section
        // title's space above), and never closer than a paragraph's, as in the PDF.
        var spaceAbove = blockSpacing
        for (index, column) in columns.enumerated() {
            let width = Int((Double(available) * ColumnCapture.weight(column.classes) / totalWeight).rounded())
            let inner = Context(width: width, color: context.color, depth: 1)
            let elements = separately {
                write(column.blocks, inner)
                // What a column's first block asked for above it has no meaning at the cell's top.
            }
            let outer = width + (index == 0 || index == columns.count - 1 ? gap / 2 : gap) * (columns.count > 1 ? 1 : 0)
            if case .paragraph(let first)? = elements.first { spaceAbove = max(spaceAbove, first.spaceBefore ?? 0) }
            cells.append((Self.trimmingLeadingSpace(elements), outer))
        }
        requestSpace(spaceAbove)
        emitTable(layoutTable(cells: cells, gap: gap, indent: context.indent), context)
    }

    /// The elements with no space above the first paragraph (the top of a cell).
    private static func trimmingLeadingSpace(_ elements: [Element]) -> [Element] {
        guard case .paragraph(var first)? = elements.first else { return elements }
        first.spaceBefore = 0
        return [.paragraph(first)] + elements.dropFirst()
    }
}

/// Blocks written between `<div class="columns">` and its `</div>`, split into the columns
/// opened inside it: `<div class="column">` (an equal share), `<div class="sidebar">` (one
/// share) and `<div class="main">` (two shares).
struct ColumnCapture {
    var columns: [(classes: [String], blocks: [MarkdownBlock])] = []
    /// How many `<div>`s are open inside the container: 1 inside a column.
    var depth = 0

    mutating func append(_ block: MarkdownBlock) {
        if columns.isEmpty { columns.append((["column"], [])) }
        columns[columns.count - 1].blocks.append(block)
    }

    /// A column's share of the width.
    static func weight(_ classes: [String]) -> Double {
        classes.contains("main") ? 2 : 1
    }
}
