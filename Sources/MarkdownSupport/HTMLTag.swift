/// One start or end tag read from raw HTML, for `HTMLSanitizer` to judge.
///
/// Follows CommonMark's definition of an HTML tag (the one cmark-gfm used to find it), so
/// whatever cmark took for a tag is read whole here.
struct HTMLTag {
    /// Lower-cased element name.
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    /// Lower-cased names with their values as written (quotes removed); a bare attribute has "".
    var attributes: [(name: String, value: String)]
    /// The index just past the closing `>`.
    var end: Int

    static func parse(_ bytes: [UInt8], from start: Int) -> HTMLTag? {
        var index = start + 1
        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }
        func skipSpace() -> Bool {
            let before = index
            while let byte = peek(), isSpace(byte) { index += 1 }
            return index > before
        }

        let isClosing = peek() == UInt8(ascii: "/")
        if isClosing { index += 1 }
        guard let first = peek(), isLetter(first) else { return nil }
        let nameStart = index
        while let byte = peek(), isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") { index += 1 }
        let name = lowercased(bytes[nameStart..<index])

        var attributes: [(name: String, value: String)] = []
        while true {
            let spaced = skipSpace()
            guard let byte = peek() else { return nil }
            if byte == UInt8(ascii: ">") {
                return HTMLTag(name: name, isClosing: isClosing, isSelfClosing: false, attributes: attributes, end: index + 1)
            }
            if byte == UInt8(ascii: "/"), !isClosing, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") {
                return HTMLTag(name: name, isClosing: false, isSelfClosing: true, attributes: attributes, end: index + 2)
            }
            // Attributes must be separated from the name and from each other by whitespace.
            guard spaced, !isClosing, isAttributeStart(byte) else { return nil }
            let attributeStart = index
            while let next = peek(), isAttributeStart(next) || isDigit(next) || next == UInt8(ascii: ".") || next == UInt8(ascii: "-") {
                index += 1
            }
            let attributeName = lowercased(bytes[attributeStart..<index])
            let beforeValue = index
            _ = skipSpace()
            guard peek() == UInt8(ascii: "=") else {
                index = beforeValue
                attributes.append((attributeName, ""))
                continue
            }
            index += 1
            _ = skipSpace()
            guard let quote = peek() else { return nil }
            let value: ArraySlice<UInt8>
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index += 1
                let valueStart = index
                while let next = peek(), next != quote { index += 1 }
                guard peek() == quote else { return nil }
                value = bytes[valueStart..<index]
                index += 1
            } else {
                let valueStart = index
                while let next = peek(), !isSpace(next), !"\"'=<>`".utf8.contains(next) { index += 1 }
                guard index > valueStart else { return nil }
                value = bytes[valueStart..<index]
            }
            attributes.append((attributeName, String(decoding: value, as: UTF8.self)))
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isAttributeStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }

    /// Names are ASCII letters, digits and a few marks: lowered byte by byte into the String's own
    /// storage, without an array in between (a CV page's entries each open and close a span).
    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = isLetter(byte) ? byte | 0x20 : byte }
            return bytes.count
        }
    }
}
