/// Finds e-mail addresses and international phone numbers in free text (a persona's body, a
/// posting), so they can be redacted even where no field names them.
enum ContactScanner {
    static func emails(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for (index, scalar) in scalars.enumerated() where scalar == "@" {
            var start = index
            while start > 0, isLocal(scalars[start - 1]) { start -= 1 }
            var end = index + 1
            while end < scalars.count, isDomain(scalars[end]) { end += 1 }
            while end > index + 1, scalars[end - 1] == "." || scalars[end - 1] == "-" { end -= 1 }
            guard start < index, end > index + 1 else { continue }
            let domain = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            guard domain.contains("."), !domain.hasPrefix(".") else { continue }
            let address = String(String.UnicodeScalarView(scalars[start..<end]))
            if !found.contains(address) { found.append(address) }
        }
        return found
    }

    /// `+` and 8 to 15 digits, in groups split by spaces, dots, dashes or parentheses.
    static func phones(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "+", index + 1 < scalars.count, isDigit(scalars[index + 1]),
                  index == 0 || !isDigit(scalars[index - 1]) else { continue }
            var end = index + 1, digits = 0, lastDigit = index
            while end < scalars.count, isDigit(scalars[end]) || " -.()".unicodeScalars.contains(scalars[end]) {
                if isDigit(scalars[end]) { digits += 1; lastDigit = end }
                // Two separators in a row end the number ("+1 555 0100 - call me").
                if !isDigit(scalars[end]), end + 1 < scalars.count, !isDigit(scalars[end + 1]), scalars[end + 1] != "(" && scalars[end] != ")" { break }
                end += 1
            }
            guard (8...15).contains(digits) else { continue }
            let number = String(String.UnicodeScalarView(scalars[index...lastDigit]))
            if !found.contains(number) { found.append(number) }
            index = lastDigit
        }
        return found
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isLocal(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isDigit(scalar) || "._%+-".unicodeScalars.contains(scalar)
    }

    static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isDigit(scalar) || scalar == "." || scalar == "-"
    }
}
