/// URLs as template data: readable in Markdown, and safe both as a link's destination and as
/// text. Percent-encodes what could end a destination or start Markdown markup (space,
/// parentheses, brackets, angle brackets, `*`, `_`, backquote, backslash, control characters);
/// everything else is left as written, so `https://example.com` stays `https://example.com`.
enum LinkDestination {
    /// Whether values under this key are addresses wherever they appear in template data: `url`,
    /// `website`, `href`, `image`. By length, then by text: asked of every member of every CV entry.
    static func isAddressKey(_ key: String) -> Bool {
        switch key.utf8.count {
        case 3: key == "url"
        case 4: key == "href"
        case 5: key == "image"
        case 7: key == "website"
        default: false
        }
    }

    static func value(_ url: String) -> TemplateValue { .raw(encode(url)) }

    static func encode(_ url: String) -> String {
        // Most addresses need nothing: returned as they are, without a scalar-by-scalar copy.
        guard url.utf8.contains(where: needsEncoding) else { return url }
        var out = ""
        out.reserveCapacity(url.utf8.count)
        for scalar in url.unicodeScalars {
            if scalar.isASCII, needsEncoding(UInt8(scalar.value)) {
                out += "%" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `encode` percent-encodes this byte: the one list of what it encodes (every byte of
    /// a multi-byte scalar is 0x80 or above, and none is).
    static func needsEncoding(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00..<0x20, 0x7F, UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "\\"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"):
            return true
        default:
            return false
        }
    }
}
