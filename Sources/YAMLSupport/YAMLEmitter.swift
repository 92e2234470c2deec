/// Writes a `YAMLNode` tree as readable block-style YAML, keys in the tree's order.
///
/// Written by hand rather than through libyaml's emitter: libyaml quotes by its own YAML 1.1
/// rules and folds long lines where it likes, and CV files are meant to be edited by people.
/// Strings are quoted only when a YAML 1.1 or 1.2 reader could take them for something else
/// (`NO`, `yes`, `2019-01`, `1.0`, `~`), when they hold `: ` or ` #`, start with an indicator or
/// a space, or hold characters that must be escaped. Multi-line text becomes a literal block.
/// Scalars the tree holds as plain (numbers, booleans, null) stay plain, so types survive.
public enum YAMLEmitter {
    /// The document as YAML text, ending in a newline; `header` lines are written first as comments.
    public static func emit(_ node: YAMLNode, header: [String] = []) -> String {
        var out = ""
        for line in header { out += line.isEmpty ? "#\n" : "# \(line)\n" }
        switch node.content {
        case .mapping(let pairs) where !pairs.isEmpty:
            writeMapping(pairs, indent: 0, into: &out, topLevel: true)
        case .sequence(let items) where !items.isEmpty:
            writeSequence(items, indent: 0, into: &out)
        default:
            out += inlineValue(node, indent: 0) + "\n"
        }
        return out
    }

    // MARK: - Blocks

    /// `topLevel` puts a blank line between top-level sections that are lists or mappings.
    static func writeMapping(_ pairs: [YAMLNode.Pair], indent: Int, into out: inout String, topLevel: Bool = false) {
        let pad = String(repeating: " ", count: indent)
        var previousWasBlock = false
        var previousKeepsLines = false
        for (index, pair) in pairs.enumerated() {
            let isBlock = isNonEmptyCollection(pair.value)
            // A blank line after a `|+` block would become part of its text.
            if topLevel, index > 0, isBlock || previousWasBlock, !previousKeepsLines { out += "\n" }
            previousWasBlock = isBlock
            previousKeepsLines = keepsTrailingLines(pair.value)
            writePair(pair, pad: pad, indent: indent, into: &out)
        }
    }

    static func writePair(_ pair: YAMLNode.Pair, pad: String, indent: Int, into out: inout String) {
        let key = keyText(pair.key)
        let explicit = key.count > 1000 || key.contains("\n")
        if explicit {
            out += pad + "? " + key + "\n" + pad + ":"
        } else {
            out += pad + key + ":"
        }
        writeValue(pair.value, indent: indent, into: &out, sequenceIndent: indent + 2)
    }

    /// Writes what follows `key:` or `- `: a scalar on the same line, or a block below it.
    static func writeValue(_ value: YAMLNode, indent: Int, into out: inout String, sequenceIndent: Int) {
        switch value.content {
        case .mapping(let pairs) where !pairs.isEmpty:
            out += "\n"
            writeMapping(pairs, indent: indent + 2, into: &out)
        case .sequence(let items) where !items.isEmpty:
            out += "\n"
            writeSequence(items, indent: sequenceIndent, into: &out)
        default:
            out += " " + inlineValue(value, indent: indent + 2) + "\n"
        }
    }

    static func writeSequence(_ items: [YAMLNode], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item.content {
            case .mapping(let pairs) where !pairs.isEmpty:
                // `- key: value` with the following keys lined up under the first.
                var first = true
                for pair in pairs {
                    writePair(pair, pad: first ? pad + "- " : pad + "  ", indent: indent + 2, into: &out)
                    first = false
                }
            case .sequence(let inner) where !inner.isEmpty:
                out += pad + "-\n"
                writeSequence(inner, indent: indent + 2, into: &out)
            default:
                out += pad + "- " + inlineValue(item, indent: indent + 2) + "\n"
            }
        }
    }

    /// A scalar written as a `|+` block: its text ends in blank lines the block keeps.
    static func keepsTrailingLines(_ node: YAMLNode) -> Bool {
        guard case .scalar(let text, _) = node.content, text.hasSuffix("\n\n") else { return false }
        return literalBlock(text, indent: 2) != nil
    }

    static func isNonEmptyCollection(_ node: YAMLNode) -> Bool {
        switch node.content {
        case .mapping(let pairs): return !pairs.isEmpty
        case .sequence(let items): return !items.isEmpty
        case .scalar: return false
        }
    }

    // MARK: - Scalars

    static func keyText(_ key: YAMLNode) -> String {
        guard case .scalar(let text, let style) = key.content else { return "\"?\"" }
        if style == .plain, isSafePlain(text) { return text }
        if !needsQuotes(text) { return text }
        return doubleQuoted(text)
    }

    /// A scalar, or an empty collection, as it is written after `key: ` or `- `.
    static func inlineValue(_ node: YAMLNode, indent: Int) -> String {
        switch node.content {
        case .mapping: return "{}"
        case .sequence: return "[]"
        case .scalar(let text, let style):
            if style == .plain, node.tag == nil {
                // Numbers, booleans and null as the source wrote them (they hold no indicator).
                if node.isNull { return text.isEmpty ? "null" : text }
                if node.bool != nil || node.int != nil || node.double != nil { return text }
            }
            return string(text, indent: indent)
        }
    }

    /// A string value: plain when nothing could misread it, else a literal block or quotes.
    public static func string(_ text: String, indent: Int = 2) -> String {
        if text.contains("\n"), let block = literalBlock(text, indent: indent) { return block }
        return needsQuotes(text) ? doubleQuoted(text) : text
    }

    /// `|` blocks keep line breaks exactly; only used when every character is printable and the
    /// first line does not start with a space (the reader would take it as indentation).
    static func literalBlock(_ text: String, indent: Int) -> String? {
        guard !text.contains("\r"), text.unicodeScalars.allSatisfy({ $0 == "\n" || $0 == "\t" || isPrintable($0) }) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstContent = lines.first(where: { !$0.isEmpty }), !firstContent.hasPrefix(" "), !firstContent.hasPrefix("\t") else { return nil }
        // A leading empty line before the first content line is fine for libyaml, but lines
        // of spaces before it would set the indentation wrongly.
        if let firstIndex = lines.firstIndex(where: { !$0.isEmpty }), lines[..<firstIndex].contains(where: { !$0.isEmpty }) { return nil }
        var trailing = 0
        for character in text.reversed() { if character == "\n" { trailing += 1 } else { break } }
        let body = trailing > 0 ? lines.dropLast(trailing) : lines[...]
        // The last content line must not be blank (spaces only): strip chomping would keep it
        // only as indentation, which the reader drops.
        if let last = body.last, last.allSatisfy({ $0 == " " }) { return nil }
        let chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+"
        let pad = String(repeating: " ", count: indent)
        var out = "|" + chomp
        for line in body { out += "\n" + (line.isEmpty ? "" : pad + line) }
        for _ in 0..<max(0, trailing - 1) { out += "\n" }
        return out
    }

    /// Whether a string must be quoted to read back as the same string.
    public static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || first == "\t" || last == " " || last == "\t" { return true }
        if !text.unicodeScalars.allSatisfy(isPrintable) || text.contains("\t") { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        if text.hasPrefix("...") || text == "<<" { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        return resolvesToNonString(text)
    }

    /// Plain text a YAML 1.1 or 1.2 reader would turn into null, a boolean, a number or a date.
    static func resolvesToNonString(_ text: String) -> Bool {
        let lower = text.lowercased()
        if ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "+.inf", "-.inf", ".nan"].contains(lower) { return true }
        let scalars = Array(text.unicodeScalars)
        var start = 0
        if scalars[0] == "+" || scalars[0] == "-" || scalars[0] == "." { start = 1 }
        guard start < scalars.count, scalars[start].properties.numericType != nil || (start == 1 && scalars[0] == "." && scalars.count > 1) else { return false }
        // Starts like a number: anything made only of digits and number/date/time punctuation
        // (1.0, 1e3, 0x1F, 1_000, 2019-01, 2019-01-01 10:00:00, 1:30) is quoted.
        let numberish = Set("0123456789abcdefABCDEFxXoO._:+-eE tTzZ".unicodeScalars)
        return scalars.allSatisfy { numberish.contains($0) } && !(text.contains(" ") && !isTimestamp(text))
    }

    static func isTimestamp(_ text: String) -> Bool {
        let digits = text.prefix(10)
        return digits.count == 10 && digits.filter({ $0 == "-" }).count == 2
    }

    /// A plain scalar the tree already held as plain (a number, `true`) that is safe to write back as it is.
    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if "-?:,[]{}#&*!|>'\"%@` \t".unicodeScalars.contains(first) && !(first == "-" && text.count > 1 && text.dropFirst().first?.isNumber == true) {
            return false
        }
        return text.unicodeScalars.allSatisfy(isPrintable) && !text.contains(": ") && !text.contains(" #")
            && !text.hasSuffix(":") && !text.hasSuffix(" ") && !text.contains("\t")
    }

    /// Characters YAML allows unescaped: no C0/C1 controls, no DEL, no byte-order mark or line separators.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return true
        case 0x85: return false
        case 0xA0...0xD7FF: return scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: return scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value <= 0xFFFF {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        return out + "\""
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
