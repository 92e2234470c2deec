/// Escaping and URL checks shared by the HTML renderer and the raw-HTML sanitiser.
enum HTMLEscaping {
    /// Appends `text` with `& < > " '` replaced by references, safe in element content and in
    /// quoted attribute values alike.
    static func append<S: StringProtocol>(_ text: S, to out: inout String) {
        // Most text has nothing to escape; appending it whole is several times faster than
        // appending it in slices.
        // The check reads the text's own storage: through the generic view it went byte by byte.
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isSpecial) }) ?? text.utf8.contains(where: isSpecial) else {
            // As a String: `out += text` on a generic StringProtocol appended it Character by Character.
            out += String(text)
            return
        }
        out += escapedText(text.utf8, count: text.utf8.count)
    }

    /// The same for text as UTF-8 bytes (a cmark node's content, read in place).
    static func append(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout String) {
        guard text.contains(where: isSpecial) else {
            out += String(decoding: text, as: UTF8.self)
            return
        }
        out += escapedText(text, count: text.count)
    }

    /// `count` bytes of text with every special character replaced by its reference.
    private static func escapedText(_ text: some Sequence<UInt8>, count: Int) -> String {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(count + 16)
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): escaped += "&amp;".utf8
            case UInt8(ascii: "<"): escaped += "&lt;".utf8
            case UInt8(ascii: ">"): escaped += "&gt;".utf8
            case UInt8(ascii: "\""): escaped += "&quot;".utf8
            case UInt8(ascii: "'"): escaped += "&#39;".utf8
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// `text` escaped for HTML.
    static func escaped(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends a URL for an `href` or `src`: spaces and control characters percent-encoded (a
    /// browser would drop or mangle them), then escaped as an attribute.
    static func appendURL(_ url: String, to out: inout String) {
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
