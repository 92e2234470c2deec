import MarkdownSupport

/// Walks the Markdown tree and lays every block out as atoms for the paginator: the typesetter's
/// notion of a CV's look (masthead, ruled section titles, entries with right-aligned dates) lives here.
final class Composer {
    let style: PDFStyle
    let engine: TextEngine
    let styler: InlineStyler
    let contentWidth: Double
    let contentHeight: Double
    let loadImage: (String) -> PDFImage?

    var atoms: [Atom] = []
    private(set) var warnings: [String] = []

    private var pendingSpace = 0.0
    var pendingBreak = false
    /// A list marker waiting for its item's first atom.
    var pendingMarker: TextLayout?
    var pendingMarkerX = 0.0
    var headingAnchors: [HeadingAnchor] = []
    var headingCounter = 0
    /// First atom of the CV entry being laid out, kept together when it fits a page.
    private var groupStart: Int?
    /// Classes of the `<div>`s open around the current block.
    var openDivs: [[String]] = []
    var wroteFootnoteRule = false
    /// The last block was an entry's detail line (`*Berlin, Germany*`).
    private var afterDetail = false
    /// Blocks being gathered inside a `<div class="columns">`.
    var columnCapture: ColumnCapture?

    /// Where and how the blocks being laid out sit.
    struct Context {
        var left = 0.0
        var width: Double
        var color: PDFColor
        var alignment: TextAlignment
        var scale = 1.0
        var italic = false
        var depth = 0
        var tight = false
        var listDepth = 0
        var backdrops: [(x: Double, width: Double, color: PDFColor, firstAtom: Int)] = []
    }

    init(style: PDFStyle, engine: TextEngine, contentWidth: Double, contentHeight: Double, loadImage: @escaping (String) -> PDFImage?) {
        self.style = style
        self.engine = engine
        self.contentWidth = contentWidth
        self.contentHeight = contentHeight
        self.loadImage = loadImage
        styler = InlineStyler(accent: style.accentColor, muted: style.mutedColor, underlinesLinks: style.underlinesLinks)
    }

    // MARK: Fonts and spacing

    var size: Double { style.size }
    var blockSpacing: Double { style.paragraphSpacing }

    func bodyFont(_ context: Context, bold: Bool = false, italic: Bool = false, scale: Double = 1) -> FontSpec {
        FontSpec(family: Self.withFallbacks(style.font), size: size * context.scale * scale, bold: bold, italic: italic || context.italic)
    }

    func headingFont(size: Double, bold: Bool = true) -> FontSpec {
        FontSpec(family: Self.withFallbacks(style.headingFont ?? style.font), size: size, bold: bold)
    }

    /// The family list with DejaVu behind it, so a missing family or glyph still finds a font.
    static func withFallbacks(_ family: String) -> String {
        family.lowercased().contains("dejavu sans") && !family.contains(",") ? family + ", sans-serif"
            : family + ", DejaVu Sans, sans-serif"
    }

    // MARK: The document

    func compose(_ document: MarkdownDocument) {
        headingAnchors = document.headingAnchors
        var blocks = document.blocks[...]
        let root = Context(width: contentWidth, color: style.textColor, alignment: style.align == .justify ? .justify : .left)
        if let masthead = Masthead.take(from: &blocks) { layOutMasthead(masthead, root) }
        for block in blocks { layOut(block, root) }
        closeGroup()
    }

    func layOut(_ blocks: [MarkdownBlock], _ context: Context) {
        for block in blocks { layOut(block, context) }
    }

    func layOut(_ block: MarkdownBlock, _ context: Context) {
        if columnCapture != nil, context.depth == 0 {
            if case .htmlBlock(let html) = block.kind { htmlBlock(html, context) } else { columnCapture?.append(block) }
            return
        }
        // Detail lines under an entry's title sit tight together, then the body keeps its distance.
        let isDetail = if case .paragraph(let inlines) = block.kind { Self.isDetailLine(inlines) } else { false }
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

    // MARK: Emitting atoms

    func requestSpace(_ points: Double) { pendingSpace = max(pendingSpace, points) }

    func emit(_ atom: Atom, _ context: Context) {
        var atom = atom
        atom.spaceBefore = max(atom.spaceBefore, pendingSpace)
        pendingSpace = 0
        if pendingBreak {
            atom.breakBefore = true
            pendingBreak = false
        }
        for band in context.backdrops {
            atom.backdrops.insert(Backdrop(x: band.x, width: band.width, color: band.color, joinsAbove: atoms.count > band.firstAtom), at: 0)
        }
        if let marker = pendingMarker {
            let baseline = atom.marks.lazy.compactMap { mark -> Double? in
                if case .line(_, _, _, let baseline) = mark { return baseline }
                return nil
            }.first ?? marker.firstBaseline
            atom.marks.append(.line(marker, index: 0, x: pendingMarkerX, baseline: baseline))
            pendingMarker = nil
        }
        atoms.append(atom)
    }

    /// Emits a layout line by line. A paragraph of three or more lines may break only where at
    /// least two lines stay on each side (no orphans, no widows); shorter ones never break.
    func emitLines(_ layout: TextLayout, x: Double, _ context: Context, keepAll: Bool = false, keepLast: Bool = false,
                   anchor: Anchor? = nil, lastLineExtra: Double = 0, lastLineMarks: [Mark] = []) {
        let count = layout.lines.count
        for (index, line) in layout.lines.enumerated() {
            var atom = Atom(height: line.height, marks: [.line(layout, index: index, x: x, baseline: line.baseline - line.top)])
            if index < count - 1 {
                atom.keepWithNext = keepAll || !(index >= 1 && index <= count - 3)
            } else {
                atom.keepWithNext = keepLast
                atom.height += lastLineExtra
                atom.marks += lastLineMarks.map { $0.shifted(by: -line.top) }
            }
            if index == 0, let anchor { atom.anchors = [anchor] }
            emit(atom, context)
        }
    }

    func warn(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }

    // MARK: Entries kept together

    /// Starts a new CV entry at the next atom.
    func openGroup() {
        closeGroup()
        groupStart = atoms.count
    }

    func closeGroup() {
        if let start = groupStart, start < atoms.count - 1 { atoms[start].groupEnd = atoms.count - 1 }
        groupStart = nil
    }

    // MARK: Paragraphs

    func paragraph(_ inlines: [MarkdownInline], _ context: Context) {
        if let images = InlineStyler.images(in: inlines) {
            for image in images { self.image(url: image.url, alt: image.alt, context) }
            return
        }
        // A line of emphasis alone (an entry's place, a keywords line) is supporting detail: muted.
        let isDetail = Self.isDetailLine(inlines)
        let text = styler.text(inlines).trimmed()
        guard !text.isBlank else { return }
        let font = bodyFont(context)
        let layout = engine.layout(text, font: font, color: isDetail ? style.mutedColor : context.color,
                                   width: context.width, alignment: context.alignment, lineHeight: style.lineHeight)
        emitLines(layout, x: context.left, context)
        // Never closer to the next block than its own lines are to each other (a wrapped list item
        // would otherwise sit nearer the next item than its own first line); Word and LibreOffice
        // space a DOCX the same way, which keeps the two formats the same length.
        requestSpace(max(context.tight || isDetail ? size * 0.25 : blockSpacing, engine.leading(font, lineHeight: style.lineHeight)))
    }

    static func isDetailLine(_ inlines: [MarkdownInline]) -> Bool {
        if inlines.count == 1, case .emphasis = inlines[0] { true } else { false }
    }

    // MARK: Headings

    func heading(level: Int, _ inlines: [MarkdownInline], _ context: Context) {
        let anchorInfo = nextAnchor()
        let anchor = Anchor(level: level, title: anchorInfo?.text ?? MarkdownInline.plainText(of: inlines), id: anchorInfo?.id ?? "", order: headingCounter)
        if context.depth == 0 {
            if level <= 2 { closeGroup() }
            if level == 1 || level == 3 { openGroup() }
        }
        let (font, color, before, after): (FontSpec, PDFColor, Double, Double) = switch level {
        case 1: (headingFont(size: style.nameSize ?? size * 2.4), style.accentColor, size * 2, size * 0.5)
        case 2: (headingFont(size: size * 1.3), style.accentColor, style.sectionSpacing ?? size * 1.6, size * 0.65)
        case 3: (headingFont(size: size * 1.08), context.color, style.entrySpacing ?? size * 1.05, size * 0.2)
        default: (headingFont(size: size * context.scale), context.color, size * 0.9, size * 0.15)
        }
        requestSpace(before)
        let (titleInlines, dateInlines) = styler.splitDates(inlines)
        var title = styler.text(titleInlines).trimmed()
        var dates: TextLayout?
        if let dateInlines {
            let text = styler.text(dateInlines).trimmed()
            if text.isBlank {
            } else if style.dates == .inline {
                title.append("  ", style: TextStyle())
                title.append(text.restyled {
                    $0.color = $0.color ?? self.style.mutedColor
                    $0.regular = true
                })
            } else {
                dates = engine.layout(text, font: bodyFont(context, scale: 0.95), color: style.mutedColor, width: nil)
            }
        }
        let gap = size
        let titleWidth = max(context.width * 0.4, context.width - (dates.map { $0.width + gap } ?? 0))
        let layout = engine.layout(title.isBlank ? StyledText(" ") : title, font: font, color: color, width: titleWidth,
                                   alignment: .left, lineHeight: 1.1)
        var lastMarks: [Mark] = []
        var extra = 0.0
        if let dates, let last = layout.lines.last {
            // The dates sit on the title's last line, so text extraction reads the title, then the dates.
            lastMarks.append(.line(dates, index: 0, x: context.left + context.width - dates.width, baseline: last.baseline))
        }
        if level == 2, style.sectionRule, let last = layout.lines.last {
            let ruleGap = size * 0.2
            lastMarks.append(.rule(x: context.left, y: last.top + last.height + ruleGap, width: context.width, thickness: 0.8, color: style.ruleColor))
            extra = ruleGap + 0.8
        }
        emitLines(layout, x: context.left, context, keepAll: true, keepLast: true, anchor: anchor, lastLineExtra: extra, lastLineMarks: lastMarks)
        requestSpace(after)
    }
}

extension Mark {
    /// The same mark moved right by `dx` and down by `dy`.
    func shifted(dx: Double = 0, by dy: Double) -> Mark {
        switch self {
        case .line(let layout, let index, let x, let baseline): .line(layout, index: index, x: x + dx, baseline: baseline + dy)
        case .text(let layout, let x, let y): .text(layout, x: x + dx, y: y + dy)
        case .rule(let x, let y, let width, let thickness, let color): .rule(x: x + dx, y: y + dy, width: width, thickness: thickness, color: color)
        case .box(let x, let y, let width, let height, let color): .box(x: x + dx, y: y + dy, width: width, height: height, color: color)
        case .image(let image, let x, let y, let width, let height): .image(image, x: x + dx, y: y + dy, width: width, height: height)
        }
    }
}
