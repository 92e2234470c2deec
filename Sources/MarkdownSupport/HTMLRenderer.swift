/// Renders Markdown to an HTML5 fragment, straight from cmark-gfm's tree.
///
/// HTML is written from cmark's nodes as it walks them, not from a `MarkdownDocument`: a site
/// build renders thousands of pages, and copying each into a Swift tree first cost more than
/// writing it. The rules are the Swift tree's, so HTML, PDF and DOCX read the same document:
/// adjacent text is one text, headings get the `id`s listed by `MarkdownDocument.headingAnchors`,
/// footnotes are numbered and placed as there. All text and attributes are escaped; links and
/// images keep only http, https, mailto, relative and `#anchor` URLs, and an unsafe one renders
/// as its text. Raw HTML is sanitised, not passed through: only `div span section header footer
/// p br hr small strong em a` survive, with at most a `class` of `[A-Za-z0-9 _-]` (and a checked
/// `href` on `a`), for templates' CV layout; anything else, `<script>` and `onclick=` included,
/// shows as text (see `HTMLSanitizer`).
public struct HTMLRenderer: Sendable {
    /// Added to every heading level (clamped to 1...6): 1 renders a persona body's `#` as `<h2>`.
    public var headingOffset: Int

    /// Creates a renderer.
    public init(headingOffset: Int = 0) {
        self.headingOffset = headingOffset
    }

    /// GFM Markdown as HTML, one block per line group, ending with a newline.
    public func render(markdown: String) -> String {
        var markdown = markdown
        return String(decoding: markdown.withUTF8 { html(of: $0) }, as: UTF8.self)
    }

    /// The same for Markdown as UTF-8 bytes, as UTF-8 bytes: a page is written as bytes, and no
    /// String need be made (and its UTF-8 checked) on the way.
    public func renderBytes(utf8 markdown: [UInt8]) -> [UInt8] {
        markdown.withUnsafeBufferPointer { html(of: $0) }
    }

    private func html(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        CommonMarkConverter.withTreeSparingAutolinks(bytes) { root, autolinksParsed in
            let writer = written(root, source: bytes, watchingAutolinks: !autolinksParsed)
            return writer.mayAutolink ? nil : writer.out
        }
    }

    /// The page as it is written from a tree parsed with every extension and pass, whatever the
    /// document holds: what `renderBytes` must give, for tests to compare it with.
    func renderBytesParsingEverything(utf8 markdown: [UInt8]) -> [UInt8] {
        markdown.withUnsafeBufferPointer { bytes in
            CommonMarkConverter.withTree(bytes, autolinks: true, footnotes: true) { written($0, source: bytes, watchingAutolinks: false).out }
        }
    }

    private func written(_ root: CmarkNode, source: UnsafeBufferPointer<UInt8>, watchingAutolinks: Bool) -> HTMLWriter {
        var writer = HTMLWriter(headingOffset: headingOffset, watchesAutolinks: watchingAutolinks)
        writer.document(root, source: source)
        return writer
    }
}

/// The state of one rendering: the output so far, the heading ids handed out, the raw elements
/// left open and the footnote numbering.
///
/// The output is UTF-8 bytes, made a String once at the end: a page is written in hundreds of
/// small pieces, and a node's text, copied from cmark's buffer, would otherwise become a String
/// of its own before being appended.
private struct HTMLWriter {
    let headingOffset: Int
    /// Whether the tree was parsed without autolinks, so that text which may start one must be
    /// noted in `mayAutolink` (`CommonMarkConverter.withTreeSparingAutolinks`).
    let watchesAutolinks: Bool
    var mayAutolink = false
    /// How many links the writer is inside: text there is never autolinked.
    var linkDepth = 0
    var out: [UInt8] = []
    var ids = HeadingIDs()
    var sanitizer = HTMLSanitizer()
    /// Definition labels in cmark's order: a reference knows only its definition's index.
    var footnoteLabels: [String] = []
    /// Footnote label -> number, by order of definition (cmark-gfm orders definitions by first use).
    var footnoteNumbers: [String: Int] = [:]
    var footnoteReferenceCounts: [Int: Int] = [:]

    init(headingOffset: Int, watchesAutolinks: Bool) {
        self.headingOffset = headingOffset
        self.watchesAutolinks = watchesAutolinks
    }

    mutating func document(_ root: CmarkNode, source: UnsafeBufferPointer<UInt8>) {
        out.reserveCapacity(source.count + source.count / 2)
        footnoteLabels = root.footnoteLabels(columns: ColumnMap(source))
        for (index, label) in footnoteLabels.enumerated() { footnoteNumbers[label] = footnoteNumbers[label] ?? index + 1 }
        for child in root.children {
            let kind = child.kind
            if kind != .footnoteDefinition { block(child, kind, tight: false, task: nil) }
        }
        closeRawElements()
        guard !footnoteLabels.isEmpty else { return }
        write("<section class=\"footnotes\">\n<ol>\n")
        for (number, footnote) in zip(1..., root.children.filter { $0.kind == .footnoteDefinition }) {
            write(string: "<li id=\"fn-\(number)\">\n")
            blocks(in: footnote, tight: false)
            closeRawElements()
            write(string: "<a href=\"#fnref-\(number)\" class=\"footnote-backref\">\u{21A9}</a>\n</li>\n")
        }
        write("</ol>\n</section>\n")
    }

    mutating func write(_ literal: StaticString) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    mutating func write(string: String) {
        out.append(contentsOf: string.utf8)
    }

    /// Closes raw HTML elements the document left open, on a line of their own.
    mutating func closeRawElements() {
        let before = out.count
        sanitizer.closeAll(into: &out)
        if out.count > before { write("\n") }
    }

    /// The block kinds written; cmark's other nodes are skipped with their content.
    static func isBlock(_ kind: CmarkNode.Kind) -> Bool {
        switch kind {
        case .paragraph, .heading, .blockQuote, .list, .codeBlock, .htmlBlock, .thematicBreak, .footnoteDefinition, .tableExtension: true
        default: false
        }
    }

    /// A container's blocks; a task item's checkbox goes into the first of them.
    mutating func blocks(in parent: CmarkNode, tight: Bool, task: Bool? = nil) {
        var first = true
        for child in parent.children {
            let kind = child.kind
            guard Self.isBlock(kind) else { continue }
            block(child, kind, tight: tight, task: first ? task : nil)
            first = false
        }
    }

    /// `task`: nil for no checkbox, else whether it is checked.
    /// `kind`: the node's, read once by the caller (each read asks cmark-gfm).
    mutating func block(_ node: CmarkNode, _ kind: CmarkNode.Kind, tight: Bool, task: Bool?) {
        switch kind {
        case .paragraph:
            if !tight { write("<p>") }
            checkbox(task)
            inlines(in: node)
            if tight { write("\n") } else { write("</p>\n") }
        case .heading:
            // The level is one digit, written as a byte: interpolating it made two strings per heading.
            let level = UInt8(ascii: "0") + UInt8(min(max(node.headingLevel + headingOffset, 1), 6))
            write("<h")
            out.append(level)
            write(" id=\"")
            var text: [UInt8] = []
            Self.appendPlainText(of: node, to: &text)
            HTMLEscaping.append(ids.next(forUTF8: text), to: &out)
            write("\">")
            inlines(in: node)
            write("</h")
            out.append(level)
            write(">\n")
        case .blockQuote:
            write("<blockquote>\n")
            blocks(in: node, tight: false)
            write("</blockquote>\n")
        case .list:
            list(node)
        case .codeBlock:
            let info = node.fenceInfo
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first
            write("<pre><code")
            if let language {
                write(" class=\"language-")
                HTMLEscaping.append(String(language), to: &out)
                write("\"")
            }
            write(">")
            node.withLiteral { HTMLEscaping.append(utf8: $0, to: &out) }
            write("</code></pre>\n")
        case .htmlBlock:
            sanitizer.append(node.literal, to: &out)
            if !endsWithNewline { write("\n") }
        case .thematicBreak:
            write("<hr>\n")
        case .tableExtension:
            table(node)
        case .footnoteDefinition:
            // Only reached for a definition nested where cmark-gfm left it; render it in place.
            blocks(in: node, tight: false)
        default:
            break
        }
    }

    mutating func checkbox(_ task: Bool?) {
        guard let checked = task else { return }
        if checked { write("<input type=\"checkbox\" disabled checked> ") } else { write("<input type=\"checkbox\" disabled> ") }
    }

    mutating func list(_ node: CmarkNode) {
        let isOrdered: Bool
        if let start = node.orderedStart {
            isOrdered = true
            if start == 1 { write("<ol>\n") } else { write(string: "<ol start=\"\(start)\">\n") }
        } else {
            isOrdered = false
            write("<ul>\n")
        }
        let isTight = node.listIsTight
        for item in node.children {
            let task = item.taskIsChecked
            if task == nil { write("<li>") } else { write("<li class=\"task-list-item\">") }
            // The item's first and last block kinds, without an array of its blocks per item.
            var first: CmarkNode.Kind?, last: CmarkNode.Kind?
            for child in item.children {
                let kind = child.kind
                guard Self.isBlock(kind) else { continue }
                if first == nil { first = kind }
                last = kind
            }
            // The checkbox sits inside the first paragraph, or alone when the item starts otherwise.
            let startsWithParagraph = first == .paragraph
            if !startsWithParagraph { checkbox(task) }
            // cmark's layout: a tight item's text follows <li> directly; other blocks start on a new line.
            if first != nil, !isTight || !startsWithParagraph { write("\n") }
            self.blocks(in: item, tight: isTight, task: startsWithParagraph ? task : nil)
            if isTight, endsWithNewline, last == .paragraph { out.removeLast() }
            write("</li>\n")
        }
        if isOrdered { write("</ol>\n") } else { write("</ul>\n") }
    }

    /// Whether the output ends in a line feed that is not part of a CR LF (which, as text, is
    /// one Character, not "\n").
    var endsWithNewline: Bool {
        out.last == 0x0A && out.dropLast().last != 0x0D
    }

    mutating func table(_ node: CmarkNode) {
        let alignments = node.tableAlignments, columnCount = node.tableColumnCount
        // The first header row heads the table; any others are body rows.
        let header = node.children.first(where: \.tableRowIsHeader)
        write("<table>\n<thead>\n")
        row(header, cell: "th", columnCount: columnCount, alignments: alignments)
        write("</thead>\n")
        var body = node.children.makeIterator()
        var bodyStarted = false
        while let rowNode = body.next() {
            if let header, rowNode.isSameNode(as: header) { continue }
            if !bodyStarted {
                write("<tbody>\n")
                bodyStarted = true
            }
            row(rowNode, cell: "td", columnCount: columnCount, alignments: alignments)
        }
        if bodyStarted { write("</tbody>\n") }
        write("</table>\n")
    }

    /// One row, short ones padded to a cell per column; a missing header is a row of empty cells.
    mutating func row(_ node: CmarkNode?, cell tag: StaticString, columnCount: Int, alignments: [MarkdownTable.Alignment]) {
        write("<tr>\n")
        var column = 0
        var cells = node?.children.makeIterator()
        while true {
            let cell = cells?.next()
            guard cell != nil || column < columnCount else { break }
            write("<")
            write(tag)
            switch column < alignments.count ? alignments[column] : .none {
            case .none: break
            case .left: write(" style=\"text-align: left\"")
            case .center: write(" style=\"text-align: center\"")
            case .right: write(" style=\"text-align: right\"")
            }
            write(">")
            if let cell { inlines(in: cell) }
            write("</")
            write(tag)
            write(">\n")
            column += 1
        }
        write("</tr>\n")
    }

    mutating func inlines(in parent: CmarkNode) {
        for child in parent.children { inline(child) }
    }

    mutating func inline(_ node: CmarkNode) {
        switch node.kind {
        case .text:
            node.withLiteral { text($0) }
        case .softBreak:
            write("\n")
        case .lineBreak:
            write("<br>\n")
        case .code:
            write("<code>")
            node.withLiteral { HTMLEscaping.append(utf8: $0, to: &out) }
            write("</code>")
        case .emphasis:
            wrap("em", node)
        case .strong:
            wrap("strong", node)
        case .strikethrough:
            wrap("del", node)
        case .link:
            linkDepth += 1
            defer { linkDepth -= 1 }
            let url = node.url
            guard HTMLEscaping.isSafeURL(url) else { return inlines(in: node) }
            write("<a href=\"")
            HTMLEscaping.appendURL(url, to: &out)
            write("\"")
            titleAttribute(node.title)
            write(">")
            inlines(in: node)
            write("</a>")
        case .image:
            var alt: [UInt8] = []
            Self.appendPlainText(of: node, to: &alt)
            let url = node.url
            // An image's description is text the extension reads, outside a link or not.
            guard HTMLEscaping.isSafeURL(url) else { return alt.withUnsafeBufferPointer { text($0) } }
            write("<img src=\"")
            HTMLEscaping.appendURL(url, to: &out)
            write("\" alt=\"")
            alt.withUnsafeBufferPointer { text($0) }
            write("\"")
            titleAttribute(node.title)
            write(">")
        case .htmlInline:
            sanitizer.append(node.literal, to: &out)
        case .footnoteReference:
            let index = node.footnoteIndex
            let label = footnoteLabels.indices.contains(index - 1) ? footnoteLabels[index - 1] : ""
            guard let number = footnoteNumbers[label] else {
                return HTMLEscaping.append("[^\(label)]", to: &out)
            }
            let count = (footnoteReferenceCounts[number] ?? 0) + 1
            footnoteReferenceCounts[number] = count
            let id = count == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count)"
            write(string: "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\">\(number)</a></sup>")
        default:
            break
        }
    }

    /// Text, escaped; when watching, noting whether it may start an autolink.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if watchesAutolinks, !mayAutolink, linkDepth == 0 {
            mayAutolink = HTMLEscaping.appendWatchingAutolinks(utf8: bytes, to: &out)
        } else {
            HTMLEscaping.append(utf8: bytes, to: &out)
        }
    }

    mutating func wrap(_ tag: StaticString, _ node: CmarkNode) {
        write("<")
        write(tag)
        write(">")
        inlines(in: node)
        write("</")
        write(tag)
        write(">")
    }

    mutating func titleAttribute(_ title: String) {
        guard !title.isEmpty else { return }
        write(" title=\"")
        HTMLEscaping.append(title, to: &out)
        write("\"")
    }

    /// The text of an element's inlines without mark-up, as `MarkdownInline.plainText` has it:
    /// a heading's id and an image's alt text.
    static func appendPlainText(of parent: CmarkNode, to text: inout [UInt8]) {
        for child in parent.children {
            switch child.kind {
            case .text, .code: child.withLiteral { text.append(contentsOf: $0) }
            case .softBreak: text.append(UInt8(ascii: " "))
            case .lineBreak: text.append(UInt8(ascii: "\n"))
            case .emphasis, .strong, .strikethrough, .link, .image: appendPlainText(of: child, to: &text)
            default: break
            }
        }
    }
}
