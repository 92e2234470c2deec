/// Makes plain text literal inside Markdown.
///
/// Templates insert user data into Markdown; escaped data can never become raw HTML, a link,
/// emphasis, a heading, a list, a table or code, wherever on a line it lands. Characters are
/// escaped only where CommonMark/GFM could read them as syntax, so ordinary text
/// ("Jane Doe", "Senior Engineer, Acme Inc.") comes back unchanged and without copying.
///
/// One limit: cmark-gfm turns e-mail addresses in text into `mailto:` links after parsing, and no
/// escape prevents it. Such a link's text is the address itself, and renderers still check its URL.
public enum MarkdownEscaping {
    /// `text` with every Markdown-significant character backslash-escaped and newlines turned
    /// into spaces, so it reads as the same plain text once parsed.
    public static func escape(_ text: String) -> String {
        let context = Context(atLineStart: true, atLineEnd: true, beforeBracket: true)
        // Most data (names, dates, titles) needs neither joining nor escaping: one pass over its
        // bytes says so, where looking for line breaks and then for escapes took two.
        var copy = text
        guard copy.withUTF8({ Scanner(bytes: $0, context: context).needsWork(lineBreaksToo: true) }) else { return text }
        return escaped(joiningLines(text), context: context)
    }

    /// Data is one line in the Markdown: a line break inside it could start a new block.
    static func joiningLines(_ text: String) -> String {
        var copy = text  // withUTF8 reads the native storage; the generic contains(where:) went byte by byte through the view
        guard copy.withUTF8({ $0.contains { $0 == 0x0A || $0 == 0x0D } }) else { return text }
        return text.replacing("\r\n", with: " ").replacing("\n", with: " ").replacing("\r", with: " ")
    }

    /// Where a piece of text sits; each flag that is true asks for the escapes that position needs.
    struct Context {
        /// The text may begin a line, where `#`, `-`, `+`, `=`, `>` and `1.` start blocks.
        var atLineStart: Bool
        /// The text may end a line, where trailing spaces vanish or make a hard break.
        /// (The text itself holds no line breaks: callers turn them into spaces or break nodes.)
        var atLineEnd: Bool
        /// A `[` may follow, which would turn a trailing `!` into an image.
        var beforeBracket: Bool
        /// A `~~` may touch either end, which a `~` there would lengthen.
        var besideTilde = false
    }

    /// `text` escaped for `context`; the original string when nothing needed escaping.
    static func escaped(_ text: String, context: Context) -> String {
        var text = text
        let result: [UInt8]? = text.withUTF8 { bytes in
            let scanner = Scanner(bytes: bytes, context: context)
            guard scanner.needsWork() else { return nil }
            return scanner.escaped()
        }
        return result.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// One pass over the bytes: `action(at:)` is the single place deciding what each byte
    /// needs, used first to check whether anything needs doing and then to do it.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let context: Context
        /// Length of the leading run of spaces and tabs, and where the trailing run starts.
        let leadingSpace: Int
        let trailingSpaceStart: Int
        /// Index of the `.` or `)` of a leading ordered-list marker such as `12.`, or -1.
        let listDelimiter: Int

        init(bytes: UnsafeBufferPointer<UInt8>, context: Context) {
            self.bytes = bytes
            self.context = context
            var leading = 0
            while leading < bytes.count, bytes[leading] == 0x20 || bytes[leading] == 0x09 { leading += 1 }
            var trailing = bytes.count
            while trailing > 0, bytes[trailing - 1] == 0x20 || bytes[trailing - 1] == 0x09 { trailing -= 1 }
            leadingSpace = leading
            trailingSpaceStart = trailing
            var digits = leading
            while digits < bytes.count, digits - leading < 10, bytes[digits] >= 0x30, bytes[digits] <= 0x39 { digits += 1 }
            let isMarker = context.atLineStart && digits > leading && digits - leading <= 9 && digits < bytes.count
                && (bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"))
            listDelimiter = isMarker ? digits : -1
        }

        enum Action { case copy, backslash, entity }

        func action(at index: Int) -> Action {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                // CommonMark strips spaces at the start and end of a line; an entity keeps them.
                // One entity at each edge is enough: the spaces next to it are then inside the text.
                if index == 0, leadingSpace > 0, context.atLineStart { return .entity }
                if index == bytes.count - 1, trailingSpaceStart < bytes.count, context.atLineEnd { return .entity }
                return .copy
            }
            if index == listDelimiter { return .backslash }
            if index == leadingSpace, context.atLineStart {
                switch byte {
                case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ">"):
                    return .backslash
                default: break
                }
            }
            switch byte {
            case UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "|"):
                return .backslash
            case UInt8(ascii: "\\"):
                // A backslash is literal unless punctuation follows, which includes the `&` of an
                // edge-space entity; at the end, the surrounding text might supply one.
                guard index + 1 < bytes.count else { return .backslash }
                let next = bytes[index + 1]
                return isPunctuation(next) || action(at: index + 1) == .entity ? .backslash : .copy
            case UInt8(ascii: "_"):
                // snake_case stays as is: an underscore between letters can never open or close emphasis.
                return isAlphanumeric(at: index - 1) && isAlphanumeric(at: index + 1) ? .copy : .backslash
            case UInt8(ascii: "~"):
                // Strikethrough needs `~~` (the parser runs with double-tilde only); "~5 years" stays.
                let touchesTilde = index == 0 || index + 1 == bytes.count ? context.besideTilde : false
                return touchesTilde || (index > 0 && bytes[index - 1] == byte) || (index + 1 < bytes.count && bytes[index + 1] == byte)
                    ? .backslash : .copy
            case UInt8(ascii: "&"):
                // Only something that could be read as a character reference, `&name;` or `&#123;`;
                // "AT&T" stays.
                var end = index + 1
                if end < bytes.count, bytes[end] == UInt8(ascii: "#") { end += 1 }
                let nameStart = end
                while end < bytes.count, end - nameStart < 32, isAlphanumeric(at: end) { end += 1 }
                return end > nameStart && end < bytes.count && bytes[end] == UInt8(ascii: ";") ? .backslash : .copy
            case UInt8(ascii: "!"):
                return index + 1 == bytes.count && context.beforeBracket ? .backslash : .copy
            case UInt8(ascii: ":"):
                // `https://` would be autolinked by GFM; `\:` stops it.
                return index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/") ? .backslash : .copy
            case UInt8(ascii: "."):
                // `www.` would be autolinked by GFM.
                guard index >= 3 else { return .copy }
                return bytes[index - 3] | 0x20 == UInt8(ascii: "w") && bytes[index - 2] | 0x20 == UInt8(ascii: "w")
                    && bytes[index - 1] | 0x20 == UInt8(ascii: "w") ? .backslash : .copy
            default:
                return .copy
            }
        }

        /// Whether any byte needs escaping, or (`lineBreaksToo`) is a CR or LF to be joined first.
        func needsWork(lineBreaksToo: Bool = false) -> Bool {
            // Inside the text, only the bytes `action` looks at can need anything; skipping it
            // for the rest keeps the common case (names, titles, dates, e-mail) to one cheap pass.
            // Line ends are control characters, never plain, so they are looked at here too.
            let last = bytes.count - 1
            guard last >= 0 else { return false }
            func needsWork(at index: Int) -> Bool {
                (lineBreaksToo && (bytes[index] == 0x0A || bytes[index] == 0x0D)) || action(at: index) != .copy
            }
            if needsWork(at: 0) || (last > 0 && needsWork(at: last)) { return true }
            // Between the ends, a table look-up per byte: a page's data is mostly letters and
            // spaces, and this loop runs over all of it.
            return Self.plainBytes.withUnsafeBufferPointer { plain in
                var index = 1
                while index < last {
                    if plain[Int(bytes[index])] == 0, needsWork(at: index) { return true }
                    index += 1
                }
                return false
            }
        }

        /// Whether `action` copies each byte wherever it stands inside the text (not at either
        /// end), as 1 or 0: every byte but ``!#&)*+-.:<=>[\]_`|~``, line ends and other control
        /// characters.
        static let plainBytes: [UInt8] = (0...255).map { byte in
            let byte = UInt8(byte)
            if byte < 0x20 || byte == 0x7F { return byte == 0x09 ? 1 : 0 }
            return "!#&)*+-.:<=>[\\]_`|~".utf8.contains(byte) ? 0 : 1
        }

        func escaped() -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            for (index, byte) in bytes.enumerated() {
                switch action(at: index) {
                case .copy: out.append(byte)
                case .backslash: out += [UInt8(ascii: "\\"), byte]
                case .entity: out += (byte == 0x09 ? "&#9;" : "&#32;").utf8
                }
            }
            return out
        }

        func isAlphanumeric(at index: Int) -> Bool {
            guard index >= 0, index < bytes.count else { return false }
            let lower = bytes[index] | 0x20
            return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (bytes[index] >= 0x30 && bytes[index] <= 0x39)
        }

        func isPunctuation(_ byte: UInt8) -> Bool {
            (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
        }
    }
}
