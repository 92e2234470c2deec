/// Lowercasing and accent folding for matching words in four languages ("Février" ~ "fevrier").
enum TextFolding {
    static let accents: [Character: String] = [
        "à": "a", "á": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "æ": "ae", "ç": "c",
        "è": "e", "é": "e", "ê": "e", "ë": "e", "ì": "i", "í": "i", "î": "i", "ï": "i",
        "ñ": "n", "ò": "o", "ó": "o", "ô": "o", "õ": "o", "ö": "o", "ø": "o", "œ": "oe",
        "ù": "u", "ú": "u", "û": "u", "ü": "u", "ý": "y", "ÿ": "y", "ß": "ss",
        "ą": "a", "ć": "c", "č": "c", "ę": "e", "ě": "e", "ł": "l", "ń": "n", "ř": "r",
        "ś": "s", "š": "s", "ť": "t", "ů": "u", "ź": "z", "ż": "z", "ž": "z", "ğ": "g", "ı": "i", "ş": "s",
    ]

    /// Lowercase ASCII-ish text: "Expérience" -> "experience".
    static func fold(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                out.append(character.lowercased().first ?? character)
                continue
            }
            let lower = Character(character.lowercased())
            if let plain = accents[lower] { out += plain } else { out.append(lower) }
        }
        return out
    }

    /// Ligatures, non-breaking and odd spaces, soft hyphens and zero-width characters that PDFs
    /// and Word files carry, normalised; runs of spaces collapsed; ends trimmed.
    static func clean(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
                continue
            case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                break
            }
            if pendingSpace { out += " "; pendingSpace = false }
            switch scalar.value {
            case 0xFB00: out += "ff"
            case 0xFB01: out += "fi"
            case 0xFB02: out += "fl"
            case 0xFB03: out += "ffi"
            case 0xFB04: out += "ffl"
            case 0xFB05, 0xFB06: out += "st"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
