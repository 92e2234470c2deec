/// A block-level Markdown element together with the source lines it spans.
public struct MarkdownBlock: Sendable, Hashable {
    /// What the block is, with its content.
    public var kind: Kind
    /// Where it was written.
    public var range: SourceRange

    /// Creates a block.
    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The block kinds of CommonMark and the GFM extensions this project enables.
    public enum Kind: Sendable, Hashable {
        case paragraph([MarkdownInline])
        /// `level` is 1...6 as written; renderers may shift it.
        case heading(level: Int, [MarkdownInline])
        case blockQuote([MarkdownBlock])
        case list(MarkdownList)
        /// `info` is the whole info string after the opening fence (empty for indented code);
        /// `literal` keeps its final newline.
        case codeBlock(info: String, literal: String)
        /// Raw HTML exactly as written; the HTML renderer sanitises it.
        case htmlBlock(String)
        case thematicBreak
        case table(MarkdownTable)
        /// A GFM footnote body, `[^label]: ...`.
        case footnoteDefinition(label: String, [MarkdownBlock])
    }
}

/// A bullet or ordered list.
public struct MarkdownList: Sendable, Hashable {
    /// Bullet or ordered, with the ordered list's first number. The marker characters (`-`, `*`,
    /// `.`, `)`) are not kept: they only matter to tell two adjacent lists apart, and the
    /// tree already holds those as two lists.
    public var style: Style
    /// Tight lists render their paragraphs without `<p>`.
    public var isTight: Bool
    public var items: [MarkdownListItem]

    /// Creates a list.
    public init(style: Style, isTight: Bool, items: [MarkdownListItem]) {
        self.style = style
        self.isTight = isTight
        self.items = items
    }

    /// How the list is numbered.
    public enum Style: Sendable, Hashable {
        case bullet
        case ordered(start: Int)
    }
}

/// One list item; `task` is nil for an ordinary item and the checkbox state for a GFM task item.
public struct MarkdownListItem: Sendable, Hashable {
    public var task: Task?
    public var blocks: [MarkdownBlock]
    public var range: SourceRange

    /// Creates an item.
    public init(task: Task? = nil, blocks: [MarkdownBlock], range: SourceRange) {
        self.task = task
        self.blocks = blocks
        self.range = range
    }

    /// A GFM task item's checkbox.
    public enum Task: Sendable, Hashable {
        case unchecked, checked
    }
}

/// A GFM table: one header row and any number of body rows, all with `alignments.count` cells.
public struct MarkdownTable: Sendable, Hashable {
    public var alignments: [Alignment]
    public var header: Row
    public var rows: [Row]

    /// Creates a table.
    public init(alignments: [Alignment], header: Row, rows: [Row]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    /// A column's alignment from the delimiter row (`:--`, `:-:`, `--:`).
    public enum Alignment: Sendable, Hashable {
        case none, left, center, right
    }

    /// One row; each cell is a run of inlines.
    public struct Row: Sendable, Hashable {
        public var cells: [[MarkdownInline]]
        public var range: SourceRange

        /// Creates a row.
        public init(cells: [[MarkdownInline]], range: SourceRange) {
            self.cells = cells
            self.range = range
        }
    }
}
