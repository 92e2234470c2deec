import Core

/// Reads the XML parts of a Word document as a stream of elements and text, for the DOCX importer.
///
/// It reads what Word and LibreOffice write: a declaration, comments, processing instructions,
/// CDATA sections, the five predefined entities and character references, namespace prefixes.
/// It is strict where Word is: one root element, every element closed in order, quoted attribute
/// values without `<`, no attribute twice, no unknown entity, UTF-8 throughout. A document type
/// declaration is refused: no .docx has one, and entity definitions are how XML bombs get in.
///
/// Element names come without their prefix (`w:p` -> `p`), as a namespace-aware parser gives
/// them; attributes keep theirs (`w:val`), which `DOCXAttributes` looks up by local name. Text
/// and attribute values are given as XML 1.0 says a parser reads them: line ends as `\n`, and
/// in attribute values tabs and line ends as spaces (a character reference keeps its character).
///
/// Its own code, not FoundationXML: that links libxml2 and ICU into every run of the tool, and
/// only importing a .docx needs XML.
struct XMLReader {
    enum Event: Equatable {
        case start(String, attributes: [String: String])
        case end(String)
        case text(String)
    }

    struct Problem: Error, CustomStringConvertible {
        var message: String
        /// 1-based.
        var line: Int
        var description: String { "\(message) at line \(line)" }
    }

    /// What takes a part's events one by one: the importer's readers of the document and its styles.
    protocol Handler {
        mutating func start(_ element: String, attributes: [String: String])
        mutating func end(_ element: String)
        /// Text between tags, entities read; a reader that wants none need not say so.
        mutating func text(_ text: String)
    }

    /// Reads `bytes` into `handler`, in document order (see `read(_:_:)`).
    static func read(_ bytes: [UInt8], into handler: inout some Handler) throws(Problem) {
        try read(bytes) { event in
            switch event {
            case .start(let element, let attributes): handler.start(element, attributes: attributes)
            case .end(let element): handler.end(element)
            case .text(let text): handler.text(text)
            }
        }
    }

    /// Reads `bytes`, handing each element's start and end and each run of text to `handle`, in
    /// document order. Everything before a problem has been handed over when it is thrown.
    static func read(_ bytes: [UInt8], _ handle: (Event) -> Void) throws(Problem) {
        if case .invalid(let line, _) = UTF8Validation.decode(bytes) { throw Problem(message: "it is not UTF-8", line: line) }
        var reader = XMLReader(bytes: bytes)
        try reader.document(handle)
    }

    private let bytes: [UInt8]
    private var index = 0

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte-order mark is not content.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    // MARK: - Document

    private mutating func document(_ handle: (Event) -> Void) throws(Problem) {
        var open: [String] = []
        var rootSeen = false
        var text: [UInt8] = []
        func flushText() {
            if !text.isEmpty, !open.isEmpty { handle(.text(String(decoding: text, as: UTF8.self))) }
            text.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if starts("<!--") {
                    try skip(past: "-->", what: "a comment")
                } else if starts("<![CDATA[") {
                    guard !open.isEmpty else { throw problem("a CDATA section outside the root element") }
                    index += 9
                    let start = index
                    try skip(past: "]]>", what: "a CDATA section")
                    text += bytes[start..<(index - 3)]
                } else if starts("<!") {
                    throw problem("a document type declaration, which a Word document never has")
                } else if starts("<?") {
                    try skip(past: "?>", what: "a processing instruction")
                } else if starts("</") {
                    flushText()
                    index += 2
                    let name = try self.name()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw problem("'>' is missing after </\(name)") }
                    index += 1
                    guard let last = open.popLast(), last == name else { throw problem("</\(name)> closes no open element") }
                    handle(.end(Self.localName(name)))
                } else {
                    flushText()
                    guard !rootSeen || !open.isEmpty else { throw problem("a second root element") }
                    rootSeen = true
                    index += 1
                    let name = try self.name()
                    let (attributes, selfClosing) = try self.attributes(of: name)
                    handle(.start(Self.localName(name), attributes: attributes))
                    if selfClosing { handle(.end(Self.localName(name))) } else { open.append(name) }
                }
            } else if open.isEmpty {
                guard Self.isSpace(byte) else { throw problem("text outside the root element") }
                index += 1
            } else if byte == UInt8(ascii: "&") {
                text += try reference()
            } else if byte == 0x0D {
                // CR LF and a lone CR are read as LF.
                text.append(0x0A)
                index += 1
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
            } else {
                guard byte >= 0x20 || byte == 0x09 || byte == 0x0A else { throw problem("the control character \(byte) is not allowed in XML") }
                text.append(byte)
                index += 1
            }
        }
        if let last = open.last { throw problem("<\(last)> is never closed") }
        guard rootSeen else { throw problem("there is no root element") }
    }

    // MARK: - Elements

    private mutating func attributes(of element: String) throws(Problem) -> (attributes: [String: String], selfClosing: Bool) {
        var attributes: [String: String] = [:]
        while true {
            let before = index
            skipSpace()
            guard index < bytes.count else { throw problem("<\(element) is not closed") }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                return (attributes, false)
            }
            if starts("/>") {
                index += 2
                return (attributes, true)
            }
            guard index > before else { throw problem("the attributes of <\(element)> are not separated by white space") }
            let name = try self.name()
            guard attributes[name] == nil else { throw problem("<\(element)> has the attribute \(name) twice") }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw problem("'=' is missing after \(name)") }
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw problem("the value of \(name) is not quoted")
            }
            let quote = bytes[index]
            index += 1
            var value: [UInt8] = []
            while index < bytes.count, bytes[index] != quote {
                switch bytes[index] {
                case UInt8(ascii: "<"): throw problem("the value of \(name) holds a '<'")
                case UInt8(ascii: "&"): value += try reference()
                case 0x0D:
                    value.append(0x20)
                    index += 1
                    if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                case 0x09, 0x0A:
                    value.append(0x20)
                    index += 1
                case let byte where byte < 0x20:
                    throw problem("the value of \(name) holds the control character \(byte)")
                default:
                    value.append(bytes[index])
                    index += 1
                }
            }
            guard index < bytes.count else { throw problem("the value of \(name) is not closed") }
            index += 1
            attributes[name] = String(decoding: value, as: UTF8.self)
        }
    }

    /// An element or attribute name: letters, digits and `_ : - .`, not starting with a digit, `-`
    /// or `.`. Bytes above ASCII are taken as letters (names in other scripts).
    private mutating func name() throws(Problem) -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        guard index > start else { throw problem("a name is missing") }
        let first = bytes[start]
        guard !(first >= 0x30 && first <= 0x39), first != UInt8(ascii: "-"), first != UInt8(ascii: ".") else {
            throw problem("a name starts with '\(Character(Unicode.Scalar(first)))'")
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    // MARK: - References and skipping

    /// `&amp;` and the other predefined entities, `&#233;`, `&#xE9;`: the UTF-8 of the character.
    private mutating func reference() throws(Problem) -> [UInt8] {
        let start = index + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: ";"), end - start < 12 { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { throw problem("an '&' starts no reference") }
        let body = String(decoding: bytes[start..<end], as: UTF8.self)
        index = end + 1
        switch body {
        case "amp": return [UInt8(ascii: "&")]
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default:
            guard body.hasPrefix("#") else { throw problem("the entity &\(body); is unknown") }
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value), Self.isCharacter(scalar) else {
                throw problem("&\(body); is not a character XML allows")
            }
            return Array(String(Character(scalar)).utf8)
        }
    }

    static func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private func starts(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { wanted in (0..<count).allSatisfy { bytes[index + $0] == wanted[$0] } }
    }

    private mutating func skip(past end: StaticString, what: String) throws(Problem) {
        while index < bytes.count, !starts(end) { index += 1 }
        guard index < bytes.count else { throw problem("\(what) is not closed") }
        index += end.utf8CodeUnitCount
    }

    private mutating func skipSpace() {
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// A problem at the current byte, with its line.
    private func problem(_ message: String) -> Problem {
        let end = min(index, bytes.count)
        return Problem(message: message, line: bytes[..<end].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
    }
}

extension XMLReader.Handler {
    mutating func text(_ text: String) {}
}
