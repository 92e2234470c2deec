import Testing
@testable import MarkdownSupport

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

/// Headings of ASCII and the punctuation CV headings use are slugged from their bytes; the
/// result must be what reading them scalar by scalar gives, at the edges of every byte-read range.
@Test func bytewiseSlugsAreTheScalarOnes() {
    let samples = [
        "Engineering Manager · Tyrell Robotics Feb 2022 – present", "Work Experience (2020–2024)", "  Lead -- Dev_Ops  ",
        "a\u{B6}b", "a\u{B7}b", "a\u{B8}b", "a\u{200F}b", "a\u{2010}b", "a\u{2027}b", "a\u{2028}b", "a\u{202F}b", "a\u{2030}b",
        "a\u{203F}b", "a\u{2040}b", "a\u{205E}b", "a\u{205F}b", "a\u{2060}b", "Über uns · 2024", "C++ & Swift", "!!!", "", "·", "x\u{C2}",
        "tab\there\nnew", "MiXeD 123 cAsE",
    ]
    for text in samples {
        #expect(HeadingIDs.slug(text) == HeadingIDs.scalarSlug(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        // The HTML writer's heading text comes as bytes: the same slug, and the same numbering.
        #expect(HeadingIDs.slug(utf8: Array(text.utf8)) == HeadingIDs.slug(text), "\(text)")
        var fromText = HeadingIDs(), fromBytes = HeadingIDs()
        #expect([fromText.next(for: text), fromText.next(for: text)] == [fromBytes.next(forUTF8: Array(text.utf8)), fromBytes.next(forUTF8: Array(text.utf8))])
    }
}

