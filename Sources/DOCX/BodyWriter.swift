import Foundation
import MarkdownSupport

/// Walks the Markdown tree and writes document.xml's body: the DOCX twin of the PDF's composer,
/// with the same reading of a CV (masthead, ruled section titles, entries with right-aligned
/// dates, muted detail lines) expressed as Word styles and paragraph properties.
final class BodyWriter {
    let style: DOCXStyle
    let images: ImageStore
    var relationships: Relationships
    var numbering: Numbering
    private(set) var warnings: [String] = []

    /// The body so far: `w:p` and `w:tbl` elements.
    var elements: [Element] = []

    /// Heading ids (as `HTMLRenderer` makes them) -> Word bookmark names, for `#id` links.
    var bookmarks: [String: String] = [:]
    var headingAnchors: [HeadingAnchor] = []
    var headingCounter = 0
    var nextBookmarkID = 0

    /// The next paragraph starts a page.
    var pendingPageBreak = false
    /// Space the next paragraph needs above it, in points (after a table, after detail lines).
    var pendingSpaceBefore = 0.0
    /// A list item's marker, waiting for the item's first paragraph.
    var pendingMarker: Marker?
    /// Classes of the `<div>`s open around the current block.
    var openDivs: [[String]] = []
    /// Blocks being gathered inside a `<div class="columns">`.
    var columnCapture: ColumnCapture?
    var wroteFootnoteRule = false
    /// Images in word/media, each stored once, with their relationship ids by content hash.
    var media: [(name: String, bytes: [UInt8])] = []
    var mediaRelationships: [String: String] = [:]
    var nextDrawingID = 1
    private var afterDetail = false
    /// Points by which the paragraphs so far run longer in Word than in the PDF, to take back
    /// from the next space above a paragraph.
    var overshoot = 0.0

    enum Element {
        case paragraph(Paragraph)
        case table(String)
    }

    /// What goes in front of a list item's first paragraph.
    enum Marker {
        case numbered(id: Int, level: Int)
        case task(checked: Bool)
    }

    /// Where and how the blocks being written sit.
    struct Context {
        /// Left indent from the text's edge, in twips.
        var indent = 0
        /// Width from the indent to the right edge, in twips: where right tab stops go.
        var width: Int
        /// A block quote's bar down the left.
        var bar: Paragraph.Border?
        var color: DOCXColor?
        var italic = false
        var scale = 1.0
        var depth = 0
        var listDepth = 0
        var tight = false
    }

    init(style: DOCXStyle, images: ImageStore, relationships: Relationships, numbering: Numbering) {
        self.style = style
        self.images = images
        self.relationships = relationships
        self.numbering = numbering
    }

    var size: Double { style.size }
    var blockSpacing: Double { style.paragraphSpacing }
    var textWidth: Int { Units.twips(style.paper.size.width) - Units.twips(style.marginLeft) - Units.twips(style.marginRight) }

    // MARK: The document

    func write(_ document: MarkdownDocument) {
        headingAnchors = document.headingAnchors
        bookmarks = Self.bookmarkNames(headingAnchors)
        var blocks = document.blocks[...]
        let root = Context(width: textWidth)
        if let masthead = Masthead.take(from: &blocks) { writeMasthead(masthead, root) }
        write(Array(blocks), root)
        if let capture = columnCapture {
            // An unclosed columns container: its blocks still show, one after another.
            columnCapture = nil
            for column in capture.columns { write(column.blocks, root) }
        }
        keepEntriesTogether()
    }

    /// A CV entry (a `###` title and what follows it up to the next title) moves to the next page
    /// whole rather than split, when it is short enough to fit on one, as in the PDF.
    private func keepEntriesTogether() {
        var start: Int?
        func close(_ end: Int) {
            defer { start = nil }
            guard let first = start, end - first >= 2, end - first <= 12 else { return }
            for index in first..<(end - 1) {
                // Headings and detail lines keep with the next paragraph by their style already.
                guard case .paragraph(var paragraph) = elements[index], !StylesPart.keepsWithNext(paragraph.style) else { continue }
                paragraph.keepNext = true
                elements[index] = .paragraph(paragraph)
            }
        }
        for (index, element) in elements.enumerated() {
            guard case .paragraph(let paragraph) = element else {
                if start != nil { close(index) }
                continue
            }
            if paragraph.pageBreakBefore || ["Heading1", "Heading2", "Heading3"].contains(paragraph.style ?? "") { close(index) }
            if paragraph.style == "Heading3" { start = index }
        }
        close(elements.count)
    }

    func write(_ blocks: [MarkdownBlock], _ context: Context) {
        for block in blocks { write(block, context) }
    }

    func write(_ block: MarkdownBlock, _ context: Context) {
        if columnCapture != nil, context.depth == 0 {
            if case .htmlBlock(let html) = block.kind { htmlBlock(html, context) } else { columnCapture?.append(block) }
            return
        }
        let isDetail = if case .paragraph(let inlines) = block.kind { Masthead.isDetailLine(inlines) } else { false }
        if afterDetail, !isDetail { requestSpace(blockSpacing) }
        afterDetail = isDetail
        switch block.kind {
        case .paragraph(let inlines): paragraph(inlines, context)
        case .heading(let level, let inlines): heading(level: level, inlines, context)
        case .blockQuote(let children): quote(children, context)
        case .list(let list): self.list(list, context)
        case .codeBlock(_, let literal): code(literal, context)
        case .htmlBlock(let html): htmlBlock(html, context)
        case .thematicBreak: rule(context)
        case .table(let table): self.table(table, context)
        case .footnoteDefinition(let label, let children): footnote(label: label, children, context)
        }
    }

    // MARK: Emitting

    func requestSpace(_ points: Double) { pendingSpaceBefore = max(pendingSpaceBefore, points) }

    /// Appends a paragraph with the context's indent and quote bar, and whatever is pending:
    /// a page break, space above, a list marker.
    func emit(_ paragraph: Paragraph, _ context: Context) {
        var paragraph = paragraph
        if context.indent > 0, paragraph.indentLeft == nil { paragraph.indentLeft = context.indent }
        if let bar = context.bar, paragraph.leftBorder == nil { paragraph.leftBorder = bar }
        if pendingPageBreak {
            paragraph.pageBreakBefore = true
            pendingPageBreak = false
            pendingSpaceBefore = 0
            overshoot = 0
        }
        if pendingSpaceBefore > 0 || paragraph.spaceBefore != nil || StylesPart.spaceBefore(paragraph.style, style) > 0 {
            // Word adds the space after the paragraph above (and its trailing leading) to this
            // one's space before; the PDF takes the larger. Ask only for the difference, less
            // what Word has put below earlier paragraphs beyond the PDF (`overshoot`).
            var wanted = max(pendingSpaceBefore, paragraph.spaceBefore ?? StylesPart.pdfSpaceBefore(paragraph.style, style))
            if case .paragraph(let previous)? = elements.last {
                wanted -= (previous.spaceAfter ?? StylesPart.spaceAfter(previous.style, style)) + StylesPart.trailingLeading(previous.style, style)
            }
            // Less than the paragraph above already leaves: the PDF takes that larger one too.
            let absorbed = min(max(0, wanted), overshoot)
            overshoot -= absorbed
            paragraph.spaceBefore = max(0, wanted - absorbed)
            pendingSpaceBefore = 0
        }
        if let marker = pendingMarker {
            pendingMarker = nil
            let step = numbering.levelIndent
            paragraph.indentLeft = context.indent
            paragraph.hanging = step
            switch marker {
            case .numbered(let id, let level):
                paragraph.numbering = (id, level)
            case .task(let checked):
                var format = RunFormat(baseSize: size)
                format.color = style.accentColor
                paragraph.content = format.runs((checked ? "☑" : "☐") + "\t", monoFont: style.monoFont) + paragraph.content
            }
        }
        overshoot += paragraph.overshoot ?? StylesPart.overshoot(paragraph.style, style)
        elements.append(.paragraph(paragraph))
    }

    /// Appends a table, with an empty paragraph before it when something must sit on a
    /// paragraph (a page break, a list marker) or two tables would otherwise merge.
    func emitTable(_ xml: String, _ context: Context) {
        let previousIsTable = if case .table = elements.last { true } else { false }
        if pendingPageBreak || pendingMarker != nil || previousIsTable {
            var spacer = Paragraph()
            spacer.spaceAfter = 0
            if pendingMarker == nil { spacer.content = Self.tinyRun }
            pendingSpaceBefore = 0
            emit(spacer, context)
        }
        if pendingSpaceBefore > 0, case .paragraph(var previous)? = elements.last {
            // A table has no space above of its own: the paragraph before it leaves the room.
            let realized = (previous.spaceAfter ?? StylesPart.spaceAfter(previous.style, style)) + StylesPart.trailingLeading(previous.style, style)
            let wanted = max(0, pendingSpaceBefore - realized)
            let absorbed = min(wanted, overshoot)
            overshoot -= absorbed
            previous.spaceAfter = (previous.spaceAfter ?? StylesPart.spaceAfter(previous.style, style)) + wanted - absorbed
            elements[elements.count - 1] = .paragraph(previous)
        }
        pendingSpaceBefore = 0
        elements.append(.table(xml))
        requestSpace(blockSpacing)
    }

    /// An empty run 1 pt high, so a spacer paragraph takes almost no room.
    static let tinyRun = "<w:r><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:r>"

    /// Writes the blocks into a separate list of elements (a table cell), then puts the body back.
    func separately(_ body: () -> Void) -> [Element] {
        let saved = (elements, pendingSpaceBefore, afterDetail, pendingPageBreak, overshoot)
        elements = []
        pendingSpaceBefore = 0
        overshoot = 0
        afterDetail = false
        pendingPageBreak = false
        body()
        let captured = elements
        (elements, pendingSpaceBefore, afterDetail, pendingPageBreak, overshoot) = saved
        return captured
    }

    func warn(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }

    /// The serialised elements; a table cell must end with a paragraph.
    static func xml(_ elements: [Element], endWithParagraph: Bool = false) -> String {
        var out = ""
        for element in elements {
            switch element {
            case .paragraph(let paragraph): out += paragraph.xml
            case .table(let xml): out += xml
            }
        }
        let lastIsParagraph = if case .paragraph = elements.last { true } else { false }
        if endWithParagraph, !lastIsParagraph {
            var spacer = Paragraph(content: tinyRun)
            spacer.spaceBefore = 0
            spacer.spaceAfter = 0
            out += spacer.xml
        }
        return out
    }

    // MARK: Paragraphs

    func paragraph(_ inlines: [MarkdownInline], _ context: Context) {
        if let images = Masthead.images(in: inlines) {
            for image in images { self.image(url: image.url, alt: image.alt, context) }
            return
        }
        let isDetail = Masthead.isDetailLine(inlines)
        var format = baseFormat(context)
        if isDetail { format.color = style.mutedColor }
        let content = runs(inlines, format)
        guard Self.hasVisibleText(content) else { return }
        let paragraphStyle = isDetail && context.depth == 0 ? "EntryDetail" : context.listDepth > 0 ? "ListParagraph" : nil
        var paragraph = Paragraph(style: paragraphStyle, content: content)
        // Detail lines and tight list items sit close; a loose list's items keep a block's distance.
        if context.tight || isDetail {
            paragraph.spaceAfter = StylesPart.tightSpacing(style)
        } else if context.listDepth > 0 {
            paragraph.spaceAfter = StylesPart.blockSpaceAfter(style)
        }
        emit(paragraph, context)
    }

    /// True when runs hold something to see: a character other than white space outside the
    /// markup, a tab, a break or a drawing.
    static func hasVisibleText(_ content: String) -> Bool {
        if content.contains("<w:br/>") || content.contains("<w:tab/>") || content.contains("<w:drawing>") { return true }
        var inTag = false
        for character in content {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag, !character.isWhitespace { return true }
        }
        return false
    }

    /// The run format a context starts from.
    func baseFormat(_ context: Context, size: Double? = nil) -> RunFormat {
        var format = RunFormat(baseSize: size ?? self.size)
        format.color = context.color
        format.italic = context.italic
        format.scale = context.scale
        return format
    }

    // MARK: Headings

    func heading(level: Int, _ inlines: [MarkdownInline], _ context: Context) {
        let level = min(max(level, 1), 6)
        let headingSize = StylesPart.headingSize(level, style)
        let (titleInlines, dateInlines) = Self.splitDates(inlines)
        var format = RunFormat(baseSize: headingSize)
        format.color = context.color == style.mutedColor ? nil : context.color
        var content = runs(titleInlines, format)
        if let dateInlines {
            var dateFormat = RunFormat(baseSize: headingSize)
            dateFormat.notBold = true
            dateFormat.color = style.mutedColor
            // The dates are body-sized, whatever the heading's size.
            dateFormat.scale = size * 0.95 / headingSize
            // "Apr 2021 – Present" stays on one line: when the title leaves no room, the dates
            // move below it whole, still at the right edge.
            let dates = runs(Self.unbreakable(dateInlines), dateFormat)
            if !dates.isEmpty {
                let separator = style.dates == .right ? "\t" : "  "
                content += dateFormat.runs(separator, monoFont: style.monoFont) + dates
            }
        }
        var paragraph = Paragraph(style: "Heading\(level)", content: bookmarked(content))
        if dateInlines != nil, style.dates == .right { paragraph.rightTabs = [context.indent + context.width] }
        if level == 1, style.headerAlign == .center { paragraph.alignment = "center" }
        emit(paragraph, context)
    }

    /// The inlines with their spaces made no-break spaces.
    static func unbreakable(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        inlines.map { inline in
            switch inline {
            case .text(let text): .text(text.replacingOccurrences(of: " ", with: "\u{A0}"))
            case .softBreak: .text("\u{A0}")
            case .emphasis(let children): .emphasis(unbreakable(children))
            case .strong(let children): .strong(unbreakable(children))
            default: inline
            }
        }
    }

    /// Heading runs inside the bookmark `#id` links point at.
    func bookmarked(_ content: String) -> String {
        defer { headingCounter += 1 }
        guard headingCounter < headingAnchors.count, let name = bookmarks[headingAnchors[headingCounter].id] else { return content }
        let id = nextBookmarkID
        nextBookmarkID += 1
        return "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(XMLText.attribute(name))\"/>" + content + "<w:bookmarkEnd w:id=\"\(id)\"/>"
    }

    /// Word bookmark names for heading ids: letters, digits and underscores, starting with a
    /// letter, at most 40 characters, unique.
    static func bookmarkNames(_ anchors: [HeadingAnchor]) -> [String: String] {
        var names: [String: String] = [:]
        var used: Set<String> = []
        for anchor in anchors where names[anchor.id] == nil {
            var base = String(anchor.id.map { $0.isLetter || $0.isNumber ? $0 : "_" })
            if !(base.first?.isLetter ?? false) { base = "h_" + base }
            base = String(base.prefix(36))
            var name = base
            var suffix = 1
            while used.contains(name.lowercased()) {
                suffix += 1
                name = base + "_\(suffix)"
            }
            used.insert(name.lowercased())
            names[anchor.id] = name
        }
        return names
    }
}
