import YAMLSupport

/// A CV as JSON Resume: `personaforge export --format json` writes this.
///
/// Lossless for what YAML and JSON share: keys keep their order, numbers, booleans and null
/// stay typed (under the YAML 1.2 core schema, so `NO` stays a string), text stays text.
public enum JSONResumeWriter {
    /// Pretty-printed JSON, two spaces per level, ending in a newline.
    public static func json(from node: YAMLNode) -> String {
        var out = ""
        write(node, indent: 0, into: &out)
        return out + "\n"
    }

    static func write(_ node: YAMLNode, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch node.content {
        case .mapping(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, pair) in pairs.enumerated() {
                out += pad + quoted(pair.key.scalarText ?? keyText(pair.key)) + ": "
                write(pair.value, indent: indent + 1, into: &out)
                out += index == pairs.count - 1 ? "\n" : ",\n"
            }
            out += closing + "}"
        case .sequence(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                write(item, indent: indent + 1, into: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += closing + "]"
        case .scalar(let text, _):
            out += scalar(node, text: text)
        }
    }

    /// A key that is not text (a list as a key, which YAML allows and JSON does not): its JSON.
    static func keyText(_ key: YAMLNode) -> String {
        var out = ""
        write(key, indent: 0, into: &out)
        return out
    }

    static func scalar(_ node: YAMLNode, text: String) -> String {
        if node.isNull { return "null" }
        if let bool = node.bool { return bool ? "true" : "false" }
        if node.int != nil || node.double != nil {
            if isJSONNumber(text) { return text }
            if let int = node.int { return String(int) }
            if let double = node.double, double.isFinite { return "\(double)" }
            return quoted(text)
        }
        return quoted(text)
    }

    /// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    static func isJSONNumber(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        func digits() -> Int {
            var count = 0
            while let first = scalars.first, ("0"..."9").contains(first) { scalars = scalars.dropFirst(); count += 1 }
            return count
        }
        if scalars.first == "0" { scalars = scalars.dropFirst() } else if digits() == 0 { return false }
        if scalars.first == "." { scalars = scalars.dropFirst(); if digits() == 0 { return false } }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
            if digits() == 0 { return false }
        }
        return scalars.isEmpty
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
