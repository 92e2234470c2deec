import Testing
import MarkdownSupport

@Test func headingsGetSlugIDs() {
    let markdown = "# Work Experience\n\n## C++ & *Swift* (2020–2024)\n\n## Über uns\n\n## !!!\n"
    let document = CommonMarkConverter.parse(markdown, file: "a.md")
    #expect(document.headingAnchors.map(\.id) == ["work-experience", "c-swift-20202024", "über-uns", "section"])
    #expect(HTMLRenderer().render(markdown: markdown).hasPrefix(
        "<h1 id=\"work-experience\">Work Experience</h1>\n<h2 id=\"c-swift-20202024\">C++ &amp; <em>Swift</em> (2020–2024)</h2>\n"))
}

@Test func repeatedHeadingsAreNumbered() {
    let markdown = "## Experience\n\n## Experience\n\n## Experience 1\n\n> ## Experience\n"
    let document = CommonMarkConverter.parse(markdown, file: "a.md")
    // A literal "Experience 1" after a repeat must not collide with the repeat's id.
    #expect(document.headingAnchors.map(\.id) == ["experience", "experience-1", "experience-1-1", "experience-2"])
    let html = HTMLRenderer().render(markdown: markdown)
    for id in ["experience", "experience-1", "experience-1-1", "experience-2"] {
        #expect(html.contains("id=\"\(id)\""))
    }
}

@Test func anchorsCarryLevelTextAndRange() {
    let document = CommonMarkConverter.parse("intro\n\n### Skills *and* tools\n", file: "cv.md", lineOffset: 3)
    #expect(document.headingAnchors == [
        HeadingAnchor(level: 3, text: "Skills and tools", id: "skills-and-tools",
                      range: SourceRange(file: "cv.md", startLine: 6, startColumn: 1, endLine: 6, endColumn: 22)),
    ])
}
