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
        let utf8 = text.utf8
        guard let firstLineEnd = lineEnd(in: utf8, from: utf8.startIndex),
              isDelimiter(utf8[utf8.startIndex..<firstLineEnd.content], allowingDots: false) else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        let yamlStart = firstLineEnd.next
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart < utf8.endIndex {
            guard let end = lineEnd(in: utf8, from: lineStart) else { break }
            if isDelimiter(utf8[lineStart..<end.content], allowingDots: true) {
                return FrontMatter(yaml: String(text[yamlStart..<lineStart]), yamlFirstLine: 2,
                                   body: String(text[end.next...]), bodyFirstLine: lineNumber + 1)
            }
            lineStart = end.next
            lineNumber += 1
        }
        throw Diagnostic.error(
            at: SourceLocation(file: file, line: 1, column: 1), code: "front-matter-unclosed",
            "The front matter opened by '---' on line 1 is never closed.",
            hint: "Add a line containing only '---' after the last YAML line, before the Markdown body.")
    }

    /// The end of the line starting at `start`: where its content stops (before CR/LF) and where
    /// the next line starts. Nil at the end of the text.
    private static func lineEnd(in utf8: String.UTF8View, from start: String.Index) -> (content: String.Index, next: String.Index)? {
        guard start < utf8.endIndex else { return nil }
        guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else {
            return (utf8.endIndex, utf8.endIndex)
        }
        let before = newline > start ? utf8.index(before: newline) : newline
        let content = newline > start && utf8[before] == UInt8(ascii: "\r") ? before : newline
        return (content, utf8.index(after: newline))
    }

    /// `---` (or `...` when closing), followed by nothing but spaces or tabs.
    private static func isDelimiter(_ line: Substring.UTF8View, allowingDots: Bool) -> Bool {
        let trimmed = line.reversed().drop(while: { $0 == 0x20 || $0 == 0x09 })
        guard trimmed.count == 3 else { return false }
        return trimmed.allSatisfy { $0 == UInt8(ascii: "-") } || (allowingDots && trimmed.allSatisfy { $0 == UInt8(ascii: ".") })
    }
}
