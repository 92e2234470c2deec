import Core

/// A Markdown file split into its YAML front matter and its body.
///
/// Front matter is present when the file's first line is `---` (after an optional UTF-8 byte
/// order mark, which is dropped); it runs to the next line that is `---` or `...`. Delimiter
/// lines may carry trailing spaces, which are invisible in an editor. Line endings (LF or CRLF)
/// are kept as written in both parts; libyaml and cmark-gfm read either.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML between the delimiters, or nil when the file has no front matter.
    public var yaml: String?
    /// The 1-based line where the YAML text begins: 2 when there is front matter.
    public var yamlFirstLine: Int
    /// Everything after the closing delimiter line, or the whole file without front matter.
    public var body: String
    /// The 1-based line where the body begins; pass `bodyFirstLine - 1` as a parser's line offset.
    public var bodyFirstLine: Int

    /// Creates a split from its parts.
    public init(yaml: String?, yamlFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// Splits `text`, read from `file`; throws `front-matter-unclosed` when the opening `---` has no closing line.
    public static func split(_ text: String, file: String) throws(Diagnostic) -> FrontMatter {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        // On the bytes, in one pass: every persona and job is split, and walking String.Index
        // views line by line cost more than the YAML's own scan of the lines it finds.
        switch text.withUTF8({ Self.delimiters(in: $0) }) {
        case .none:
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        case .closed(let yamlStart, let yamlEnd, let bodyStart, let bodyFirstLine):
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return FrontMatter(yaml: String(text[index(yamlStart)..<index(yamlEnd)]), yamlFirstLine: 2,
                               body: String(text[index(bodyStart)...]), bodyFirstLine: bodyFirstLine)
        case .unclosed:
            throw Diagnostic.error(
                at: SourceLocation(file: file, line: 1, column: 1), code: "front-matter-unclosed",
                "The front matter opened by '---' on line 1 is never closed.",
                hint: "Add a line containing only '---' after the last YAML line, before the Markdown body.")
        }
    }

    private enum Delimiters {
        case none
        /// Byte offsets: the YAML runs from `yamlStart` to `yamlEnd` (the closing line's start).
        case closed(yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyFirstLine: Int)
        case unclosed
    }

    /// Where the front matter's delimiter lines are in `bytes`.
    private static func delimiters(in bytes: UnsafeBufferPointer<UInt8>) -> Delimiters {
        guard let first = lineEnd(in: bytes, from: 0), isDelimiter(bytes, 0..<first.content, allowingDots: false) else { return .none }
        var lineStart = first.next
        var lineNumber = 2
        while let end = lineEnd(in: bytes, from: lineStart) {
            if isDelimiter(bytes, lineStart..<end.content, allowingDots: true) {
                return .closed(yamlStart: first.next, yamlEnd: lineStart, bodyStart: end.next, bodyFirstLine: lineNumber + 1)
            }
            lineStart = end.next
            lineNumber += 1
        }
        return .unclosed
    }

    /// The end of the line starting at `start`: where its content stops (before CR/LF) and where
    /// the next line starts. Nil at the end of the text.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (content: Int, next: Int)? {
        guard start < bytes.count else { return nil }
        var newline = start
        while newline < bytes.count, bytes[newline] != UInt8(ascii: "\n") { newline += 1 }
        guard newline < bytes.count else { return (bytes.count, bytes.count) }
        let content = newline > start && bytes[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
        return (content, newline + 1)
    }

    /// `---` (or `...` when closing), followed by nothing but spaces or tabs.
    private static func isDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, allowingDots: Bool) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end - line.lowerBound == 3 else { return false }
        let marks = bytes[line.lowerBound..<end]
        return marks.allSatisfy { $0 == UInt8(ascii: "-") } || (allowingDots && marks.allSatisfy { $0 == UInt8(ascii: ".") })
    }
}
