import Testing
import MarkdownSupport

private let representativeCV = """
    # Ada Lovelace

    *Analyst* and **programmer**; see [my site](https://ada.dev "Home") or <ada@example.com>.\\
    Works with `C#`, ``a`b`` and ~~punch~~ cards. Costs 5 \\* 3 \\< 20 &amp; 1\\. 2020\\. Wow\\![x](y)

    ## Experience

    ### Engineer — Analytical Engine (1842–1843)

    - Wrote the *first* program
    - Notes:
      1. Note A
      2. Note B
    - [x] Published

    * a second list
    * right after the first

    > Quoted **praise**.
    >
    > - with a list

    | Skill | Level | Since |
    |:------|:-----:|------:|
    | Maths | *expert* | 1833 |
    | Pipes \\| in cells | `a \\| b` | |

    ```swift
    let engine = "difference"
    ```

    <div class="entry">
    <span class="date">1843</span>
    </div>

    ***

    ![portrait](ada.png "Ada")

    Setext heading
    ==============

    1) paren list

    2) loose

    Footnote[^n].

    [^n]: Text of the note.
    """

@Test func markdownRoundTripKeepsTheTree() {
    let original = CommonMarkConverter.parse(representativeCV, file: "cv.md")
    let written = MarkdownRenderer().render(original)
    let reparsed = CommonMarkConverter.parse(written, file: "cv.md")
    #expect(reparsed.outline() == original.outline(), "\(written)")
}

@Test func writingIsStable() {
    let once = MarkdownRenderer().render(CommonMarkConverter.parse(representativeCV, file: "cv.md"))
    let twice = MarkdownRenderer().render(CommonMarkConverter.parse(once, file: "cv.md"))
    #expect(once == twice)
}

@Test func normalisesToATXDashesAndFences() {
    let document = CommonMarkConverter.parse("Title\n=====\n\n    code\n\n* a\n+ b\n\n___\n", file: "a.md")
    #expect(MarkdownRenderer().render(document) == "# Title\n\n```\ncode\n```\n\n- a\n\n* b\n\n***\n")
}

@Test func writesTablesWithPipes() {
    let document = CommonMarkConverter.parse("|a|b|\n|:-:|-|\n|1|2|\n", file: "a.md")
    #expect(MarkdownRenderer().render(document) == "| a | b |\n| :-: | --- |\n| 1 | 2 |\n")
}

@Test func roundTripsTreesBuiltInCode() {
    let range = SourceRange(file: "gen.md", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1)
    let document = MarkdownDocument(file: "gen.md", blocks: [
        MarkdownBlock(.heading(level: 2, [.text("Score: 10 #")]), range: range),
        MarkdownBlock(.paragraph([.text("- not a list "), .strong([.emphasis([.text("both")])]), .text(" 3. ok")]), range: range),
        MarkdownBlock(.list(MarkdownList(style: .bullet, isTight: true, items: [
            MarkdownListItem(blocks: [MarkdownBlock(.thematicBreak, range: range)], range: range),
        ])), range: range),
    ])
    let reparsed = CommonMarkConverter.parse(MarkdownRenderer().render(document), file: "gen.md")
    #expect(reparsed.outline() == document.outline())
}

@Test(arguments: [
    "**a**_b_", "*a*_b_", "_a_*b* c", "**a***b*", "*_x_*", "**_x_**", "***x***", "__*x*__1", "*a **b** c*",
    "&copy;*(x)*", "*(x)*&copy;", "~~a~~ ~b~", "a~~b~~c", "x\\~~y", "snake_case_name", "[a *b*](u) ![c](d \"t\")",
    "`` `a` `` and ` b `", "Wow\\![x](y)", "[^n] text\n\n[^n]: note", "<span class=\"x\">a</span> b", "a  \nb\\\nc",
    "https://x.org/a?b=1&c=2 and www.x.org", "<mailto:ada@x.org>", "[x](<a b> \"q\\\"\")", "[x](a&amp;b)",
])
func trickyInlinesRoundTrip(_ markdown: String) {
    let original = CommonMarkConverter.parse(markdown, file: "a.md")
    let written = MarkdownRenderer().render(original)
    #expect(CommonMarkConverter.parse(written, file: "a.md").outline() == original.outline(), "\(written)")
}
