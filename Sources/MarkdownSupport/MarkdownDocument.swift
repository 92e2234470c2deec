import Core

/// A parsed Markdown file: an immutable tree of blocks, each knowing where it was written.
public struct MarkdownDocument: Sendable, Hashable {
    /// The workspace-relative path the Markdown came from.
    public var file: String
    /// The top-level blocks in source order; GFM footnote definitions come last, as cmark-gfm orders them.
    public var blocks: [MarkdownBlock]
    /// The whole document's extent.
    public var range: SourceRange

    /// Creates a document from blocks already built (tests, generated content).
    public init(file: String, blocks: [MarkdownBlock], range: SourceRange? = nil) {
        self.file = file
        self.blocks = blocks
        self.range = range ?? SourceRange(file: file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1)
    }
}

/// Where a block was written: 1-based lines and columns, both ends inclusive.
///
/// Columns count Unicode scalars, as libyaml's do, so a diagnostic's caret lines up under
/// Markdown and YAML alike; cmark-gfm itself counts bytes.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    /// Creates a range from its two ends.
    public init(file: String, startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.file = file
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The first character, ready for a `Diagnostic`.
    public var start: SourceLocation { SourceLocation(file: file, line: startLine, column: startColumn) }

    /// The last character.
    public var end: SourceLocation { SourceLocation(file: file, line: endLine, column: endColumn) }

    public var description: String { "\(file):\(startLine):\(startColumn)-\(endLine):\(endColumn)" }
}
