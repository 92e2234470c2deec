/// A strict XML 1.0 well-formedness check, with namespace prefixes: FoundationXML on Linux parses
/// in libxml2's recovering mode (`<a><b></a>` passes), and Word refuses what it lets through.
enum StrictXML {
    struct Problem: Error, CustomStringConvertible {
        var message: String
        var offset: Int
        var description: String { "byte \(offset): \(message)" }
    }

    static func check(_ bytes: [UInt8]) throws(Problem) {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Problem(message: "not UTF-8", offset: 0) }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func fail(_ message: String) -> Problem { Problem(message: message, offset: index) }
        func peek(_ string: String) -> Bool {
            let wanted = Array(string.unicodeScalars)
            return index + wanted.count <= scalars.count && Array(scalars[index..<index + wanted.count]) == wanted
        }
        func skipSpace() { while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { index += 1 } }
        func isNameStart(_ s: Unicode.Scalar) -> Bool { s == "_" || s == ":" || s.properties.isAlphabetic }
        func isNameCharacter(_ s: Unicode.Scalar) -> Bool { isNameStart(s) || s == "-" || s == "." || s.properties.numericType != nil }
        func name() throws(Problem) -> String {
            guard index < scalars.count, isNameStart(scalars[index]) else { throw fail("a name was expected") }
            var out = String.UnicodeScalarView()
            while index < scalars.count, isNameCharacter(scalars[index]) { out.append(scalars[index]); index += 1 }
            return String(out)
        }
        func until(_ end: String) throws(Problem) {
            while index < scalars.count, !peek(end) { index += 1 }
            guard peek(end) else { throw fail("'\(end)' is missing") }
            index += end.unicodeScalars.count
        }
        func character(_ s: Unicode.Scalar) throws(Problem) {
            switch s.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return
            default: throw fail("U+\(String(s.value, radix: 16)) is not allowed in XML")
            }
        }
        func reference() throws(Problem) {
            index += 1
            var body = ""
            while index < scalars.count, scalars[index] != ";", body.count < 12 { body.unicodeScalars.append(scalars[index]); index += 1 }
            guard index < scalars.count, scalars[index] == ";" else { throw fail("an unterminated '&' reference") }
            index += 1
            if ["amp", "lt", "gt", "quot", "apos"].contains(body) { return }
            guard body.hasPrefix("#") else { throw fail("the unknown entity '&\(body);'") }
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { throw fail("a bad character reference '&\(body);'") }
            try character(scalar)
        }

        if peek("<?xml") { try until("?>") }
        var open: [(name: String, prefixes: Set<String>)] = []
        var roots = 0
        func declared(_ prefix: String) -> Bool { prefix == "xml" || open.contains { $0.prefixes.contains(prefix) } }
        while index < scalars.count {
            let s = scalars[index]
            if s == "<" {
                if peek("<!--") { try until("-->"); continue }
                if peek("<?") { try until("?>"); continue }
                if peek("<!") { throw fail("DOCTYPE and CDATA are not expected here") }
                index += 1
                if index < scalars.count, scalars[index] == "/" {
                    index += 1
                    let closing = try name()
                    skipSpace()
                    guard index < scalars.count, scalars[index] == ">" else { throw fail("'>' expected after </\(closing)") }
                    index += 1
                    guard let last = open.popLast(), last.name == closing else { throw fail("</\(closing)> closes nothing open") }
                    continue
                }
                if open.isEmpty {
                    roots += 1
                    guard roots == 1 else { throw fail("a second root element") }
                }
                let element = try name()
                var attributes: [String] = []
                var prefixes: Set<String> = []
                var selfClosing = false
                while true {
                    let before = index
                    skipSpace()
                    guard index < scalars.count else { throw fail("<\(element) is not closed") }
                    if scalars[index] == ">" { index += 1; break }
                    if peek("/>") { index += 2; selfClosing = true; break }
                    guard index > before else { throw fail("attributes must be separated by white space") }
                    let attribute = try name()
                    guard !attributes.contains(attribute) else { throw fail("the attribute \(attribute) is repeated") }
                    attributes.append(attribute)
                    skipSpace()
                    guard index < scalars.count, scalars[index] == "=" else { throw fail("'=' expected after \(attribute)") }
                    index += 1
                    skipSpace()
                    guard index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" else { throw fail("a quoted value expected for \(attribute)") }
                    let quote = scalars[index]
                    index += 1
                    while index < scalars.count, scalars[index] != quote {
                        if scalars[index] == "<" { throw fail("'<' in the value of \(attribute)") }
                        if scalars[index] == "&" { try reference() } else { try character(scalars[index]); index += 1 }
                    }
                    guard index < scalars.count else { throw fail("the value of \(attribute) is not closed") }
                    index += 1
                    if attribute.hasPrefix("xmlns:") { prefixes.insert(String(attribute.dropFirst(6))) }
                }
                open.append((element, prefixes))
                for qualified in [element] + attributes where qualified.contains(":") && !qualified.hasPrefix("xmlns:") {
                    let prefix = String(qualified.prefix { $0 != ":" })
                    guard declared(prefix) else { throw fail("the prefix '\(prefix)' of \(qualified) is not declared") }
                }
                if selfClosing { open.removeLast() }
            } else if s == "&" {
                guard !open.isEmpty else { throw fail("text outside the root element") }
                try reference()
            } else {
                try character(s)
                guard !open.isEmpty || [" ", "\t", "\n", "\r"].contains(s) else { throw fail("text outside the root element") }
                index += 1
            }
        }
        guard open.isEmpty else { throw fail("<\(open.last!.name)> is never closed") }
        guard roots == 1 else { throw fail("there is no root element") }
    }
}
