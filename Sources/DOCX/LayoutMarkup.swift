/// One of the raw HTML layout tags templates write into Markdown, read the way the PDF
/// typesetter reads them (the same allow-list as the HTML writer's sanitiser: `div span section
/// header footer p br hr small strong em a`, with `class` and, on `a`, `href`). Anything else is
/// text. The classes that change the layout: `span.dates` in a heading (at a right tab stop),
/// `div.quote` around a block quote (a pull quote), `div.page-break` or `hr.page-break`,
/// `span.muted`, `small`, and `div.columns` holding `div.column`, `div.sidebar` or `div.main`.
struct LayoutMarkup: Hashable {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var classes: [String]
    var href: String?

    static let allowedElements: Set<String> = ["div", "span", "section", "header", "footer", "p", "br", "hr", "small", "strong", "em", "a"]
    static let voidElements: Set<String> = ["br", "hr"]

    /// A piece of raw HTML: a kept tag, or text (which includes tags that are not kept).
    enum Token: Hashable {
        case tag(LayoutMarkup)
        case text(String)
    }

    func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// True for a start tag that needs an end tag (not `<br>`, `<hr>` or `<x/>`).
    var opensElement: Bool { !isClosing && !isSelfClosing && !Self.voidElements.contains(name) }

    /// Splits raw HTML into kept tags and text; comments are dropped and character references resolved.
    static func tokens(in html: String) -> [Token] {
        var tokens: [Token] = []
        var text = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                rest = rest.range(of: "-->").map { rest[$0.upperBound...] } ?? rest[rest.endIndex...]
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

    /// The tag at the start of one inline HTML piece, if that is all it is.
    static func tag(of html: String) -> LayoutMarkup? {
        guard case .tag(let tag)? = tokens(in: html).first else { return nil }
        return tag
    }

    /// Reads one tag at the start of `text`: its value and the index past its `>`.
    private static func parse(_ text: Substring) -> (LayoutMarkup, Substring.Index)? {
        var index = text.index(after: text.startIndex)
        func peek() -> Character? { index < text.endIndex ? text[index] : nil }
        func advance() { index = text.index(after: index) }
        func skipSpace() { while let c = peek(), c.isWhitespace { advance() } }
        let isClosing = peek() == "/"
        if isClosing { advance() }
        let nameStart = index
        while let c = peek(), c.isASCII, c.isLetter || c.isNumber || c == "-" { advance() }
        guard index > nameStart, text[nameStart].isLetter else { return nil }
        var tag = LayoutMarkup(name: text[nameStart..<index].lowercased(), isClosing: isClosing, isSelfClosing: false, classes: [], href: nil)
        while true {
            skipSpace()
            guard let c = peek() else { return nil }
            if c == ">" { return (tag, text.index(after: index)) }
            if c == "/" {
                advance()
                guard peek() == ">" else { return nil }
                tag.isSelfClosing = true
                return (tag, text.index(after: index))
            }
            let attributeStart = index
            while let c = peek(), !c.isWhitespace, c != "=", c != ">", c != "/" { advance() }
            guard index > attributeStart else { return nil }
            let attribute = text[attributeStart..<index].lowercased()
            skipSpace()
            var value = ""
            if peek() == "=" {
                advance()
                skipSpace()
                guard let quote = peek() else { return nil }
                if quote == "\"" || quote == "'" {
                    advance()
                    let valueStart = index
                    while let c = peek(), c != quote { advance() }
                    guard peek() == quote else { return nil }
                    value = String(text[valueStart..<index])
                    advance()
                } else {
                    let valueStart = index
                    while let c = peek(), !c.isWhitespace, c != ">" { advance() }
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
