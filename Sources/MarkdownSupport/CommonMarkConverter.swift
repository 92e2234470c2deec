import CCmarkGFM
import CMarkdownArena
import CMarkdownCharacters
import Foundation

/// Parses Markdown with cmark-gfm and copies the result at once into an immutable Swift tree.
///
/// This file and `CmarkNode.swift` are the only ones that touch cmark-gfm: pointers never
/// leave them, and every cmark object is freed before `parse` (or `withTree`) returns.
public enum CommonMarkConverter {
    /// Parses GFM Markdown (tables, `~~strikethrough~~`, autolinks, task lists, footnotes);
    /// `lineOffset` is added to every line, for a body that starts below YAML front matter.
    public static func parse(_ markdown: String, file: String, lineOffset: Int = 0) -> MarkdownDocument {
        var markdown = markdown
        return markdown.withUTF8 { parse(bytes: $0, file: file, lineOffset: lineOffset) }
    }

    /// The same for Markdown as UTF-8 bytes: a rendered document, not made into a String.
    public static func parse(utf8 markdown: [UInt8], file: String, lineOffset: Int = 0) -> MarkdownDocument {
        markdown.withUnsafeBufferPointer { parse(bytes: $0, file: file, lineOffset: lineOffset) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, lineOffset: Int) -> MarkdownDocument {
        withTree(bytes) { root in
            let converter = Converter(file: file, lineOffset: lineOffset, columns: ColumnMap(bytes), root: root)
            return MarkdownDocument(file: file, blocks: converter.blocks(in: root), range: converter.range(of: root))
        }
    }

    /// Parses `bytes` and hands `body` the root of cmark-gfm's tree, which is freed when `body`
    /// returns: the nodes it reads must not outlive the call.
    ///
    /// A document of up to `arenaLimit` bytes (every page a build makes, nearly) lives in this
    /// thread's Markdown arena (CMarkdownArena): its parser and tree are made by bumping a
    /// pointer and given back at once when `body` returns, not freed node by node. A longer one
    /// is allocated and freed as cmark-gfm does by itself: the arena keeps what is freed during
    /// the parse (merged text nodes, grown buffers' old copies), half as much again for a
    /// document of megabytes.
    static func withTree<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (CmarkNode) -> Result) -> Result {
        withTree(bytes, autolinks: true, footnotes: GFMExtensionUse.mayHaveFootnotes(bytes), body)
    }

    /// `withTree` for a reader that can tell, as it reads, whether the tree has text that GFM's
    /// autolink extension could have made a link of (the HTML writer): the document is parsed
    /// without the extension first, and again with it only when `body` returns nil for that
    /// first tree. The extension costs about a seventh of a parse, and a page's URLs and e-mail
    /// addresses are mostly inside the links its template wrote.
    ///
    /// `body` gets the tree and whether autolinks were parsed. Given a tree without them, it
    /// must return nil if any text outside a link may start one (`GFMExtensionUse.startsAutolink`);
    /// given one with them, it must not return nil. What it returns is then what it would
    /// return for the tree `withTree` makes. That holds because the extension's first link in a
    /// document starts at such text, which the parse without it leaves as text outside any link,
    /// up to where it stands: only after that may the two trees part. The one exception is a
    /// footnote definition, dropped with its text unless a reference to it comes later, so a
    /// document that may have footnotes is parsed with the extension at once.
    static func withTreeSparingAutolinks<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (CmarkNode, _ autolinksParsed: Bool) -> Result?) -> Result {
        let footnotes = GFMExtensionUse.mayHaveFootnotes(bytes)
        if !footnotes, let spared = withTree(bytes, autolinks: false, footnotes: false, { body($0, false) }) { return spared }
        guard let result = withTree(bytes, autolinks: true, footnotes: footnotes, { body($0, true) }) else {
            preconditionFailure("withTreeSparingAutolinks: the reader declined a tree parsed with autolinks")
        }
        return result
    }

    /// `autolinks`: whether GFM's autolink extension is attached. `footnotes`: whether the
    /// footnote pass runs, which a document needs only if it has a definition
    /// (`GFMExtensionUse.mayHaveFootnotes`).
    static func withTree<Result>(_ bytes: UnsafeBufferPointer<UInt8>, autolinks: Bool, footnotes: Bool,
                                 _ body: (CmarkNode) -> Result) -> Result {
        let extensions = Extensions.shared
        let arena = bytes.count <= arenaLimit ? pf_markdown_arena_begin() : nil
        defer { if let arena { pf_markdown_arena_end(arena) } }
        let memory = arena?.allocator.assumingMemoryBound(to: cmark_mem.self) ?? cmark_get_default_mem_allocator()!
        guard let parser = cmark_parser_new_with_mem(options | (footnotes ? CMARK_OPT_FOOTNOTES : 0), memory) else {
            fatalError("cmark-gfm could not allocate a parser; the process is out of memory.")
        }
        defer { if arena == nil { cmark_parser_free(parser) } }
        for syntax in extensions.all where autolinks || syntax != extensions.autolink {
            cmark_parser_attach_syntax_extension(parser, syntax)
        }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            cmark_parser_feed(parser, chars.baseAddress, chars.count)
        }
        // cmark-gfm 0.29 switches extension characters on in a process-wide table while it
        // parses inlines and off again when done (github/cmark-gfm#176), so two parsers
        // finishing at once would make each other miss `~~` and autolinks. CMarkdownCharacters
        // switches them on for good when the extensions are looked up (`pinCharacters`); if the
        // library does not call it, documents are finished one at a time.
        let root = pf_markdown_characters_pinned() != 0 ? cmark_parser_finish(parser) : finishLock.withLock { cmark_parser_finish(parser) }
        guard let root else {
            fatalError("cmark-gfm returned no document; the process is out of memory.")
        }
        defer { if arena == nil { cmark_node_free(root) } }
        limitNesting(below: root, memory: memory)
        return body(CmarkNode(root, extensions))
    }

    /// The longest document parsed in the arena, in bytes.
    static let arenaLimit = 256 * 1024

    /// How deeply blocks and inlines may nest (quotes in quotes, lists in lists, emphasis in
    /// emphasis). The readers of the tree recurse, and a document nesting thousands deep
    /// (`> > > ...`) overran a thread's stack; no document a person writes comes near this.
    static let maximumNesting = 100

    /// Replaces what nests deeper than `maximumNesting` with its text: the node at that depth
    /// keeps a paragraph (a block) or a text (an inline) holding its descendants' text. A list
    /// holds only items and a table only rows, so there the block around them is flattened.
    /// Walks by sibling and parent links, not by recursion, for the same reason; a flattened
    /// node is not entered, and one flattened later around it takes its text again.
    /// New nodes come from `memory`, the tree's own allocator.
    private static func limitNesting(below root: OpaquePointer, memory: UnsafeMutablePointer<cmark_mem>) {
        let table = Extensions.shared.table
        var node = root
        var depth = 0
        while true {
            if let child = cmark_node_first_child(node) {
                guard depth + 1 >= maximumNesting else {
                    node = child
                    depth += 1
                    continue
                }
                while node != root, cmark_node_get_type(node) == CMARK_NODE_LIST || cmark_node_get_syntax_extension(node) == table,
                      let parent = cmark_node_parent(node) {
                    node = parent
                    depth -= 1
                }
                flatten(node, memory: memory)
            }
            while node != root, cmark_node_next(node) == nil, let parent = cmark_node_parent(node) {
                node = parent
                depth -= 1
            }
            guard node != root, let next = cmark_node_next(node) else { break }
            node = next
        }
    }

    private static func flatten(_ node: OpaquePointer, memory: UnsafeMutablePointer<cmark_mem>) {
        var text: [UInt8] = []
        if let iterator = cmark_iter_new(node) {
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard let current = cmark_iter_get_node(iterator), current != node,
                      cmark_node_first_child(current) == nil, let literal = cmark_node_get_literal(current) else { continue }
                if !text.isEmpty { text.append(0x20) }
                text += UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
            }
        }
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_free(child)
        }
        guard !text.isEmpty, let literal = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory) else { return }
        text.append(0)
        text.withUnsafeBufferPointer { _ = cmark_node_set_literal(literal, UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
        if cmark_node_append_child(node, literal) != 0 { return }
        // A block holds inlines only inside a paragraph.
        guard let paragraph = cmark_node_new_with_mem(CMARK_NODE_PARAGRAPH, memory) else {
            cmark_node_free(literal)
            return
        }
        _ = cmark_node_append_child(paragraph, literal)
        if cmark_node_append_child(node, paragraph) == 0 { cmark_node_free(paragraph) }  // and the text in it
    }

    // Double-tilde strikethrough only: CVs say "~5 years ... ~3 months", which single tildes
    // would strike through. Smart punctuation stays off so text is kept as written. Footnotes
    // are added per document (`withTree`).
    private static let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE

    private static let finishLock = NSLock()
}

/// The registered GFM extensions, looked up once. Registration in cmark-gfm is not thread-safe,
/// so it runs inside a lazy static initialiser, which Swift runs exactly once.
struct Extensions: @unchecked Sendable {
    // @unchecked: the pointers name extensions that cmark-gfm never mutates or frees after
    // registration, so sharing them between parsers on different threads is safe.
    let table: OpaquePointer
    let strikethrough: OpaquePointer
    let autolink: OpaquePointer
    let tasklist: OpaquePointer
    var all: [OpaquePointer] { [table, strikethrough, autolink, tasklist] }

    static let shared: Extensions = {
        cmark_gfm_core_extensions_ensure_registered()
        func find(_ name: String) -> OpaquePointer {
            guard let found = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm has no '\(name)' extension; install libcmark-gfm-extensions.")
            }
            return found
        }
        let extensions = Extensions(table: find("table"), strikethrough: find("strikethrough"),
                                    autolink: find("autolink"), tasklist: find("tasklist"))
        extensions.pinCharacters()
        return extensions
    }()

    /// Finishes a one-line document with every extension attached, so that the characters
    /// CMarkdownCharacters switches on for good are all of theirs, not only those of the first
    /// page's parser (which may have autolinks off: `withTreeSparingAutolinks`).
    private func pinCharacters() {
        guard let parser = cmark_parser_new(0) else { return }
        defer { cmark_parser_free(parser) }
        for syntax in all { cmark_parser_attach_syntax_extension(parser, syntax) }
        cmark_parser_feed(parser, "x", 1)
        if let root = cmark_parser_finish(parser) { cmark_node_free(root) }
    }
}

/// Turns cmark's byte columns into scalar columns. Most documents are ASCII, where the two agree
/// and nothing needs to be recorded.
struct ColumnMap {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offsets where each line starts, counted the way cmark counts (CR, LF or CRLF end a line);
    /// empty for ASCII input.
    let lineStarts: [Int]
    /// Whether each line is ASCII, where columns need no counting (in a CV, most lines are; the
    /// others hold a name with an accent, a "·" or a "–").
    let asciiLines: [Bool]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        guard !Self.isASCII(bytes) else {
            lineStarts = []
            asciiLines = []
            return
        }
        var starts = [0]
        var ascii: [Bool] = []
        var lineIsASCII = true
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index < bytes.count {
            // Eight bytes at a time past those that are neither a line end nor non-ASCII.
            while index + 8 <= raw.count, Self.isPlainASCII(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { index += 8 }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            index += 1
            if byte >= 0x80 { lineIsASCII = false }
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            if byte == 0x0A || byte == 0x0D {
                starts.append(index)
                ascii.append(lineIsASCII)
                lineIsASCII = true
            }
        }
        ascii.append(lineIsASCII)
        lineStarts = starts
        asciiLines = ascii
    }

    /// Whether none of a word's eight bytes is CR, LF or non-ASCII.
    @inline(__always) static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasByte(_ byte: UInt64) -> Bool {
            let x = word ^ (ones &* byte)
            return (x &- ones) & ~x & highs != 0
        }
        return word & highs == 0 && !hasByte(0x0A) && !hasByte(0x0D)
    }

    /// Checks eight bytes at a time: every document passes through here.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < raw.count {
            high |= UInt64(raw[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The byte offset of a cmark position. ASCII documents keep no line table, so for them this
    /// scans; only footnote labels need it.
    func offset(line: Int, byteColumn: Int) -> Int {
        let column = max(byteColumn - 1, 0)
        if line >= 1, line <= lineStarts.count { return min(lineStarts[line - 1] + column, bytes.count) }
        var currentLine = 1
        var index = 0
        while currentLine < line, index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            if byte == 0x0A || byte == 0x0D { currentLine += 1 }
        }
        return min(index + column, bytes.count)
    }

    /// The label of a footnote definition whose content starts at this cmark position: the
    /// text between `[^` and `]:` before it on its line.
    func footnoteLabel(line: Int, byteColumn: Int) -> String {
        let contentStart = offset(line: line, byteColumn: byteColumn)
        var lineStart = contentStart
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0D { lineStart -= 1 }
        var open = contentStart - 1
        while open > lineStart, !(bytes[open - 1] == UInt8(ascii: "[") && bytes[open] == UInt8(ascii: "^")) { open -= 1 }
        guard open > lineStart else { return "" }
        var close = open + 1
        while close + 1 < contentStart, !(bytes[close] == UInt8(ascii: "]") && bytes[close + 1] == UInt8(ascii: ":")) { close += 1 }
        guard close + 1 < contentStart else { return "" }
        return String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
    }

    /// A start column names a scalar's first byte, an end column its last; either way the
    /// answer is the number of scalars that start up to and including that byte.
    func column(line: Int, byteColumn: Int) -> Int {
        guard !lineStarts.isEmpty, line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return byteColumn }
        let start = lineStarts[line - 1]
        // Within an ASCII line (its line end included), every byte is a scalar.
        if asciiLines[line - 1], start + byteColumn <= (line < lineStarts.count ? lineStarts[line] : bytes.count) { return byteColumn }
        let end = min(start + byteColumn, bytes.count)
        // A scalar starts at every byte that is not a UTF-8 continuation byte (10xxxxxx).
        var scalars = 0
        for offset in start..<end where bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }
}

/// Copies one cmark tree into Swift values. Recursion depth is bounded by cmark's own nesting limits.
private struct Converter {
    let file: String
    let lineOffset: Int
    let columns: ColumnMap
    /// Definition labels in cmark's order; a reference only knows its definition's 1-based index.
    let footnoteLabels: [String]

    init(file: String, lineOffset: Int, columns: ColumnMap, root: CmarkNode) {
        self.file = file
        self.lineOffset = lineOffset
        self.columns = columns
        footnoteLabels = root.footnoteLabels(columns: columns)
    }

    func range(of node: CmarkNode) -> SourceRange {
        let startLine = node.startLine, endLine = node.endLine
        return SourceRange(
            file: file,
            startLine: startLine + lineOffset,
            startColumn: columns.column(line: startLine, byteColumn: node.startColumn),
            endLine: endLine + lineOffset,
            endColumn: columns.column(line: endLine, byteColumn: node.endColumn))
    }

    func blocks(in parent: CmarkNode) -> [MarkdownBlock] {
        parent.children.compactMap(block)
    }

    func block(_ node: CmarkNode) -> MarkdownBlock? {
        let kind: MarkdownBlock.Kind
        switch node.kind {
        case .paragraph: kind = .paragraph(inlines(in: node))
        case .heading: kind = .heading(level: node.headingLevel, inlines(in: node))
        case .blockQuote: kind = .blockQuote(blocks(in: node))
        case .list: kind = .list(list(node))
        case .codeBlock: kind = .codeBlock(info: node.fenceInfo, literal: node.literal)
        case .htmlBlock: kind = .htmlBlock(node.literal)
        case .thematicBreak: kind = .thematicBreak
        case .footnoteDefinition: kind = .footnoteDefinition(label: columns.footnoteLabel(line: node.startLine, byteColumn: node.startColumn), blocks(in: node))
        case .tableExtension: kind = .table(table(node))
        default: return nil
        }
        return MarkdownBlock(kind, range: range(of: node))
    }

    func list(_ node: CmarkNode) -> MarkdownList {
        let items = node.children.map { item in
            MarkdownListItem(task: item.taskIsChecked.map { $0 ? .checked : .unchecked }, blocks: blocks(in: item), range: range(of: item))
        }
        return MarkdownList(style: node.orderedStart.map { .ordered(start: $0) } ?? .bullet, isTight: node.listIsTight, items: items)
    }

    func table(_ node: CmarkNode) -> MarkdownTable {
        let columnCount = node.tableColumnCount
        var header: MarkdownTable.Row?
        var rows: [MarkdownTable.Row] = []
        for rowNode in node.children {
            var cells = rowNode.children.map { inlines(in: $0) }
            // Short rows are padded so every row has one cell per column.
            while cells.count < columnCount { cells.append([]) }
            let row = MarkdownTable.Row(cells: cells, range: range(of: rowNode))
            if header == nil, rowNode.tableRowIsHeader {
                header = row
            } else {
                rows.append(row)
            }
        }
        let emptyHeader = MarkdownTable.Row(cells: Array(repeating: [], count: columnCount), range: range(of: node))
        return MarkdownTable(alignments: node.tableAlignments, header: header ?? emptyHeader, rows: rows)
    }

    func inlines(in parent: CmarkNode) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        // cmark splits text at every special character and escape; joining the pieces keeps
        // the tree small and makes equal text compare equal.
        var pendingText = ""
        for node in parent.children {
            let inline: MarkdownInline
            switch node.kind {
            case .text:
                pendingText.append(node.literal)
                continue
            case .softBreak: inline = .softBreak
            case .lineBreak: inline = .lineBreak
            case .code: inline = .code(node.literal)
            case .htmlInline: inline = .html(node.literal)
            case .emphasis: inline = .emphasis(inlines(in: node))
            case .strong: inline = .strong(inlines(in: node))
            case .strikethrough: inline = .strikethrough(inlines(in: node))
            case .link: inline = .link(url: node.url, title: node.title, inlines(in: node))
            case .image: inline = .image(url: node.url, title: node.title, inlines(in: node))
            case .footnoteReference:
                let index = node.footnoteIndex
                inline = .footnoteReference(label: footnoteLabels.indices.contains(index - 1) ? footnoteLabels[index - 1] : "")
            default:
                continue
            }
            if !pendingText.isEmpty {
                result.append(.text(pendingText))
                pendingText = ""
            }
            result.append(inline)
        }
        if !pendingText.isEmpty { result.append(.text(pendingText)) }
        return result
    }
}
