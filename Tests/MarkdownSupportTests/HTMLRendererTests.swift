import Testing
import MarkdownSupport

private func html(_ markdown: String, headingOffset: Int = 0) -> String {
    HTMLRenderer(headingOffset: headingOffset).render(markdown: markdown)
}

@Test func rendersParagraphsListsAndCode() {
    #expect(html("Hello *world*, **bold** ~~gone~~ `x < y`.\n\n- a\n- b\n\n3. c\n\n```swift\nlet s = \"<b>\"\n```\n") == """
        <p>Hello <em>world</em>, <strong>bold</strong> <del>gone</del> <code>x &lt; y</code>.</p>
        <ul>
        <li>a</li>
        <li>b</li>
        </ul>
        <ol start="3">
        <li>c</li>
        </ol>
        <pre><code class="language-swift">let s = &quot;&lt;b&gt;&quot;
        </code></pre>

        """)
}

@Test func escapesTextAndAttributes() {
    #expect(html("Tom & Jerry's \"show\" 1 \\< 2 \\> 0\n") == "<p>Tom &amp; Jerry&#39;s &quot;show&quot; 1 &lt; 2 &gt; 0</p>\n")
    #expect(html("[x](</a?b=1&c=2> \"It's <title> & \\\"q\\\"\")\n")
        == "<p><a href=\"/a?b=1&amp;c=2\" title=\"It&#39;s &lt;title&gt; &amp; &quot;q&quot;\">x</a></p>\n")
    #expect(html("![a \"quoted\" alt](img.png)\n") == "<p><img src=\"img.png\" alt=\"a &quot;quoted&quot; alt\"></p>\n")
}

@Test func attributeValuesCannotBeBrokenOutOf() {
    // A destination in angle brackets may hold quotes and spaces.
    #expect(html("[x](</a\" onmouseover=\"alert(1)> \"t' onclick='x\")\n")
        == "<p><a href=\"/a&quot;%20onmouseover=&quot;alert(1)\" title=\"t&#39; onclick=&#39;x\">x</a></p>\n")
}

@Test func looseListsWrapParagraphs() {
    #expect(html("- a\n\n- b\n") == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
}

@Test func headingOffsetShiftsLevelsWithinOneToSix() {
    #expect(html("# Ada\n\n###### Deep\n", headingOffset: 1) == "<h2 id=\"ada\">Ada</h2>\n<h6 id=\"deep\">Deep</h6>\n")
}

@Test func rendersGFMTableWithAlignment() {
    #expect(html("| Skill | Level | Years |\n|:--|:-:|--:|\n| Swift | *expert* | 9 |\n") == """
        <table>
        <thead>
        <tr>
        <th style="text-align: left">Skill</th>
        <th style="text-align: center">Level</th>
        <th style="text-align: right">Years</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td style="text-align: left">Swift</td>
        <td style="text-align: center"><em>expert</em></td>
        <td style="text-align: right">9</td>
        </tr>
        </tbody>
        </table>

        """)
}

@Test func rendersTaskListsWithDisabledCheckboxes() {
    #expect(html("- [ ] write CV\n- [x] learn Swift\n") == """
        <ul>
        <li class="task-list-item"><input type="checkbox" disabled> write CV</li>
        <li class="task-list-item"><input type="checkbox" disabled checked> learn Swift</li>
        </ul>

        """)
}

@Test func rendersFootnotesAtTheEnd() {
    #expect(html("Led a team[^n].\n\n[^n]: Of five.\n") == """
        <p>Led a team<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>.</p>
        <section class="footnotes">
        <ol>
        <li id="fn-1">
        <p>Of five.</p>
        <a href="#fnref-1" class="footnote-backref">\u{21A9}</a>
        </li>
        </ol>
        </section>

        """)
}

@Test func rendersHardAndSoftBreaks() {
    #expect(html("one\ntwo\\\nthree\n") == "<p>one\ntwo<br>\nthree</p>\n")
}

@Test func headingIDsAreTheOnesTheTreeLists() {
    // PDF and DOCX link to sections by the ids the Swift tree lists; the HTML, written from
    // cmark's nodes, must give the same ones, footnote headings (written last) included.
    let markdown = "# A *b* `c`\n\nText[^n].\n\n## A b c\n\n> ### [Linked](x.html) ![img](p.png)\n\n[^n]: ## A b c\n"
    let rendered = html(markdown)
    let ids = CommonMarkConverter.parse(markdown, file: "t.md").headingAnchors.map(\.id)
    #expect(ids == ["a-b-c", "a-b-c-1", "linked-img", "a-b-c-2"])
    let written = rendered.split(separator: "id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.filter { !$0.hasPrefix("fn") }
    #expect(written == ids)
}

@Test func repeatedAndUndefinedFootnoteReferences() {
    let rendered = html("One[^a], two[^a], none[^zz].\n\n[^a]: Note.\n")
    #expect(rendered.hasPrefix("<p>One<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>, two<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\">1</a></sup>, none[^zz].</p>\n"))
}

@Test func shortTableRowsArePaddedAndAHeaderOnlyTableHasNoBody() {
    #expect(html("| a | b |\n|---|---|\n| 1 |\n") == """
        <table>
        <thead>
        <tr>
        <th>a</th>
        <th>b</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>1</td>
        <td></td>
        </tr>
        </tbody>
        </table>

        """)
    #expect(html("| a |\n|---|\n") == "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n")
}

@Test func whatFollowsATaskBoxIsItsParagraphsText() {
    // cmark-gfm reads the rest of a task line as paragraph text, even a quote or heading marker.
    #expect(html("- [ ] > quoted\n\n1. [x] # heading\n") == """
        <ul>
        <li class="task-list-item"><input type="checkbox" disabled> &gt; quoted</li>
        </ul>
        <ol>
        <li class="task-list-item"><input type="checkbox" disabled checked> # heading</li>
        </ol>

        """)
}
