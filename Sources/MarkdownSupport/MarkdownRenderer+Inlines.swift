/// Writes inlines as Markdown for `MarkdownRenderer`, escaping text for where it lands.
struct InlineWriter {
    /// Where the inlines go: paragraphs keep line breaks; headings and table cells are one line.
    enum Mode { case paragraph, heading, tableCell }

    let mode: Mode
    var out = ""

    static func render(_ inlines: [MarkdownInline], mode: Mode) -> String {
        var writer = InlineWriter(mode: mode)
        writer.write(inlines, startsLine: mode != .heading, endsLine: true, parentDelimiter: nil)
        return writer.out
    }

    /// `startsLine`/`endsLine` say whether the run begins or ends a line of source;
    /// `parentDelimiter` is the enclosing emphasis character, to avoid `***` ambiguity.
    mutating func write(_ inlines: [MarkdownInline], startsLine: Bool, endsLine: Bool, parentDelimiter: Character?) {
        var atLineStart = startsLine
        for (index, inline) in inlines.enumerated() {
            let next = index + 1 < inlines.count ? inlines[index + 1] : nil
            let previous = index > 0 ? inlines[index - 1] : nil
            let isSoleChild = inlines.count == 1
            switch inline {
            case .text(let text):
                let context = MarkdownEscaping.Context(
                    atLineStart: atLineStart,
                    atLineEnd: next.map(Self.isBreak) ?? endsLine,
                    beforeBracket: next.map(Self.startsWithBracket) ?? false,
                    besideTilde: previous.map(Self.isStrikethrough) ?? false || next.map(Self.isStrikethrough) ?? false)
                var escaped = MarkdownEscaping.escaped(text, context: context)
                // `[^a]` followed by `: x` at the start of a line would become a footnote definition.
                if case .footnoteReference = previous, escaped.hasPrefix(":") { escaped = "\\" + escaped }
                out += escaped
            case .softBreak:
                out += mode == .paragraph ? "\n" : " "
            case .lineBreak:
                out += mode == .paragraph ? "\\\n" : " "
            case .code(let code):
                out += codeSpan(code)
            case .emphasis(let children):
                let delimiter: Character = isSoleChild && parentDelimiter == "*" ? "_" : "*"
                wrap(children, in: String(delimiter), delimiter: delimiter)
            case .strong(let children):
                let delimiter: Character = isSoleChild && parentDelimiter == "*" ? "_" : "*"
                wrap(children, in: String(repeating: delimiter, count: 2), delimiter: delimiter)
            case .strikethrough(let children):
                wrap(children, in: "~~", delimiter: nil)
            case .link(let url, let title, let children):
                if title.isEmpty, let autolink = Self.autolink(url: url, children: children) {
                    out += autolink
                } else {
                    out += "["
                    write(children, startsLine: false, endsLine: false, parentDelimiter: nil)
                    out += "](" + destination(url) + titlePart(title) + ")"
                }
            case .image(let url, let title, let children):
                out += "!["
                write(children, startsLine: false, endsLine: false, parentDelimiter: nil)
                out += "](" + destination(url) + titlePart(title) + ")"
            case .html(let html):
                out += mode == .tableCell ? html.replacing("|", with: "\\|") : html
            case .footnoteReference(let label):
                out += "[^\(label)]"
            }
            atLineStart = mode == .paragraph && Self.isBreak(inline)
        }
    }

    mutating func wrap(_ children: [MarkdownInline], in delimiter: String, delimiter character: Character?) {
        out += delimiter
        write(children, startsLine: false, endsLine: false, parentDelimiter: character)
        out += delimiter
    }

    static func isBreak(_ inline: MarkdownInline) -> Bool {
        switch inline {
        case .softBreak, .lineBreak: true
        default: false
        }
    }

    static func isStrikethrough(_ inline: MarkdownInline) -> Bool {
        if case .strikethrough = inline { return true }
        return false
    }

    static func startsWithBracket(_ inline: MarkdownInline) -> Bool {
        switch inline {
        case .link, .image, .footnoteReference: true
        default: false
        }
    }

    /// CommonMark's escapable characters: ASCII punctuation and symbols.
    static func isASCIIPunctuation(_ character: Character) -> Bool {
        character.isASCII && (character.isPunctuation || character.isSymbol)
    }

    /// A code span fenced by more backticks than any run inside it, padded when it starts or
    /// ends with a backtick or is wrapped in spaces (CommonMark strips one space each side).
    func codeSpan(_ code: String) -> String {
        var longestRun = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        var body = code.replacing("\n", with: " ")
        // Inside a table the cell splitter sees `|` before the code span does.
        if mode == .tableCell { body = body.replacing("|", with: "\\|") }
        let allSpaces = body.allSatisfy { $0 == " " }
        let pad = body.hasPrefix("`") || body.hasSuffix("`") || (body.hasPrefix(" ") && body.hasSuffix(" ") && !allSpaces)
        return pad ? fence + " " + body + " " + fence : fence + body + fence
    }

    /// `<url>` for a link whose text is its own URL (or e-mail address), which reads best and
    /// parses back to the same link; nil when the plain form would not round-trip.
    static func autolink(url: String, children: [MarkdownInline]) -> String? {
        guard children.count == 1, case .text(let text) = children[0] else { return nil }
        // Autolinks take no escapes and decode references, so only plain URLs qualify.
        guard !url.isEmpty, !url.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F || "<>&\\|`".utf8.contains($0) }) else { return nil }
        if text == url, let colon = url.firstIndex(of: ":"), url.distance(from: url.startIndex, to: colon) >= 2,
           url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) {
            return "<\(url)>"
        }
        if url == "mailto:" + text, text.contains("@"), !text.contains(":") { return "<\(text)>" }
        return nil
    }

    /// A link destination: bare when it can be, `<...>` when it holds spaces or angle brackets.
    func destination(_ url: String) -> String {
        let needsAngles = url.utf8.contains { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }
        let special: Set<Character> = needsAngles ? ["<", ">"] : ["(", ")"]
        let escaped = backslashed(url, special: special)
        return needsAngles ? "<" + escaped + ">" : escaped
    }

    func titlePart(_ title: String) -> String {
        title.isEmpty ? "" : " \"" + backslashed(title, special: ["\""]) + "\""
    }

    /// Backslash-escapes `special`, a backslash that an escape could swallow, a `&` that could
    /// start a character reference, and `|` inside a table.
    func backslashed(_ text: String, special: Set<Character>) -> String {
        var out = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let needsEscape: Bool
            switch character {
            case "\\": needsEscape = next.map(Self.isASCIIPunctuation) ?? true
            case "&": needsEscape = next.map { $0 == "#" || ($0.isASCII && ($0.isLetter || $0.isNumber)) } ?? false
            case "|": needsEscape = mode == .tableCell
            case "\n": needsEscape = false
            default: needsEscape = special.contains(character)
            }
            if needsEscape { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
