/// Escaping and URL checks shared by the HTML renderer and the raw-HTML sanitiser; templates'
/// `{{name}}` in HTML escapes through it too.
public enum HTMLEscaping {
    /// Appends the UTF-8 of `text` with `& < > " '` replaced by references, safe in element
    /// content and in quoted attribute values alike.
    public static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(utf8: $0, to: &out) }
    }

    /// The same for text as UTF-8 bytes (a cmark node's content, read in place): the runs
    /// between special characters are copied whole.
    static func append(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        _ = append(utf8: text, to: &out, watchingAutolinks: false)
    }

    /// The same, and whether the text may start a link GFM's autolink extension would make
    /// (`GFMExtensionUse.startsAutolink`), found in the same pass over its bytes.
    static func appendWatchingAutolinks(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        append(utf8: text, to: &out, watchingAutolinks: true)
    }

    @inline(__always)
    private static func append(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], watchingAutolinks: Bool) -> Bool {
        // The bytes looked at are all at or below 0x40, so one bit test passes every other byte,
        // rather than comparisons for each byte of every page. The set's bits are the bytes'
        // values modulo 64: the `@` (0x40) an autolink may start at is bit 0, which no text has
        // (cmark-gfm reads U+0000 as U+FFFD).
        let watched = watchingAutolinks ? specialBytes | autolinkBytes : specialBytes
        var mayAutolink = false
        var runStart = 0
        for index in text.indices {
            let byte = text[index]
            guard byte <= 0x40, (watched >> UInt64(byte & 0x3F)) & 1 != 0 else { continue }
            let reference: StaticString
            switch byte {
            case UInt8(ascii: "&"): reference = "&amp;"
            case UInt8(ascii: "<"): reference = "&lt;"
            case UInt8(ascii: ">"): reference = "&gt;"
            case UInt8(ascii: "\""): reference = "&quot;"
            case UInt8(ascii: "'"): reference = "&#39;"
            default:
                if watchingAutolinks, !mayAutolink { mayAutolink = GFMExtensionUse.startsAutolink(text, at: index) }
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            reference.withUTF8Buffer { out.append(contentsOf: $0) }
            runStart = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        return mayAutolink
    }

    /// `"` (0x22), `&` (0x26), `'` (0x27), `<` (0x3C) and `>` (0x3E) as bits of a 64-bit set: a
    /// literal, so that reading it in the loop costs no lazy initialisation check.
    static let specialBytes: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// `.` (0x2E), `:` (0x3A) and `@` (0x40, as bit 0): where `GFMExtensionUse.startsAutolink` may say yes.
    static let autolinkBytes: UInt64 = 1 << 0x2E | 1 << 0x3A | 1 << 0

    /// Appends a URL for an `href` or `src`: spaces and control characters percent-encoded (a
    /// browser would drop or mangle them), then escaped as an attribute.
    static func appendURL(_ url: String, to out: inout [UInt8]) {
        guard url.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else {
            append(url, to: &out)
            return
        }
        var encoded = ""
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                encoded += hex.count == 1 ? "%0\(hex)" : "%\(hex)"
            } else {
                encoded.unicodeScalars.append(scalar)
            }
        }
        append(encoded, to: &out)
    }

    /// Whether a link target may be emitted: http, https and mailto URLs, and relative paths and
    /// `#anchors`. Anything else with a scheme (`javascript:`, `data:`, `vbscript:`, `file:`)
    /// is refused.
    ///
    /// A scheme is whatever precedes the first `:` that comes before any `/`, `?` or `#`, compared
    /// without trimming: browsers strip leading spaces and embedded tabs, so `" java\tscript:"`
    /// must count as an unknown scheme rather than as a relative path.
    static func isSafeURL(_ url: String) -> Bool {
        let utf8 = url.utf8
        var schemeLength = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: ":"):
                let scheme = utf8.prefix(schemeLength).map { $0 | 0x20 }  // ASCII lower-casing; non-letters never match below
                return scheme.elementsEqual("http".utf8) || scheme.elementsEqual("https".utf8) || scheme.elementsEqual("mailto".utf8)
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                return true
            default:
                schemeLength += 1
            }
        }
        return true
    }
}
