import Testing
import MarkdownSupport

/// Parsing the escaped text must give one paragraph of exactly the original text.
private func roundTrips(_ text: String) -> Bool {
    let document = CommonMarkConverter.parse(MarkdownEscaping.escape(text), file: "data.md")
    return document.blocks.count == 1 && document.blocks[0].kind == .paragraph([.text(text)])
}

@Test(arguments: [
    "# not a heading", "## neither", "<b>x</b>", "<script>alert(1)</script>", "[a](javascript:x)", "![i](x.png)",
    "*x*", "_x_", "**bold**", "__bold__", "~~gone~~", "`code`", "1. y", "2020) year", "- item", "+ item", "* item",
    "> quote", "---", "***", "___", "===", "| a | b |", "&amp; &#42; &#x2A;", "back\\slash\\", "a\\*b", "[^1]",
    "[ref]: https://x.org", "```swift", "~~~", "https://example.com", "www.example.com", "Wow!", "AT&T; R&D",
    "<https://x.org>", "snake_case_name", "price: $5 * 3", "  leading and trailing  ", "\t tabbed", " ",
    "Ünïcödé — “quotes” ✓", "C# / F#", "a|b", "{braces} (parens)", "=", "-", "#", "1.", "\\",
])
func escapedDataParsesBackToItself(_ text: String) {
    #expect(roundTrips(text), "\(text) -> \(MarkdownEscaping.escape(text))")
}

@Test func plainTextComesBackUnchanged() {
    for text in ["Ada Lovelace", "Senior Engineer, Acme Inc.", "~5 years", "snake_case", "AT&T", "50% faster", "C++ (2020-2024)"] {
        #expect(MarkdownEscaping.escape(text) == text)
    }
}

@Test func escapesOnlyWhatWouldBeSyntax() {
    #expect(MarkdownEscaping.escape("# not a heading") == "\\# not a heading")
    #expect(MarkdownEscaping.escape("1. y") == "1\\. y")
    #expect(MarkdownEscaping.escape("[a](javascript:x)") == "\\[a\\](javascript:x)")
    #expect(MarkdownEscaping.escape("<b>x</b>") == "\\<b>x\\</b>")
    #expect(MarkdownEscaping.escape("*x*") == "\\*x\\*")
}

@Test func newlinesBecomeSpaces() {
    #expect(MarkdownEscaping.escape("line one\nline two\r\n# three") == "line one line two # three")
    let document = CommonMarkConverter.parse(MarkdownEscaping.escape("one\n- two"), file: "data.md")
    #expect(document.blocks.map(\.kind) == [.paragraph([.text("one - two")])])
}

@Test func aLineBreakAtEitherEndIsJoinedLikeOneInside() {
    // Text with nothing to escape is returned after one scan; a line break at an end must still
    // be found there and become a space (kept as an entity, as an edge space is).
    #expect(MarkdownEscaping.escape("plain\n") == "plain&#32;")
    #expect(MarkdownEscaping.escape("\rplain") == "&#32;plain")
    #expect(MarkdownEscaping.escape("a\nb") == "a b")
    #expect(MarkdownEscaping.escape("plain") == "plain")
}

@Test func escapedDataStaysLiteralInsideATemplateLine() {
    let name = MarkdownEscaping.escape("*Ada* | <i>x</i>")
    let document = CommonMarkConverter.parse("| Name | Role |\n|---|---|\n| \(name) | **Lead** |\n", file: "t.md")
    guard case .table(let table) = document.blocks[0].kind else {
        Issue.record("expected a table")
        return
    }
    #expect(table.rows[0].cells == [[.text("*Ada* | <i>x</i>")], [.strong([.text("Lead")])]])
}

@Test func escapedDataBeforeATemplateLinkStaysText() {
    let document = CommonMarkConverter.parse(MarkdownEscaping.escape("Wow!") + "[site](https://x.org)", file: "t.md")
    #expect(document.blocks[0].kind == .paragraph([.text("Wow!"), .link(url: "https://x.org", title: "", [.text("site")])]))
}

@Test func randomHostileStringsParseBackToThemselves() {
    // A fixed seed keeps the test deterministic; the fragments are Markdown's sharp edges.
    var random = SplitMix64(seed: 0x5EED)
    let fragments = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!", ":", ".", "#", "+", "-", "=", "(", ")",
                     "1", "a", "w", " ", "\t", "@", "/", ";", "é", "\"", "amp", "#x2A", "www.", "http://", "<a>", "<!--",
                     "1.", "2)", "---", "```", "~~", "__", "**", "[^1]", "]: ", "](x)", "&amp;", "\n- "]
    for _ in 0..<3000 {
        let length = Int(random.next() % 16) + 1
        let text = (0..<length).map { _ in fragments[Int(random.next() % UInt64(fragments.count))] }.joined()
        let expected = text.replacing("\n", with: " ")
        let document = CommonMarkConverter.parse(MarkdownEscaping.escape(text), file: "data.md")
        // cmark-gfm links e-mail addresses after parsing whatever the escapes (see MarkdownEscaping).
        let isEmailLink = document.blocks.first.map { block in
            if case .paragraph(let inlines) = block.kind {
                return inlines.contains { if case .link(let url, _, _) = $0 { url.hasPrefix("mailto:") } else { false } }
            }
            return false
        } ?? false
        if isEmailLink {
            #expect(document.plainText == expected)
        } else {
            #expect(document.blocks.map(\.kind) == [.paragraph([.text(expected)])], "\(text.debugDescription)")
        }
    }
}

@Test func everyPrintableASCIICharacterInsideTextRoundTrips() {
    // The escaper skips the bytes it deems plain inside a text without looking at them; each
    // printable character between letters, alone or doubled, must still parse back to itself.
    for byte in UInt8(0x20)...UInt8(0x7E) {
        let character = String(UnicodeScalar(byte))
        for text in ["a\(character)b", "a\(character)\(character)b", "ab \(character) cd"] {
            #expect(roundTrips(text), "\(text) -> \(MarkdownEscaping.escape(text))")
        }
    }
    for text in ["name@example.org", "(2020/2021)", "50% off?", "'quoted' \"twice\"", "a{b}c^d$e"] {
        #expect(MarkdownEscaping.escape(text) == text)
    }
}
