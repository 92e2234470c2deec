import Testing
import MarkdownSupport

private func html(_ markdown: String) -> String {
    HTMLRenderer().render(markdown: markdown)
}

@Test func scriptInADocumentRendersAsText() {
    #expect(html("<script>alert(1)</script>\n") == "&lt;script&gt;alert(1)&lt;/script&gt;\n")
    #expect(html("Hi <script>alert(1)</script>!\n") == "<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;!</p>\n")
}

@Test func keepsAllowedLayoutElementsWithAClass() {
    #expect(html("<div class=\"entry\">\n<span class=\"date right\">2020 – 2024</span>\n</div>\n")
        == "<div class=\"entry\">\n<span class=\"date right\">2020 – 2024</span>\n</div>\n")
    #expect(html("Line<br/>break and <small>fine print</small> and <em>em</em>\n")
        == "<p>Line<br>break and <small>fine print</small> and <em>em</em></p>\n")
}

@Test func keptTagsAreWrittenAfresh() {
    #expect(html("<DIV   CLASS='entry' >x</DIV>\n") == "<div class=\"entry\">x</div>\n")
}

@Test func escapesTagsWithEventHandlersOrStyles() {
    #expect(html("<div class=\"entry\" onclick=\"steal()\">x</div>\n")
        == "&lt;div class=&quot;entry&quot; onclick=&quot;steal()&quot;&gt;x&lt;/div&gt;\n")
    #expect(html("<span style=\"color:red\">x</span>\n") == "<p>&lt;span style=&quot;color:red&quot;&gt;x&lt;/span&gt;</p>\n")
    #expect(html("<img src=x onerror=alert(1)>\n") == "&lt;img src=x onerror=alert(1)&gt;\n")
}

@Test func escapesClassValuesOutsideTheSafeAlphabet() {
    #expect(html("<span class=\"a\\\" onclick=\">x</span>\n").contains("&lt;span"))
    #expect(html("<span class=\"x;y\">z</span>\n") == "<p>&lt;span class=&quot;x;y&quot;&gt;z&lt;/span&gt;</p>\n")
}

@Test func checksHrefsOnAnchors() {
    #expect(html("<a href=\"https://ada.dev\" class=\"site\">site</a>\n") == "<p><a href=\"https://ada.dev\" class=\"site\">site</a></p>\n")
    #expect(html("<a href=\"javascript:alert(1)\">x</a>\n") == "<p>&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;</p>\n")
    #expect(html("<a href=\"&#106;avascript:alert(1)\">x</a>\n") == "<p>&lt;a href=&quot;&#106;avascript:alert(1)&quot;&gt;x&lt;/a&gt;</p>\n")
    #expect(html("<a href=\"?a=1&amp;b=2\">q</a>\n") == "<p><a href=\"?a=1&amp;b=2\">q</a></p>\n")
}

@Test func unmatchedCloseTagsCannotEscapeTheDocument() {
    // A stray </div> would close the template's own container.
    #expect(html("</div></section>\n\ntext\n") == "&lt;/div&gt;&lt;/section&gt;\n<p>text</p>\n")
}

@Test func elementsLeftOpenAreClosedAtTheEnd() {
    #expect(html("<div class=\"entry\">\n\n**Engineer**\n") == "<div class=\"entry\">\n<p><strong>Engineer</strong></p>\n</div>\n")
}

@Test func commentsAreDroppedAndReferencesKept() {
    #expect(html("a <!-- note to self --> b &nbsp; <span>&copy; & x</span>\n")
        == "<p>a  b \u{00A0} <span>© &amp; x</span></p>\n")
}

@Test func aRepeatedTagIsKeptEachTimeAsTheFirstTime() {
    // A CV's entries open the same span again and again; each is kept, and closed, alike.
    #expect(html("A <span class=\"dates\">2020</span> B <span class=\"dates\">2021</span> C <span class=\"dates\">x</span>\n")
        == "<p>A <span class=\"dates\">2020</span> B <span class=\"dates\">2021</span> C <span class=\"dates\">x</span></p>\n")
    // Repeated, but left open: the end of the document closes each one.
    #expect(html("<span class=\"a\">x <span class=\"a\">y\n")
        == "<p><span class=\"a\">x <span class=\"a\">y</p>\n</span></span>\n")
    // A close tag for an element opened further out closes the inner ones first, every time.
    #expect(html("<em>a <strong>b</em> <em>c <strong>d</em>\n")
        == "<p><em>a <strong>b</strong></em> <em>c <strong>d</strong></em></p>\n")
    // A repeated tag that is not kept stays text each time.
    #expect(html("<span onclick=\"x\">a</span> <span onclick=\"x\">b</span>\n")
        == "<p>&lt;span onclick=&quot;x&quot;&gt;a&lt;/span&gt; &lt;span onclick=&quot;x&quot;&gt;b&lt;/span&gt;</p>\n")
}
