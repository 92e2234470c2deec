/// `report.json`'s text, written directly: the same bytes as `JSONEncoder` with pretty printing,
/// sorted keys and unescaped slashes (`BuildReportFileTests` compares the two).
///
/// The report lists every output's path, and it is the build's last write, after the state, on
/// one core: Foundation's encoder, which builds a tree of values and sorts each object's keys,
/// took about 5 ms of a 1,000-persona build there.
extension BuildReportFile {
    /// Nil when a number is not finite, which JSON cannot hold (and JSONEncoder refused).
    func json() -> [UInt8]? {
        guard totalMilliseconds.isFinite, cacheHitRate?.isFinite ?? true, steps.allSatisfy({ $0.milliseconds.isFinite }) else { return nil }
        var writer = PrettyJSON()
        writer.object {
            if let cacheHitRate { $0.member("cacheHitRate") { $0.number(cacheHitRate) } }
            $0.member("diagnostics") { $0.numbers(["errors": diagnostics.errors, "warnings": diagnostics.warnings]) }
            $0.member("failed") { $0.strings(failed) }
            $0.member("folders") {
                $0.array(folders) { writer, folder in
                    writer.object {
                        $0.member("folder") { $0.string(folder.folder) }
                        $0.member("rendered") { $0.number(folder.rendered) }
                        $0.member("reused") { $0.number(folder.reused) }
                    }
                }
            }
            $0.member("outputs") {
                $0.numbers(["failed": outputs.failed, "planned": outputs.planned, "removed": outputs.removed,
                            "rendered": outputs.rendered, "reused": outputs.reused, "unchanged": outputs.unchanged])
            }
            $0.member("removed") { $0.strings(removed) }
            $0.member("rendered") { $0.strings(rendered) }
            $0.member("skippedSteps") { $0.strings(skippedSteps) }
            $0.member("steps") {
                $0.array(steps) { writer, step in
                    writer.object {
                        $0.member("milliseconds") { $0.number(step.milliseconds) }
                        $0.member("step") { $0.string(step.step) }
                    }
                }
            }
            $0.member("succeeded") { $0.bool(succeeded) }
            $0.member("totalMilliseconds") { $0.number(totalMilliseconds) }
            $0.member("unchanged") { $0.strings(unchanged) }
            $0.member("upToDate") { $0.bool(upToDate) }
            $0.member("version") { $0.number(version) }
        }
        return writer.out
    }
}

/// Foundation's pretty-printed JSON layout: two-space indents, `"key" : value`, an empty list
/// as `[` and `]` with an empty line between. Members must be given in key order.
private struct PrettyJSON {
    var out: [UInt8] = []
    private var depth = 0
    private var first = true

    mutating func object(_ members: (inout PrettyJSON) -> Void) {
        open("{")
        members(&self)
        close("}")
    }

    mutating func member(_ key: String, _ value: (inout PrettyJSON) -> Void) {
        item()
        string(key)
        out += " : ".utf8
        value(&self)
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout PrettyJSON, Element) -> Void) {
        open("[")
        for element in elements {
            item()
            write(&self, element)
        }
        close("]")
    }

    /// An object of whole numbers, its members given in key order.
    mutating func numbers(_ members: KeyValuePairs<String, Int>) {
        object { writer in
            for (key, value) in members { writer.member(key) { $0.number(value) } }
        }
    }

    mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    mutating func number(_ value: Int) { out += String(value).utf8 }

    /// As Foundation writes a Double: the shortest text that reads back the same, without ".0".
    mutating func number(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out += text.utf8
    }

    mutating func bool(_ value: Bool) { out += (value ? "true" : "false").utf8 }

    mutating func string(_ value: String) {
        out.append(UInt8(ascii: "\""))
        // Paths, nearly every string here, need no escape: their bytes go in at once.
        var value = value
        let plain = value.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain {
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case 0x08: out += "\\b".utf8
            case 0x0C: out += "\\f".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case 0x00..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                out += "\\u00".utf8
                out += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private mutating func open(_ bracket: StaticString) {
        bracket.withUTF8Buffer { out += $0 }
        depth += 1
        first = true
    }

    private mutating func close(_ bracket: StaticString) {
        depth -= 1
        // An empty list or object still gets its line break and an empty line, as Foundation's has.
        if first { out.append(0x0A) }
        out.append(0x0A)
        indent()
        bracket.withUTF8Buffer { out += $0 }
        first = false
    }

    /// A comma after the previous item, then the next line at the current depth.
    private mutating func item() {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(0x0A)
        indent()
        first = false
    }

    private mutating func indent() {
        let count = 2 * depth
        guard count > 0 else { return }
        if count <= Self.spaces.count {
            Self.spaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
        } else {
            out += repeatElement(UInt8(ascii: " "), count: count)
        }
    }

    /// The indents' spaces, copied from here rather than made one by one (an indent per output path).
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 16)
}
