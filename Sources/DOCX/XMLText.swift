/// Text made safe for XML 1.0: markup characters escaped, and characters XML 1.0 cannot hold at
/// all (C0 controls other than tab, newline and carriage return; U+FFFE and U+FFFF) dropped,
/// because Word refuses a whole document over one of them.
enum XMLText {
    /// For element content: `&`, `<` and `>` escaped.
    static func escape(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// For an attribute value in double quotes: also `"`, and whitespace kept as references,
    /// since a parser turns a literal newline or tab in an attribute into a space.
    static func attribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    /// True for the characters XML 1.0 allows.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` without the characters XML 1.0 does not allow.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter(isAllowed))
        return String(scalars)
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        // Most text has nothing to escape: return it untouched.
        let needsWork = text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (attribute && byte == UInt8(ascii: "\"")) || byte == 0xEF  // 0xEF leads U+FFFE and U+FFFF
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\r" where attribute: out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
