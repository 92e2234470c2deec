import CCmarkGFM
import Glibc

/// One node of a cmark-gfm tree, read through safe accessors. It is valid only inside
/// `CommonMarkConverter.withTree`, which frees the tree when its body returns; this file and
/// that one are the only ones that call cmark-gfm.
///
/// Both readers of the tree use it: the converter into the Swift tree (for PDF, DOCX, outlines)
/// and the HTML writer, which writes a page straight from cmark's nodes without building one.
struct CmarkNode {
    private let node: OpaquePointer
    private let extensions: Extensions

    init(_ node: OpaquePointer, _ extensions: Extensions) {
        self.node = node
        self.extensions = extensions
    }

    /// The node kinds this project reads. `tableExtension` is any node of the table extension
    /// (the table, its rows and cells: where it stands says which); `other` is anything else.
    enum Kind {
        case document, paragraph, heading, blockQuote, list, item, codeBlock, htmlBlock, thematicBreak, footnoteDefinition
        case tableExtension
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image, footnoteReference
        case other
    }

    var kind: Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: .footnoteDefinition
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference
        default:
            switch cmark_node_get_syntax_extension(node) {
            case extensions.table: .tableExtension
            case extensions.strikethrough: .strikethrough
            default: .other
            }
        }
    }

    var firstChild: CmarkNode? { cmark_node_first_child(node).map { CmarkNode($0, extensions) } }
    var next: CmarkNode? { cmark_node_next(node).map { CmarkNode($0, extensions) } }

    func isSameNode(as other: CmarkNode) -> Bool { node == other.node }

    /// The children in order.
    var children: Children { Children(first: firstChild) }

    struct Children: Sequence, IteratorProtocol {
        var first: CmarkNode?
        mutating func next() -> CmarkNode? {
            defer { first = first?.next }
            return first
        }
    }

    // MARK: - Positions (cmark-gfm counts columns in bytes)

    var startLine: Int { Int(cmark_node_get_start_line(node)) }
    var startColumn: Int { Int(cmark_node_get_start_column(node)) }
    var endLine: Int { Int(cmark_node_get_end_line(node)) }
    var endColumn: Int { Int(cmark_node_get_end_column(node)) }

    // MARK: - Content

    /// A text, code or raw HTML node's content; a code block's; a footnote reference's number.
    var literal: String { Self.string(cmark_node_get_literal(node)) }

    /// The same as UTF-8 bytes, read in place (empty when there is none).
    func withLiteral<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let pointer = cmark_node_get_literal(node) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { body(UnsafeBufferPointer(start: $0, count: strlen(pointer))) }
    }

    var url: String { Self.string(cmark_node_get_url(node)) }
    var title: String { Self.string(cmark_node_get_title(node)) }
    /// A code block's whole info string (empty for indented code).
    var fenceInfo: String { Self.string(cmark_node_get_fence_info(node)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(node)) }

    // MARK: - Lists

    /// nil for a bullet list, else the ordered list's first number.
    var orderedStart: Int? { cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? Int(cmark_node_get_list_start(node)) : nil }
    var listIsTight: Bool { cmark_node_get_list_tight(node) != 0 }
    /// For a list item: nil for an ordinary one, else whether its GFM task box is checked.
    var taskIsChecked: Bool? {
        guard cmark_node_get_syntax_extension(node) == extensions.tasklist else { return nil }
        return cmark_gfm_extensions_get_tasklist_item_checked(node)
    }

    // MARK: - Tables

    var tableColumnCount: Int { Int(cmark_gfm_extensions_get_table_columns(node)) }

    /// Each column's alignment from the delimiter row.
    var tableAlignments: [MarkdownTable.Alignment] {
        let count = tableColumnCount
        var alignments = Array(repeating: MarkdownTable.Alignment.none, count: count)
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<count {
                switch raw[column] {
                case UInt8(ascii: "l"): alignments[column] = .left
                case UInt8(ascii: "c"): alignments[column] = .center
                case UInt8(ascii: "r"): alignments[column] = .right
                default: break
                }
            }
        }
        return alignments
    }

    var tableRowIsHeader: Bool { cmark_gfm_extensions_get_table_row_is_header(node) != 0 }

    // MARK: - Footnotes

    /// The labels of the document's footnote definitions, in cmark's numbering order: a
    /// reference knows only its definition's 1-based index. cmark-gfm moves every used
    /// definition to the end of the document, and keeps a label private, so it is read back
    /// from the source through `columns`: a definition's content starts just after `[^label]:`
    /// on its first line. `columns` is made only when the document has a definition.
    func footnoteLabels(columns: @autoclosure () -> ColumnMap) -> [String] {
        var labels: [String] = []
        lazy var map = columns()
        for child in children where child.kind == .footnoteDefinition {
            labels.append(map.footnoteLabel(line: child.startLine, byteColumn: child.startColumn))
        }
        return labels
    }

    /// A footnote reference's definition index, 1-based (0 when unreadable).
    var footnoteIndex: Int { Int(literal) ?? 0 }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
