import Core
import Testing

/// The byte fast path must keep exactly what trimming whitespace Characters keeps.
@Suite struct WhitespaceTrimmingTests {
    /// The definition: drop whole Characters whose first scalar is whitespace, from both ends.
    static func byCharacters(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    static let cases = [
        "", " ", " \t\r\n ", "plain", "  two words  ", "\tTab\t", "line\r\n", "\r\nCRLF\r\n",
        "Français ", " Español", "ends in é", "\u{00A0}no-break\u{00A0}", "\u{3000}ideographic\u{3000}",
        // A combining mark joins the space before it into one whitespace Character.
        " \u{0301}accent", "accent \u{0301}",
        // A prepended scalar takes the space after it into a Character that is not whitespace.
        "x \u{0600} ", "\u{0600} x",
        " a ", "a", "-", "\u{0085}next line\u{0085}", "emoji 👍 ", " 👍",
    ]

    @Test(arguments: cases) func keepsWhatTrimmingCharactersKeeps(_ text: String) {
        #expect(text.trimmingWhitespace() == Self.byCharacters(text))
        #expect(Substring(text).trimmingWhitespace() == Self.byCharacters(text))
    }

    @Test func trimsASliceWithinItsOwnBounds() {
        let line = "| Go ,  Rust |"
        let field = line.split(byte: UInt8(ascii: ","))[1]
        #expect(field.trimmingWhitespace() == "Rust |")
        #expect(line.dropFirst().dropLast().trimmingWhitespace() == "Go ,  Rust")
    }
}
