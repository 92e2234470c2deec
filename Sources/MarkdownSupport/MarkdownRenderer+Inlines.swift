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
        // The delimiter the previous sibling closed with, when it was emphasis or strong.
        var previousDelimiter: Character?
        // The last character inside the previous sibling's delimiters, when it had them (see `wrap`).
        var previousContentEnd: Character?
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
                var escaped = MarkdownEscaping.escaped(MarkdownEscaping.joiningLines(text), context: context)
                // `[^a]` followed by `: x` at the start of a line would become a footnote definition.
                if case .footnoteReference = previous, escaped.hasPrefix(":") { escaped = "\\" + escaped }
                // After a closing delimiter that follows punctuation, see `wrap`.
                if let end = previousContentEnd, Self.isFlankingPunctuation(end),
                   let first = escaped.first, !Self.isFlankingPunctuation(first), !first.isWhitespace {
                    escaped = Self.reference(first) + escaped.dropFirst()
                }
                out += escaped
            case .softBreak:
                out += mode == .paragraph ? "\n" : " "
            case .lineBreak:
                out += mode == .paragraph ? "\\\n" : " "
            case .code(let code):
                out += codeSpan(code)
            case .emphasis(let children), .strong(let children):
                let delimiter = emphasisDelimiter(for: inline, children: children, isSoleChild: isSoleChild, parentDelimiter: parentDelimiter,
                                                  previous: previous, previousDelimiter: previousDelimiter,
                                                  previousContentEnd: previousContentEnd, next: next)
                let count = if case .strong = inline { 2 } else { 1 }
                previousContentEnd = wrap(children, in: String(repeating: delimiter, count: count), delimiter: delimiter,
                                          afterText: Self.isText(previous))
            case .strikethrough(let children):
                previousContentEnd = wrap(children, in: "~~", delimiter: nil, afterText: Self.isText(previous))
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
            switch inline {
            case .emphasis, .strong: previousDelimiter = out.last
            case .strikethrough: previousDelimiter = nil
            default:
                previousDelimiter = nil
                previousContentEnd = nil
            }
        }
    }

    /// `*` reads best and works inside words, so `_` is used only where `*` runs would touch and
    /// be read differently: `*_x_*` (emphasis in emphasis, not strong), `**_x_**` (not `***x***`,
    /// which is emphasis around strong), and between siblings, `**a**_b_` or `_a_*b*`. A `_`
    /// cannot open or close inside a word, and cmark-gfm sees through `~` when judging that, so
    /// `_` goes only where no letter or strikethrough touches it.
    func emphasisDelimiter(for inline: MarkdownInline, children: [MarkdownInline], isSoleChild: Bool, parentDelimiter: Character?,
                           previous: MarkdownInline?, previousDelimiter: Character?, previousContentEnd: Character?,
                           next: MarkdownInline?) -> Character {
        if case .emphasis = inline, isSoleChild, parentDelimiter == "*" { return "_" }
        let nextTouchesUnderscore = Self.startsWithWord(next) || Self.isStrikethrough(next)
        switch previousDelimiter {
        case "*":
            // `**a***b*` parses as strong then emphasis when letters surround the run.
            let sameKind = previous.map { Self.sameEmphasisKind($0, inline) } ?? false
            let afterWord = previousContentEnd.map { $0.isLetter || $0.isNumber } ?? false
            if !sameKind, afterWord, Self.startsWithWord(children.first) { return "*" }
            return nextTouchesUnderscore ? "*" : "_"
        case "_":
            return "*"
        default:
            let afterWord = out.last.map { $0.isLetter || $0.isNumber || $0 == "~" } ?? false
            if let next, Self.sameEmphasisKind(inline, next), !afterWord { return "_" }
            return "*"
        }
    }

    static func startsWithWord(_ inline: MarkdownInline?) -> Bool {
        guard case .text(let text) = inline, let first = text.first else { return false }
        return first.isLetter || first.isNumber
    }

    static func sameEmphasisKind(_ a: MarkdownInline, _ b: MarkdownInline) -> Bool {
        switch (a, b) {
        case (.emphasis, .emphasis), (.strong, .strong): true
        default: false
        }
    }

    /// Writes `children` between delimiters and returns the content's last character.
    ///
    /// A delimiter only opens before punctuation if it follows punctuation or a space, and only
    /// closes after punctuation if punctuation or a space follows (CommonMark's flanking rules).
    /// The tree may have come from `&copy;*(x)*`, where the reference was the punctuation; the
    /// text next to the delimiter then gets a numeric reference again, here for the character
    /// before the opener and, through the return value, in `write` for the one after the closer.
    mutating func wrap(_ children: [MarkdownInline], in delimiter: String, delimiter character: Character?, afterText: Bool) -> Character? {
        let openerOffset = out.utf8.count
        out += delimiter
        let contentOffset = out.utf8.count
        write(children, startsLine: false, endsLine: false, parentDelimiter: character)
        let contentEnd = out.utf8.index(out.startIndex, offsetBy: out.utf8.count)
        let contentStart = out.utf8.index(out.startIndex, offsetBy: contentOffset)
        guard contentStart < contentEnd else {
            out += delimiter
            return nil
        }
        let last = out[..<contentEnd].last
        let startsWithPunctuation = Self.isFlankingPunctuation(out[contentStart])
        out += delimiter
        let opener = out.utf8.index(out.startIndex, offsetBy: openerOffset)
        if afterText, startsWithPunctuation, let before = out[..<opener].last, !Self.isFlankingPunctuation(before), !before.isWhitespace {
            out.replaceSubrange(out.index(before: opener)..<opener, with: Self.reference(before))
        }
        return last
    }

    static func isText(_ inline: MarkdownInline?) -> Bool {
        if case .text = inline { return true }
        return false
    }

    /// Punctuation as CommonMark's flanking rules count it: ASCII punctuation and symbols, and
    /// Unicode punctuation (not Unicode symbols such as `©`).
    static func isFlankingPunctuation(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if scalar.isASCII { return isASCIIPunctuation(character) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// A character as numeric references, which read as punctuation (`&`) next to a delimiter.
    static func reference(_ character: Character) -> String {
        character.unicodeScalars.map { "&#\($0.value);" }.joined()
    }

    static func isBreak(_ inline: MarkdownInline) -> Bool {
        switch inline {
        case .softBreak, .lineBreak: true
        default: false
        }
    }

    static func isStrikethrough(_ inline: MarkdownInline?) -> Bool {
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
        // CommonMark's URI autolink: a scheme of 2-32 characters starting with a letter.
        if text == url, let colon = url.firstIndex(of: ":"), let first = url.first, first.isASCII, first.isLetter,
           (2...32).contains(url.distance(from: url.startIndex, to: colon)),
           url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) {
            return "<\(url)>"
        }
        if url == "mailto:" + text, isAutolinkEmail(text) { return "<\(text)>" }
        return nil
    }

    /// CommonMark's e-mail autolink: a local part of the permitted characters, then dot-separated
    /// domain labels of letters, digits and inner hyphens (no underscores).
    static func isAutolinkEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty,
              parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".!#$%&'*+/=?^_`{|}~-".contains($0)) })
        else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
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

    /// Backslash-escapes `special`, a backslash that an escape could swallow and `|` inside a
    /// table; a `&` that could start a character reference becomes `&amp;`.
    func backslashed(_ text: String, special: Set<Character>) -> String {
        var out = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let needsEscape: Bool
            switch character {
            case "\\": needsEscape = next.map(Self.isASCIIPunctuation) ?? true
            case "&":
                // cmark resolves references in destinations and titles after backslash escapes,
                // so `\&amp;` would still turn into `&`; a reference for the `&` itself survives.
                if next.map({ $0 == "#" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }) ?? false {
                    out += "&amp;"
                    continue
                }
                needsEscape = false
            case "|": needsEscape = mode == .tableCell
            default: needsEscape = special.contains(character)
            }
            if needsEscape { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
