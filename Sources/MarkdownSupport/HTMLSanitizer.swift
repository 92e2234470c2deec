/// Rewrites raw HTML from Markdown (HTML blocks and inline tags) so that only layout survives.
///
/// Templates and CV bodies use a handful of elements to lay out entries (a row with a
/// right-aligned date, a small print line), so these are kept:
///
///     div span section header footer p br hr small strong em a
///
/// each with at most a `class` attribute whose value is made of `[A-Za-z0-9 _-]`, and for `a`
/// also an `href` that passes the same check as Markdown links (http, https, mailto, relative,
/// `#anchor`). Kept tags are written out afresh, never copied, so no stray quote or attribute
/// can ride along. Every other tag (`<script>`, `<img onerror=...>`, `style=`, `onclick=`) is
/// escaped and shows as text, so untrusted data can never inject script. Comments are dropped,
/// as a browser would hide them anyway; character references such as `&nbsp;` are kept.
///
/// Close tags must match an element opened earlier in the same document, and whatever is still
/// open at the end is closed, so a document can never close or leave open the template's own
/// elements around it.
struct HTMLSanitizer {
    static let allowedElements = Set(allowedNames)
    static let voidElements = Set(voidNames)
    /// The same names as lists: a dozen short names are compared faster than one is hashed, and
    /// every raw tag of every page is checked (a CV entry's title opens and closes a span).
    private static let allowedNames = ["div", "span", "section", "header", "footer", "p", "br", "hr", "small", "strong", "em", "a"]
    private static let voidNames = ["br", "hr"]

    private static func isAllowed(_ name: String) -> Bool { allowedNames.contains { $0 == name } }
    private static func isVoid(_ name: String) -> Bool { voidNames.contains { $0 == name } }

    private var openElements: [String] = []
    /// The last raw HTML that was one opening tag, as written out: a CV's entries repeat the
    /// same tag (`<span class="dates">`), and the same text is kept the same way again.
    private var lastOpening: (raw: String, html: [UInt8], name: String)?

    mutating func append(_ raw: String, to out: inout [UInt8]) {
        if let last = lastOpening, raw == last.raw {
            out += last.html
            openElements.append(last.name)
            return
        }
        if let open = openElements.last, Self.isClosing(raw, of: open) {
            openElements.removeLast()
            Self.appendClosing(open, to: &out)
            return
        }
        let bytes = Array(raw.utf8)
        var index = 0
        var textStart = 0
        func flushText(upTo end: Int) {
            if textStart < end { appendText(bytes[textStart..<end], to: &out) }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if let end = Self.commentEnd(bytes, from: index) {
                flushText(upTo: index)
                index = end
                textStart = end
            } else if let tag = HTMLTag.parse(bytes, from: index), let html = accept(tag) {
                flushText(upTo: index)
                out += html
                // The whole raw HTML was one opening tag that `accept` kept open: the same text
                // is kept, and opened, the same way next time.
                if index == 0, tag.end == bytes.count, !tag.isClosing, !tag.isSelfClosing, !Self.isVoid(tag.name) {
                    lastOpening = (raw, html, tag.name)
                }
                index = tag.end
                textStart = tag.end
            } else {
                // Not a tag we keep: leave the `<` in the text, where it is escaped with the rest.
                index += 1
            }
        }
        flushText(upTo: bytes.count)
    }

    /// Closes every element the document opened and left open.
    mutating func closeAll(into out: inout [UInt8]) {
        while let name = openElements.popLast() { Self.appendClosing(name, to: &out) }
    }

    /// Whether `raw` is exactly `</name>`, which closes the innermost open element as written.
    private static func isClosing(_ raw: String, of name: String) -> Bool {
        var raw = raw
        return raw.withUTF8 { bytes in
            bytes.count == name.utf8.count + 3 && bytes[0] == UInt8(ascii: "<") && bytes[1] == UInt8(ascii: "/")
                && bytes[bytes.count - 1] == UInt8(ascii: ">") && bytes[2..<bytes.count - 1].elementsEqual(name.utf8)
        }
    }

    private static func appendClosing(_ name: String, to out: inout [UInt8]) {
        out += "</".utf8
        out += name.utf8
        out.append(UInt8(ascii: ">"))
    }

    /// The tag as it is written out when kept, else nil.
    private mutating func accept(_ tag: HTMLTag) -> [UInt8]? {
        guard Self.isAllowed(tag.name) else { return nil }
        if tag.isClosing {
            guard tag.attributes.isEmpty, !Self.isVoid(tag.name),
                  let position = openElements.lastIndex(of: tag.name) else { return nil }
            var html: [UInt8] = []
            while openElements.count > position { Self.appendClosing(openElements.removeLast(), to: &html) }
            return html
        }
        var html: [UInt8] = [UInt8(ascii: "<")]
        html += tag.name.utf8
        for (index, (name, value)) in tag.attributes.enumerated() {
            // A repeated attribute: tags have one or two, so the earlier ones are looked through.
            guard !tag.attributes[..<index].contains(where: { $0.name == name }) else { return nil }
            switch name {
            case "class":
                guard value.utf8.allSatisfy(Self.isClassByte) else { return nil }
                html += " class=\"".utf8
                html += value.utf8
                html.append(UInt8(ascii: "\""))
            case "href" where tag.name == "a":
                let url = Self.decodeReferences(value)
                guard HTMLEscaping.isSafeURL(url) else { return nil }
                html += " href=\"".utf8
                HTMLEscaping.appendURL(url, to: &html)
                html.append(UInt8(ascii: "\""))
            default:
                return nil
            }
        }
        html.append(UInt8(ascii: ">"))
        if Self.isVoid(tag.name) { return html }
        if tag.isSelfClosing {
            Self.appendClosing(tag.name, to: &html)
            return html
        }
        openElements.append(tag.name)
        return html
    }

    private static func isClassByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: " "), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// Escapes text between tags, keeping well-formed character references (`&amp;`, `&#8212;`).
    private func appendText(_ text: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "&"):
                if let end = Self.referenceEnd(text, from: index) {
                    out += text[index..<end]
                    index = end
                    continue
                }
                out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
            index += 1
        }
    }

    /// The end of `&name;`, `&#123;` or `&#x1F;` starting at `start`, or nil.
    private static func referenceEnd(_ text: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start + 1
        let isNumeric = index < text.endIndex && text[index] == UInt8(ascii: "#")
        if isNumeric { index += 1 }
        let isHex = isNumeric && index < text.endIndex && (text[index] | 0x20) == UInt8(ascii: "x")
        if isHex { index += 1 }
        let digitsStart = index
        while index < text.endIndex, index - digitsStart < 32 {
            let byte = text[index]
            let lower = byte | 0x20
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let isLetter = lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
            let fits = isHex ? isDigit || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f"))
                : isNumeric ? isDigit : isDigit || isLetter
            guard fits else { break }
            index += 1
        }
        guard index > digitsStart, index < text.endIndex, text[index] == UInt8(ascii: ";") else { return nil }
        return index + 1
    }

    /// The end of an HTML comment starting at `start`, or nil if there is none there.
    private static func commentEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard bytes[start...].starts(with: "<!--".utf8) else { return nil }
        var index = start + 4
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: ">") {
                return index + 3
            }
            index += 1
        }
        return nil
    }

    /// Resolves the references a hand-written `href` may contain (`&amp;`, `&#106;`), so the URL
    /// is checked as the browser will read it.
    static func decodeReferences(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var out = ""
        var rest = Substring(value)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: ampersand, to: semicolon) <= 10 else {
                out += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: ampersand)..<semicolon]
            let decoded: String? = switch name.lowercased() {
            case "amp": "&"
            case "lt": "<"
            case "gt": ">"
            case "quot": "\""
            case "apos": "'"
            case "colon": ":"
            case "tab": "\t"
            case "newline": "\n"
            default: Self.numericReference(name)
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

    private static func numericReference(_ name: Substring) -> String? {
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
