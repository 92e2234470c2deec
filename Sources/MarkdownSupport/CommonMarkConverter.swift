import CCmarkGFM
import Foundation

/// Parses Markdown with cmark-gfm and copies the result at once into an immutable Swift tree.
///
/// This is the only file that touches cmark-gfm: pointers never leave it, and every cmark
/// object is freed before `parse` returns.
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
        let extensions = Extensions.shared
        guard let parser = cmark_parser_new(options) else {
            fatalError("cmark-gfm could not allocate a parser; the process is out of memory.")
        }
        defer { cmark_parser_free(parser) }
        for syntax in extensions.all { cmark_parser_attach_syntax_extension(parser, syntax) }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            cmark_parser_feed(parser, chars.baseAddress, chars.count)
        }
        // cmark-gfm 0.29 switches extension characters on in a process-wide table while it
        // parses inlines and off again when done (github/cmark-gfm#176), so two parsers
        // finishing at once would make each other miss `~~` and autolinks. Block parsing
        // (feed) and the copy into Swift run in parallel; only this step is serialised.
        let root = finishLock.withLock { cmark_parser_finish(parser) }
        guard let root else {
            fatalError("cmark-gfm returned no document; the process is out of memory.")
        }
        defer { cmark_node_free(root) }
        let converter = Converter(file: file, lineOffset: lineOffset, columns: ColumnMap(bytes), extensions: extensions, root: root)
        return MarkdownDocument(file: file, blocks: converter.blocks(in: root), range: converter.range(of: root))
    }

    // Double-tilde strikethrough only: CVs say "~5 years ... ~3 months", which single tildes
    // would strike through. Smart punctuation stays off so text is kept as written.
    private static let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE

    private static let finishLock = NSLock()
}

/// The registered GFM extensions, looked up once. Registration in cmark-gfm is not thread-safe,
/// so it runs inside a lazy static initialiser, which Swift runs exactly once.
private struct Extensions: @unchecked Sendable {
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
        return Extensions(table: find("table"), strikethrough: find("strikethrough"),
                          autolink: find("autolink"), tasklist: find("tasklist"))
    }()
}

/// Turns cmark's byte columns into scalar columns. Most documents are ASCII, where the two agree
/// and nothing needs to be recorded.
private struct ColumnMap {
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
        while index < bytes.count {
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

/// Walks one cmark tree. Recursion depth is bounded by cmark's own nesting limits.
private struct Converter {
    let file: String
    let lineOffset: Int
    let columns: ColumnMap
    let extensions: Extensions
    /// Definition labels in cmark's order; a reference only knows its definition's 1-based index.
    private(set) var footnoteLabels: [String] = []

    init(file: String, lineOffset: Int, columns: ColumnMap, extensions: Extensions, root: OpaquePointer) {
        self.file = file
        self.lineOffset = lineOffset
        self.columns = columns
        self.extensions = extensions
        // cmark-gfm moves every used definition to the end of the document, in numbering order.
        var child = cmark_node_first_child(root)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION { footnoteLabels.append(footnoteLabel(node)) }
            child = cmark_node_next(node)
        }
    }

    func range(of node: OpaquePointer) -> SourceRange {
        let startLine = Int(cmark_node_get_start_line(node))
        let endLine = Int(cmark_node_get_end_line(node))
        return SourceRange(
            file: file,
            startLine: startLine + lineOffset,
            startColumn: columns.column(line: startLine, byteColumn: Int(cmark_node_get_start_column(node))),
            endLine: endLine + lineOffset,
            endColumn: columns.column(line: endLine, byteColumn: Int(cmark_node_get_end_column(node))))
    }

    func blocks(in parent: OpaquePointer) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    func block(_ node: OpaquePointer) -> MarkdownBlock? {
        let kind: MarkdownBlock.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            kind = .paragraph(inlines(in: node))
        case CMARK_NODE_HEADING:
            kind = .heading(level: Int(cmark_node_get_heading_level(node)), inlines(in: node))
        case CMARK_NODE_BLOCK_QUOTE:
            kind = .blockQuote(blocks(in: node))
        case CMARK_NODE_LIST:
            kind = .list(list(node))
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK:
            kind = .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_THEMATIC_BREAK:
            kind = .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            kind = .footnoteDefinition(label: footnoteLabel(node), blocks(in: node))
        default:
            guard cmark_node_get_syntax_extension(node) == extensions.table else { return nil }
            kind = .table(table(node))
        }
        return MarkdownBlock(kind, range: range(of: node))
    }

    func list(_ node: OpaquePointer) -> MarkdownList {
        let style: MarkdownList.Style = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            ? .ordered(start: Int(cmark_node_get_list_start(node)))
            : .bullet
        var items: [MarkdownListItem] = []
        var child = cmark_node_first_child(node)
        while let item = child {
            var task: MarkdownListItem.Task?
            if cmark_node_get_syntax_extension(item) == extensions.tasklist {
                task = cmark_gfm_extensions_get_tasklist_item_checked(item) ? .checked : .unchecked
            }
            items.append(MarkdownListItem(task: task, blocks: blocks(in: item), range: range(of: item)))
            child = cmark_node_next(item)
        }
        return MarkdownList(style: style, isTight: cmark_node_get_list_tight(node) != 0, items: items)
    }

    func table(_ node: OpaquePointer) -> MarkdownTable {
        let columnCount = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments = Array(repeating: MarkdownTable.Alignment.none, count: columnCount)
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columnCount {
                switch raw[column] {
                case UInt8(ascii: "l"): alignments[column] = .left
                case UInt8(ascii: "c"): alignments[column] = .center
                case UInt8(ascii: "r"): alignments[column] = .right
                default: break
                }
            }
        }
        var header: MarkdownTable.Row?
        var rows: [MarkdownTable.Row] = []
        var child = cmark_node_first_child(node)
        while let rowNode = child {
            var cells: [[MarkdownInline]] = []
            var cell = cmark_node_first_child(rowNode)
            while let cellNode = cell {
                cells.append(inlines(in: cellNode))
                cell = cmark_node_next(cellNode)
            }
            // Short rows are padded so every row has one cell per column.
            while cells.count < columnCount { cells.append([]) }
            let row = MarkdownTable.Row(cells: cells, range: range(of: rowNode))
            if header == nil, cmark_gfm_extensions_get_table_row_is_header(rowNode) != 0 {
                header = row
            } else {
                rows.append(row)
            }
            child = cmark_node_next(rowNode)
        }
        let emptyHeader = MarkdownTable.Row(cells: Array(repeating: [], count: columnCount), range: range(of: node))
        return MarkdownTable(alignments: alignments, header: header ?? emptyHeader, rows: rows)
    }

    func inlines(in parent: OpaquePointer) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        // cmark splits text at every special character and escape; joining the pieces keeps
        // the tree small and makes equal text compare equal.
        var pendingText = ""
        var child = cmark_node_first_child(parent)
        while let node = child {
            child = cmark_node_next(node)
            let inline: MarkdownInline
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                pendingText.append(string(cmark_node_get_literal(node)))
                continue
            case CMARK_NODE_SOFTBREAK: inline = .softBreak
            case CMARK_NODE_LINEBREAK: inline = .lineBreak
            case CMARK_NODE_CODE: inline = .code(string(cmark_node_get_literal(node)))
            case CMARK_NODE_HTML_INLINE: inline = .html(string(cmark_node_get_literal(node)))
            case CMARK_NODE_EMPH: inline = .emphasis(inlines(in: node))
            case CMARK_NODE_STRONG: inline = .strong(inlines(in: node))
            case CMARK_NODE_LINK:
                inline = .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), inlines(in: node))
            case CMARK_NODE_IMAGE:
                inline = .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), inlines(in: node))
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                let index = Int(string(cmark_node_get_literal(node))) ?? 0
                inline = .footnoteReference(label: footnoteLabels.indices.contains(index - 1) ? footnoteLabels[index - 1] : "")
            default:
                guard cmark_node_get_syntax_extension(node) == extensions.strikethrough else { continue }
                inline = .strikethrough(inlines(in: node))
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

    /// cmark-gfm keeps a definition's label private, so it is read back from the source:
    /// the definition's content starts just after `[^label]:` on its first line.
    func footnoteLabel(_ node: OpaquePointer) -> String {
        let bytes = columns.bytes
        let contentStart = columns.offset(line: Int(cmark_node_get_start_line(node)),
                                          byteColumn: Int(cmark_node_get_start_column(node)))
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

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
