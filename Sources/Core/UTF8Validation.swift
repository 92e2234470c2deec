/// Decodes bytes as UTF-8, or says where the first invalid byte is.
public enum UTF8Validation {
    public enum Result: Sendable {
        case text(String)
        /// 1-based line and column (in characters) of the first byte that is not UTF-8.
        case invalid(line: Int, column: Int)
    }

    public static func decode(_ bytes: [UInt8]) -> Result {
        if let text = String(validating: bytes, as: UTF8.self) {
            // A byte-order mark is not content.
            return .text(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        }
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return .invalid(line: line, column: column)
            case .error:
                return .invalid(line: line, column: column)
            }
        }
    }
}
