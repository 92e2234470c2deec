/// One of the raw HTML layout tags templates write into Markdown, as the PDF typesetter and the
/// DOCX writer both read them.
///
/// The same allow-list as the HTML writer's sanitiser (`div span section header footer p br hr
/// small strong em a`, with `class` and, on `a`, `href`); anything else is shown as text, as the
/// HTML writer shows it. The classes that change a document's layout:
///
/// - `<span class="dates">` in a heading: right-aligned on the heading's line, muted.
/// - `<div class="quote">` around a block quote: a pull quote.
/// - `<div class="page-break"></div>` or `<hr class="page-break">`: the next block starts a page.
/// - `<span class="muted">`, `<small>`: muted, and smaller for `small`.
/// - `<div class="columns">` holding `<div class="column">`, `<div class="sidebar">` (one share
///   of the width) or `<div class="main">` (two shares): side by side while they fit on a page.
public struct LayoutTag: Hashable, Sendable {
    public var name: String
    public var isClosing: Bool
    public var isSelfClosing: Bool
    public var classes: [String]
    public var href: String?

    /// The elements kept: exactly those the HTML writer's sanitiser lets through.
    public static var allowedElements: Set<String> { HTMLSanitizer.allowedElements }
    public static var voidElements: Set<String> { HTMLSanitizer.voidElements }

    /// A piece of raw HTML: a kept tag, or text (which includes tags that are not kept).
    public enum Token: Hashable, Sendable {
        case tag(LayoutTag)
        case text(String)
    }

    public func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// True for a start tag that needs an end tag (not `<br>`, `<hr>` or `<x/>`).
    public var opensElement: Bool { !isClosing && !isSelfClosing && !Self.voidElements.contains(name) }

    /// Splits raw HTML into kept tags and text; comments are dropped and character references resolved.
    public static func tokens(in html: String) -> [Token] {
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
    public static func tag(of html: String) -> LayoutTag? {
        guard case .tag(let tag)? = tokens(in: html).first else { return nil }
        return tag
    }

    /// Reads one tag at the start of `text`: its value and the index past its `>`.
    private static func parse(_ text: Substring) -> (LayoutTag, Substring.Index)? {
        var index = text.index(after: text.startIndex)
        func peek() -> Character? { index < text.endIndex ? text[index] : nil }
        func advance() { index = text.index(after: index) }
        func skipSpace() { while let c = peek(), c.isWhitespace { advance() } }
        let isClosing = peek() == "/"
        if isClosing { advance() }
        let nameStart = index
        while let c = peek(), c.isASCII, c.isLetter || c.isNumber || c == "-" { advance() }
        guard index > nameStart, text[nameStart].isLetter else { return nil }
        var tag = LayoutTag(name: text[nameStart..<index].lowercased(), isClosing: isClosing, isSelfClosing: false, classes: [], href: nil)
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
    public static func decodeReferences(_ text: String) -> String {
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

    /// The tag written out again (kept attributes only), to pass it on as raw HTML.
    public var html: String {
        if isClosing { return "</\(name)>" }
        var out = "<" + name
        if !classes.isEmpty { out += " class=\"\(classes.joined(separator: " "))\"" }
        if let href { out += " href=\"\(href)\"" }
        return out + (isSelfClosing ? " />" : ">")
    }
}
