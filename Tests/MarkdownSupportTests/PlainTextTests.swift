import Testing
import MarkdownSupport

@Test func plainTextDropsMarkupAndKeepsWords() {
    let document = CommonMarkConverter.parse("""
        # Ada *Lovelace*

        Wrote the [first](https://example.com) `program`<br>
        for ~~a~~ the engine.

        - one
        - two

        <div class="entry">hidden</div>
        """, file: "a.md")
    #expect(document.blocks[0].plainText == "Ada Lovelace")
    #expect(document.plainText == "Ada Lovelace\nWrote the first program for a the engine.\none\ntwo")
}

@Test func plainTextOfATableSeparatesCellsWithTabs() {
    let document = CommonMarkConverter.parse("| a | b |\n|---|---|\n| `c` | **d** |\n", file: "a.md")
    #expect(document.plainText == "a\tb\nc\td")
}
