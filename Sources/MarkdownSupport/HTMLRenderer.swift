/// Renders a `MarkdownDocument` to an HTML5 fragment.
///
/// Written against the Swift tree rather than cmark's own renderer, so HTML, PDF and DOCX see
/// the same document. All text and attributes are escaped; links and images keep only http,
/// https, mailto, relative and `#anchor` URLs, and an unsafe one renders as its text. Raw HTML
/// is sanitised, not passed through: only `div span section header footer p br hr small strong
/// em a` survive, with at most a `class` of `[A-Za-z0-9 _-]` (and a checked `href` on `a`), for
/// templates' CV layout; anything else, `<script>` and `onclick=` included, shows as text (see
/// `HTMLSanitizer`). Headings get the `id`s listed by `MarkdownDocument.headingAnchors`.
public struct HTMLRenderer: Sendable {
    /// Added to every heading level (clamped to 1...6): 1 renders a persona body's `#` as `<h2>`.
    public var headingOffset: Int

    /// Creates a renderer.
    public init(headingOffset: Int = 0) {
        self.headingOffset = headingOffset
    }

    /// The document as HTML, one block per line group, ending with a newline.
    public func render(_ document: MarkdownDocument) -> String {
        var writer = HTMLWriter(headingOffset: headingOffset)
        writer.document(document)
        return writer.out
    }

    /// A run of inlines (a heading's content, a table cell) as HTML, with no enclosing element.
    public func render(_ inlines: [MarkdownInline]) -> String {
        var writer = HTMLWriter(headingOffset: headingOffset)
        writer.inlines(inlines)
        writer.sanitizer.closeAll(into: &writer.out)
        return writer.out
    }
}

/// The state of one rendering: the output so far, the heading ids handed out, the raw elements
/// left open and the footnote numbering.
private struct HTMLWriter {
    let headingOffset: Int
    var out = ""
    var ids = HeadingIDs()
    var sanitizer = HTMLSanitizer()
    /// Footnote label -> number, by order of definition (cmark-gfm orders definitions by first use).
    var footnoteNumbers: [String: Int] = [:]
    var footnoteReferenceCounts: [Int: Int] = [:]

    init(headingOffset: Int) {
        self.headingOffset = headingOffset
    }

    mutating func document(_ document: MarkdownDocument) {
        out.reserveCapacity(document.range.endLine * 48)
        var footnotes: [(label: String, blocks: [MarkdownBlock])] = []
        var body: [MarkdownBlock] = []
        for block in document.blocks {
            if case .footnoteDefinition(let label, let blocks) = block.kind {
                footnotes.append((label, blocks))
                footnoteNumbers[label] = footnoteNumbers[label] ?? footnotes.count
            } else {
                body.append(block)
            }
        }
        blocks(body, tight: false)
        closeRawElements()
        guard !footnotes.isEmpty else { return }
        out += "<section class=\"footnotes\">\n<ol>\n"
        for (number, footnote) in zip(1..., footnotes) {
            out += "<li id=\"fn-\(number)\">\n"
            blocks(footnote.blocks, tight: false)
            closeRawElements()
            out += "<a href=\"#fnref-\(number)\" class=\"footnote-backref\">\u{21A9}</a>\n</li>\n"
        }
        out += "</ol>\n</section>\n"
    }

    /// Closes raw HTML elements the document left open, on a line of their own.
    mutating func closeRawElements() {
        let before = out.utf8.count
        sanitizer.closeAll(into: &out)
        if out.utf8.count > before { out += "\n" }
    }

    mutating func blocks(_ blocks: [MarkdownBlock], tight: Bool, task: MarkdownListItem.Task? = nil) {
        for (index, block) in blocks.enumerated() {
            self.block(block, tight: tight, task: index == 0 ? task : nil)
        }
    }

    mutating func block(_ block: MarkdownBlock, tight: Bool, task: MarkdownListItem.Task?) {
        switch block.kind {
        case .paragraph(let content):
            if !tight { out += "<p>" }
            checkbox(task)
            inlines(content)
            out += tight ? "\n" : "</p>\n"
        case .heading(let level, let content):
            let shown = min(max(level + headingOffset, 1), 6)
            out += "<h\(shown) id=\""
            HTMLEscaping.append(ids.next(for: MarkdownInline.plainText(of: content)), to: &out)
            out += "\">"
            inlines(content)
            out += "</h\(shown)>\n"
        case .blockQuote(let children):
            out += "<blockquote>\n"
            blocks(children, tight: false)
            out += "</blockquote>\n"
        case .list(let list):
            self.list(list)
        case .codeBlock(let info, let literal):
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first
            out += "<pre><code"
            if let language {
                out += " class=\"language-"
                HTMLEscaping.append(language, to: &out)
                out += "\""
            }
            out += ">"
            HTMLEscaping.append(literal, to: &out)
            out += "</code></pre>\n"
        case .htmlBlock(let html):
            sanitizer.append(html, to: &out)
            if !endsWithNewline { out += "\n" }
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let table):
            self.table(table)
        case .footnoteDefinition(_, let children):
            // Only reached for a definition nested where cmark-gfm left it; render it in place.
            blocks(children, tight: false)
        }
    }

    mutating func checkbox(_ task: MarkdownListItem.Task?) {
        guard let task else { return }
        out += task == .checked ? "<input type=\"checkbox\" disabled checked> " : "<input type=\"checkbox\" disabled> "
    }

    mutating func list(_ list: MarkdownList) {
        let tag: String
        switch list.style {
        case .bullet:
            tag = "ul"
            out += "<ul>\n"
        case .ordered(let start):
            tag = "ol"
            out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
        }
        for item in list.items {
            out += item.task == nil ? "<li>" : "<li class=\"task-list-item\">"
            // The checkbox sits inside the first paragraph, or alone when the item starts otherwise.
            let startsWithParagraph = item.blocks.first.map(Self.isParagraph) ?? false
            let task = startsWithParagraph ? item.task : nil
            if !startsWithParagraph { checkbox(item.task) }
            // cmark's layout: a tight item's text follows <li> directly; other blocks start on a new line.
            if !item.blocks.isEmpty, !list.isTight || !startsWithParagraph { out += "\n" }
            blocks(item.blocks, tight: list.isTight, task: task)
            if list.isTight, endsWithNewline, item.blocks.last.map(Self.isParagraph) == true { out.removeSubrange(out.utf8.index(before: out.utf8.endIndex)...) }
            out += "</li>\n"
        }
        out += "</\(tag)>\n"
    }

    /// `out.hasSuffix("\n")` by bytes (a CR before it makes one "\r\n" Character, which is not
    /// "\n"): String's hasSuffix and removeLast step back over Characters, on every list item.
    var endsWithNewline: Bool {
        let utf8 = out.utf8
        return utf8.last == 0x0A && utf8.dropLast().last != 0x0D
    }

    static func isParagraph(_ block: MarkdownBlock) -> Bool {
        if case .paragraph = block.kind { return true }
        return false
    }

    mutating func table(_ table: MarkdownTable) {
        out += "<table>\n<thead>\n"
        row(table.header, cell: "th", alignments: table.alignments)
        out += "</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows { self.row(row, cell: "td", alignments: table.alignments) }
            out += "</tbody>\n"
        }
        out += "</table>\n"
    }

    mutating func row(_ row: MarkdownTable.Row, cell tag: String, alignments: [MarkdownTable.Alignment]) {
        out += "<tr>\n"
        for (column, cell) in row.cells.enumerated() {
            out += "<\(tag)"
            switch column < alignments.count ? alignments[column] : .none {
            case .none: break
            case .left: out += " style=\"text-align: left\""
            case .center: out += " style=\"text-align: center\""
            case .right: out += " style=\"text-align: right\""
            }
            out += ">"
            inlines(cell)
            out += "</\(tag)>\n"
        }
        out += "</tr>\n"
    }

    mutating func inlines(_ inlines: [MarkdownInline]) {
        for inline in inlines { self.inline(inline) }
    }

    mutating func inline(_ inline: MarkdownInline) {
        switch inline {
        case .text(let text):
            HTMLEscaping.append(text, to: &out)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .code(let code):
            out += "<code>"
            HTMLEscaping.append(code, to: &out)
            out += "</code>"
        case .emphasis(let children):
            wrap("em", children)
        case .strong(let children):
            wrap("strong", children)
        case .strikethrough(let children):
            wrap("del", children)
        case .link(let url, let title, let children):
            guard HTMLEscaping.isSafeURL(url) else { return inlines(children) }
            out += "<a href=\""
            HTMLEscaping.appendURL(url, to: &out)
            out += "\""
            titleAttribute(title)
            out += ">"
            inlines(children)
            out += "</a>"
        case .image(let url, let title, let children):
            let alt = MarkdownInline.plainText(of: children)
            guard HTMLEscaping.isSafeURL(url) else { return HTMLEscaping.append(alt, to: &out) }
            out += "<img src=\""
            HTMLEscaping.appendURL(url, to: &out)
            out += "\" alt=\""
            HTMLEscaping.append(alt, to: &out)
            out += "\""
            titleAttribute(title)
            out += ">"
        case .html(let html):
            sanitizer.append(html, to: &out)
        case .footnoteReference(let label):
            guard let number = footnoteNumbers[label] else {
                return HTMLEscaping.append("[^\(label)]", to: &out)
            }
            let count = (footnoteReferenceCounts[number] ?? 0) + 1
            footnoteReferenceCounts[number] = count
            let id = count == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count)"
            out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\">\(number)</a></sup>"
        }
    }

    mutating func wrap(_ tag: String, _ children: [MarkdownInline]) {
        out += "<\(tag)>"
        inlines(children)
        out += "</\(tag)>"
    }

    mutating func titleAttribute(_ title: String) {
        guard !title.isEmpty else { return }
        out += " title=\""
        HTMLEscaping.append(title, to: &out)
        out += "\""
    }
}
