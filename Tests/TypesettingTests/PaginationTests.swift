import PDFReading
import Testing
import Typesetting

@Suite struct PaginationTests {
    /// Paragraphs numbered so each can be found on its page.
    static func longDocument(paragraphs: Int) -> String {
        (1...paragraphs).map { index in
            "Paragraph p\(index) " + String(repeating: "words fill the line until it wraps several times over ", count: 4)
        }.joined(separator: "\n\n")
    }

    @Test func aShortDocumentIsOnePageWithoutPageNumbers() throws {
        let (rendering, file) = try typeset("# Ada\n\nOne paragraph.\n", headerName: "Ada")
        #expect(file.pageCount == 1)
        #expect(rendering.pageCount == 1)
        #expect(!file.pages[0].contains("Page 1"))
    }

    @Test func aLongDocumentPaginatesWithHeaderAndPageXOfY() throws {
        let (_, file) = try typeset("# Ada Lovelace\n\n" + Self.longDocument(paragraphs: 60), headerName: "Ada Lovelace")
        #expect(file.pageCount >= 3)
        let count = file.pageCount
        for (index, page) in file.pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(count)"))
            // The running header is on continuation pages only; page 1 has the name as its title.
            let lines = page.split(separator: "\n")
            if index > 0 { #expect(lines.first == "Ada Lovelace") }
        }
        // Every paragraph is somewhere, once, in order.
        let numbers = file.pages.joined(separator: "\n").split(separator: " ").filter { $0.hasPrefix("p") && Int($0.dropFirst()) != nil }
        #expect(numbers.map { Int($0.dropFirst())! } == Array(1...60))
    }

    @Test func headerAndFooterCanBeTurnedOff() throws {
        var style = PDFStyle()
        style.showsHeader = false
        style.showsFooter = false
        let (_, file) = try typeset(Self.longDocument(paragraphs: 40), style: style, headerName: "Ada Lovelace")
        #expect(file.pageCount > 1)
        #expect(!file.pages.joined().contains("Page 1 of"))
        #expect(!file.pages.joined().contains("Ada Lovelace"))
    }

    @Test func explicitPageBreaksAreHonoured() throws {
        let markdown = """
            # Ada

            First page.

            <div class="page-break"></div>

            Second page.

            <hr class="page-break">

            Third page.
            """
        let (_, file) = try typeset(markdown, headerName: "Ada")
        #expect(file.pageCount == 3)
        #expect(file.pages[0].contains("First page.") && file.pages[0].contains("Page 1 of 3"))
        #expect(file.pages[1].contains("Second page.") && !file.pages[1].contains("First"))
        #expect(file.pages[2].contains("Third page."))
    }

    @Test func aPageBreakAtTheStartMakesNoBlankPage() throws {
        let (_, file) = try typeset("<div class=\"page-break\"></div>\n\nOnly page.\n")
        #expect(file.pageCount == 1)
    }

    @Test func usLetterAndA4HaveTheirSizes() throws {
        var style = PDFStyle()
        let (_, a4) = try typeset("A4.\n", style: style)
        style.paper = .letter
        let (_, letter) = try typeset("Letter.\n", style: style)
        #expect(abs(a4.pageSizes[0].width - 595.28) < 0.1 && abs(a4.pageSizes[0].height - 841.89) < 0.1)
        #expect(letter.pageSizes[0] == PDFPageSize(width: 612, height: 792))
    }

    @Test func aHeadingIsNeverTheLastThingOnAPage() throws {
        // Fill the first page to different depths, then a heading: it must share its page with
        // the start of its section.
        for filler in 8...16 {
            let markdown = Self.longDocument(paragraphs: filler) + "\n\n## Section S\n\nSection body starts here and goes on.\n"
            let (_, file) = try typeset(markdown)
            let page = try #require(file.pages.firstIndex { $0.contains("Section S") })
            #expect(file.pages[page].contains("Section body starts here"), "filler \(filler)")
        }
    }

    @Test func anEntryMovesWholeToTheNextPageWhenItFits() throws {
        let entry = { (index: Int) in
            """
            ### Role r\(index) · Company <span class="dates">2020 – 2021</span>

            *City*

            - First highlight of entry e\(index) that is long enough to wrap onto a second line here.
            - Second highlight.
            - Last highlight of entry z\(index).

            """
        }
        let markdown = "# Ada\n\n## Experience\n\n" + (1...14).map(entry).joined(separator: "\n")
        let (_, file) = try typeset(markdown)
        #expect(file.pageCount > 1)
        for index in 1...14 {
            let start = file.pages.firstIndex { $0.contains("Role r\(index) ") }
            let end = file.pages.firstIndex { $0.contains("entry z\(index).") }
            #expect(start != nil && start == end, "entry \(index) was split")
        }
    }

    @Test func noParagraphLeavesASingleLineAlone() throws {
        // A 4-line paragraph pushed across a page boundary at every offset keeps 2+ lines each side.
        for filler in 10...18 {
            let last = "Final paragraph " + (1...4).map { "l\($0)x " + String(repeating: "filling text so it wraps ", count: 5) }.joined(separator: " ")
            let markdown = Self.longDocument(paragraphs: filler) + "\n\n" + last
            var style = PDFStyle()
            style.showsFooter = false
            style.showsHeader = false
            let (_, file) = try typeset(markdown, style: style)
            for page in file.pages {
                let lines = page.split(separator: "\n")
                guard let at = lines.firstIndex(where: { $0.contains("Final paragraph") }) else { continue }
                #expect(lines.count - at >= 2, "orphan at filler \(filler)")
            }
            if file.pageCount > 1, let continued = file.pages.last, !continued.contains("Final paragraph") {
                #expect(continued.split(separator: "\n").count >= 2, "widow at filler \(filler)")
            }
        }
    }
}
