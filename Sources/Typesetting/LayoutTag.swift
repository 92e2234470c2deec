/// One of the raw HTML layout tags templates write into Markdown, as the PDF typesetter reads it.
///
/// The same allow-list as the HTML writer's sanitiser (`div span section header footer p br hr
/// small strong em a`, with `class` and, on `a`, `href`); anything else is shown as text, as the
/// HTML writer shows it. The classes that change the PDF's layout:
///
/// - `<span class="dates">` in a heading: right-aligned on the heading's line, muted.
/// - `<div class="quote">` around a block quote: a pull quote.
/// - `<div class="page-break"></div>` or `<hr class="page-break">`: the next block starts a page.
/// - `<span class="muted">`, `<small>`: muted, and smaller for `small`.
/// - `<div class="columns">` holding `<div class="column">`, `<div class="sidebar">` (one share
///   of the width) or `<div class="main">` (two shares): side by side while they fit on a page.
struct LayoutTag: Hashable {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var classes: [String]
    var href: String?

    static let allowedElements: Set<String> = ["div", "span", "section", "header", "footer", "p", "br", "hr", "small", "strong", "em", "a"]
    static let voidElements: Set<String> = ["br", "hr"]

    /// A piece of raw HTML: a kept tag, or text (which includes tags that are not kept).
    enum Token: Hashable {
        case tag(LayoutTag)
        case text(String)
    }

    /// Splits raw HTML into kept tags and text; comments are dropped. Character references in
    /// text are resolved (`&amp;` shows as `&`).
    static func tokens(in html: String) -> [Token] {
        var tokens: [Token] = []
        var text = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                if let close = rest.range(of: "-->") {
                    rest = rest[close.upperBound...]
                } else {
                    rest = rest[rest.endIndex...]
                }
                continue
            }
            if let (tag, end) = parse(rest), allowedElements.contains(tag.name) {
                if !text.isEmpty { tokens.append(.text(decodeReferences(text))) }
                text = ""
                tokens.append(.tag(tag))
                rest = rest[end...]
            } else {
                text += "<"
                rest = rest.dropFirst()
            }
        }
        text += rest
        if !text.isEmpty { tokens.append(.text(decodeReferences(text))) }
        return tokens
    }

    /// Reads one tag at the start of `text`: its value and the index past its `>`.
    static func parse(_ text: Substring) -> (LayoutTag, Substring.Index)? {
        var index = text.index(after: text.startIndex)
        func peek() -> Character? { index < text.endIndex ? text[index] : nil }
        func skipSpace() { while let c = peek(), c.isWhitespace { index = text.index(after: index) } }
        let isClosing = peek() == "/"
        if isClosing { index = text.index(after: index) }
        let nameStart = index
        while let c = peek(), c.isASCII, c.isLetter || c.isNumber || c == "-" { index = text.index(after: index) }
        guard index > nameStart, text[nameStart].isLetter else { return nil }
        var tag = LayoutTag(name: text[nameStart..<index].lowercased(), isClosing: isClosing, isSelfClosing: false, classes: [], href: nil)
        while true {
            skipSpace()
            guard let c = peek() else { return nil }
            if c == ">" { return (tag, text.index(after: index)) }
            if c == "/" {
                index = text.index(after: index)
                guard peek() == ">" else { return nil }
                tag.isSelfClosing = true
                return (tag, text.index(after: index))
            }
            let attributeStart = index
            while let c = peek(), !c.isWhitespace, c != "=", c != ">", c != "/" { index = text.index(after: index) }
            guard index > attributeStart else { return nil }
            let attribute = text[attributeStart..<index].lowercased()
            skipSpace()
            var value = ""
            if peek() == "=" {
                index = text.index(after: index)
                skipSpace()
                guard let quote = peek() else { return nil }
                if quote == "\"" || quote == "'" {
                    index = text.index(after: index)
                    let valueStart = index
                    while let c = peek(), c != quote { index = text.index(after: index) }
                    guard peek() == quote else { return nil }
                    value = String(text[valueStart..<index])
                    index = text.index(after: index)
                } else {
                    let valueStart = index
                    while let c = peek(), !c.isWhitespace, c != ">" { index = text.index(after: index) }
                    value = String(text[valueStart..<index])
                }
            }
            switch attribute {
            case "class": tag.classes = value.split(separator: " ").map(String.init)
            case "href" where tag.name == "a": tag.href = decodeReferences(value)
            default: return nil  // the sanitiser refuses other attributes, so the tag shows as text
            }
        }
    }

    func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// Resolves the character references raw HTML text may hold.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: ampersand, to: semicolon) <= 10 else {
                out += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: ampersand)..<semicolon]
            let decoded: String? = switch name {
            case "amp": "&"
            case "lt": "<"
            case "gt": ">"
            case "quot": "\""
            case "apos", "#39": "'"
            case "nbsp": "\u{A0}"
            case "mdash": "\u{2014}"
            case "ndash": "\u{2013}"
            case "middot": "\u{B7}"
            default: numeric(name)
            }
            if let decoded {
                out += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                out += "&"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    private static func numeric(_ name: Substring) -> String? {
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
