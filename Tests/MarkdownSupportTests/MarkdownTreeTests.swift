import Testing
import MarkdownSupport

@Test func parsesCommonMarkBlocksIntoTheTree() {
    let document = CommonMarkConverter.parse("""
        ## Skills

        Some *emphasis*, **strong** and `code`.

        3. three
        4. four

        ```swift
        let x = 1
        ```

        ---
        """, file: "a.md")
    #expect(document.outline() == """
        document
          heading 2
            text "Skills"
          paragraph
            text "Some "
            emphasis
              text "emphasis"
            text ", "
            strong
              text "strong"
            text " and "
            code "code"
            text "."
          list ordered 3 tight
            item
              paragraph
                text "three"
            item
              paragraph
                text "four"
          codeBlock "swift" "let x = 1\\n"
          thematicBreak
        """)
}

@Test func parsesGFMTableWithAlignments() {
    let document = CommonMarkConverter.parse("| Skill | Level | Years |\n|:--|:-:|--:|\n| Swift | *expert* | 9 |\n| Go |\n", file: "a.md")
    guard case .table(let table) = document.blocks[0].kind else {
        Issue.record("expected a table")
        return
    }
    #expect(table.alignments == [.left, .center, .right])
    #expect(table.header.cells == [[.text("Skill")], [.text("Level")], [.text("Years")]])
    #expect(table.rows.count == 2)
    #expect(table.rows[0].cells[1] == [.emphasis([.text("expert")])])
    // A short row is padded to the table's width.
    #expect(table.rows[1].cells == [[.text("Go")], [], []])
}

@Test func parsesTaskListItems() {
    let document = CommonMarkConverter.parse("- [ ] open\n- [x] done\n- plain\n", file: "a.md")
    guard case .list(let list) = document.blocks[0].kind else {
        Issue.record("expected a list")
        return
    }
    #expect(list.items.map(\.task) == [.unchecked, .checked, nil])
}

@Test func strikethroughNeedsTwoTildes() {
    let document = CommonMarkConverter.parse("~~old~~ and ~5 years~\n", file: "a.md")
    #expect(document.blocks[0].kind == .paragraph([.strikethrough([.text("old")]), .text(" and ~5 years~")]))
}

@Test func autolinksBareURLs() {
    let document = CommonMarkConverter.parse("See https://example.com/cv or www.example.org.\n", file: "a.md")
    #expect(document.blocks[0].kind == .paragraph([
        .text("See "),
        .link(url: "https://example.com/cv", title: "", [.text("https://example.com/cv")]),
        .text(" or "),
        .link(url: "http://www.example.org", title: "", [.text("www.example.org")]),
        .text("."),
    ]))
}

@Test func footnotesKeepTheirLabels() {
    let document = CommonMarkConverter.parse("Led a team[^size] of five[^size].\n\n[^size]: Later twelve.\n", file: "a.md")
    #expect(document.blocks[0].kind == .paragraph([
        .text("Led a team"), .footnoteReference(label: "size"), .text(" of five"), .footnoteReference(label: "size"), .text("."),
    ]))
    guard case .footnoteDefinition(let label, let blocks) = document.blocks[1].kind else {
        Issue.record("expected a footnote definition")
        return
    }
    #expect(label == "size")
    #expect(MarkdownBlock.plainText(of: blocks) == "Later twelve.")
}

@Test func adjacentTextIsMergedWhateverTheEscapes() {
    let escaped = CommonMarkConverter.parse(#"a \*b\* &amp; c\[d\]"# + "\n", file: "a.md")
    #expect(escaped.blocks[0].kind == .paragraph([.text("a *b* & c[d]")]))
}
