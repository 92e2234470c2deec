import Testing
import MarkdownSupport

private func html(_ markdown: String) -> String {
    HTMLRenderer().render(markdown: markdown)
}

@Test func keepsWebMailRelativeAndAnchorLinks() {
    #expect(html("[a](https://x.org) [b](HTTP://x.org) [c](mailto:ada@x.org)\n")
        == "<p><a href=\"https://x.org\">a</a> <a href=\"HTTP://x.org\">b</a> <a href=\"mailto:ada@x.org\">c</a></p>\n")
    #expect(html("[d](../cv.html) [e](#skills) [f](?q=1)\n")
        == "<p><a href=\"../cv.html\">d</a> <a href=\"#skills\">e</a> <a href=\"?q=1\">f</a></p>\n")
}

@Test func dropsJavascriptLinksButKeepsTheirText() {
    #expect(html("[click *me*](javascript:alert(1))\n") == "<p>click <em>me</em></p>\n")
    #expect(html("[x](JavaScript:alert(1)) [y](data:text/html,hi) [z](vbscript:x) [w](file:///etc/passwd)\n") == "<p>x y z w</p>\n")
}

@Test func dropsSchemesDisguisedWithEntitiesOrWhitespace() {
    // cmark decodes the references, so the URL reaches the renderer as " java\tscript:..."
    #expect(html("[x](&#32;javascript:alert(1)) [y](<java&#9;script:alert(1)>) [z](&#106;avascript:alert(1))\n") == "<p>x y z</p>\n")
}

@Test func unsafeImagesRenderTheirAltText() {
    #expect(html("![Ada & \"me\"](javascript:alert(1))\n") == "<p>Ada &amp; &quot;me&quot;</p>\n")
}

@Test func autolinkedAddressesAreChecked() {
    #expect(html("<javascript:alert(1)> <https://ok.org>\n") == "<p>javascript:alert(1) <a href=\"https://ok.org\">https://ok.org</a></p>\n")
}
