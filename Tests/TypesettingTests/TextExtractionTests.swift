import MarkdownSupport
import PDFReading
import Testing
import Typesetting

@Suite struct TextExtractionTests {
    @Test func everyWordOfEveryBlockKindExtractsInOrder() throws {
        let (rendering, file) = try typeset(kitchenSink)
        let document = CommonMarkConverter.parse(kitchenSink, file: "sink.md")
        let text = file.pages.joined(separator: "\n")
        // Tables aside: Poppler reads a table's columns with its own heuristics, so only their
        // words are checked, below.
        let expected = words(MarkdownBlock.plainText(of: document.blocks.filter { if case .table = $0.kind { false } else { true } }))
        let missing = firstMissingInOrder(expected, in: words(text))
        #expect(missing == nil, "word \(missing?.index ?? 0) '\(missing?.word ?? "")' is missing or out of order")
        for cell in ["Skill", "Level", "Years", "Go", "Expert", "8", "PostgreSQL", "Advanced", "6",
                     "Kubernetes and everything around it, at length", "Intermediate", "3"] {
            #expect(text.contains(cell))
        }
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
    }

    /// Entries as the classic template writes them: the dates read after the title, before the rest.
    /// (Poppler orders a right-aligned block by what lies under it: when only short lines follow a
    /// short title, it may read the dates after them. `dates: inline` avoids that altogether.)
    static let entry = """
        ## Experience

        ### Senior Engineer · Acme <span class="dates">Mar 2019 – Present</span>

        *Berlin, Germany*

        - Led the migration of card processing from a PHP monolith to Go services, cutting latency.

        ### Engineer · Initech <span class="dates">Jan 2015 – Feb 2019</span>

        - Built the carrier integration layer, connecting 14 carriers through one tracking API.
        """

    @Test func rightAlignedDatesReadAfterTheirTitle() throws {
        let (_, file) = try typeset(Self.entry)
        let text = words(file.pages[0])
        #expect(text == words("Experience Senior Engineer · Acme Mar 2019 – Present Berlin, Germany Led the migration of card processing from a PHP monolith to Go services, cutting latency. Engineer · Initech Jan 2015 – Feb 2019 Built the carrier integration layer, connecting 14 carriers through one tracking API."))
    }

    @Test func inlineDatesShareTheTitleLine() throws {
        var style = PDFStyle()
        style.dates = .inline
        let (_, file) = try typeset(Self.entry, style: style)
        let lines = file.pages[0].split(separator: "\n").map(String.init)
        #expect(lines.contains("Senior Engineer · Acme Mar 2019 – Present"))
        #expect(lines.contains("Engineer · Initech Jan 2015 – Feb 2019"))
    }

    @Test func datesOfAWrappedTitleComeAfterTheWholeTitle() throws {
        let title = "Principal Engineer for Distributed Payment Systems and Ledger Reconciliation · A Company With A Very Long Name"
        let body = "- A highlight long enough to span the width of the page, as the highlights under an entry usually do."
        let (_, file) = try typeset("## Experience\n\n### \(title) <span class=\"dates\">Jan 2020 – Dec 2023</span>\n\n\(body)\n")
        #expect(words(file.pages[0]) == words("Experience " + title + " Jan 2020 – Dec 2023 " + body))
    }

    @Test func markupCharactersAndNonLatinTextSurvive() throws {
        let markdown = """
            # Zoë Ünlü

            R&D at AT&T: 3 < 5 > 2, "quotes" and 'apostrophes', <b>not a tag</b> &amp; more.

            Ελληνικά, русский, Türkçe, Čeština, 😀 ★ ✓ ☎.
            """
        let (rendering, file) = try typeset(markdown)
        let text = file.pages.joined(separator: "\n")
        for expected in ["Zoë Ünlü", "R&D at AT&T: 3 < 5 > 2", "\"quotes\"", "<b>not a tag</b> & more.",
                         "Ελληνικά, русский, Türkçe, Čeština,", "😀", "★", "✓", "☎"] {
            #expect(text.contains(expected), "missing \(expected) in \(text)")
        }
        #expect(rendering.missingCharacters.isEmpty)
    }

    /// CJK needs a CJK font (fonts-noto-cjk, fonts-droid-fallback...). With one, the text extracts;
    /// without, the rendering names the characters so the build can say which font to install.
    @Test func cjkTextExtractsOrIsReportedMissing() throws {
        let (rendering, file) = try typeset("Zoë Ünlü, 東京\n")
        if rendering.missingCharacters.isEmpty {
            #expect(file.pages[0].contains("Zoë Ünlü, 東京"))
        } else {
            #expect(Set(rendering.missingCharacters) == ["東", "京"])
            #expect(rendering.warnings.contains { $0.contains("東") && $0.contains("京") })
            #expect(file.pages[0].contains("Zoë Ünlü"))
        }
    }

    @Test func ampersandInAHeadingAndLinkTextStillRenders() throws {
        let (_, file) = try typeset("## R&D <span class=\"dates\">2020 & 2021</span>\n\n[Q&A](https://example.com/?a=1&b=2)\n")
        for piece in ["R&D", "2020 & 2021", "Q&A"] { #expect(file.pages[0].contains(piece)) }
        #expect(file.links.map(\.uri) == ["https://example.com/?a=1&b=2"])
    }
}
