import PDFReading
import Testing
import Typesetting

@Suite struct ColumnsTests {
    static let twoColumns = """
        # Jane Doe

        <div class="columns">
        <div class="sidebar">

        ## Skills

        - Go
        - PostgreSQL

        ## Languages

        - English

        </div>
        <div class="main">

        ## Experience

        ### Staff Engineer · Ledgerly <span class="dates">2021 – now</span>

        - Led the migration of card processing from a PHP monolith to Go services.

        </div>
        </div>

        ## After the columns

        Full width again.
        """

    @Test func columnsSitSideBySide() throws {
        let (_, file) = try typeset(Self.twoColumns)
        #expect(file.pageCount == 1)
        let text = file.pages[0]
        for phrase in ["Skills", "PostgreSQL", "Languages", "Experience", "Staff Engineer · Ledgerly", "2021 – now", "Full width again."] {
            #expect(text.contains(phrase), "missing \(phrase)")
        }
        // Every section is in the outline, in document order.
        #expect(file.outline.first?.children.map(\.title) == ["Skills", "Languages", "Experience", "After the columns"])
    }

    @Test func columnsTallerThanAPageRunOnToTheNextPage() throws {
        let long = (1...120).map { "- Skill number \($0)" }.joined(separator: "\n")
        let markdown = "<div class=\"columns\">\n<div class=\"column\">\n\n\(long)\n\n</div>\n<div class=\"column\">\n\nRight column.\n\n</div>\n</div>\n"
        let (_, file) = try typeset(markdown)
        #expect(file.pageCount >= 2)
        let text = file.pages.joined(separator: "\n")
        #expect(text.contains("Skill number 1\n") && text.contains("Skill number 120") && text.contains("Right column."))
        // Side by side on the first page, the long column going on where the page ends.
        #expect(file.pages[0].contains("Right column.") && file.pages[0].contains("Skill number 1\n"))
        #expect(!file.pages[0].contains("Skill number 120") && file.pages.last!.contains("Skill number 120"))
    }

    @Test func columnsStartRightAfterWhatPrecedesThem() throws {
        // Half a page of text, then columns taller than what is left: they start on page 1.
        let intro = (1...12).map { "Line \($0) of the introduction." }.joined(separator: "\n\n")
        let markdown = intro + "\n\n" + Self.twoColumns.replacingOccurrences(of: "- PostgreSQL", with: (1...30).map { "- Tool \($0)" }.joined(separator: "\n"))
        let (_, file) = try typeset(markdown)
        #expect(file.pages[0].contains("Skills") && file.pages[0].contains("Experience"), "\(file.pages)")
        // Headings keep their first line on the same page, in both columns.
        for page in file.pages where page.contains("Languages") { #expect(page.contains("English")) }
    }
}
