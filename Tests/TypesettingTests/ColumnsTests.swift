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

    @Test func columnsTallerThanAPageAreStacked() throws {
        let long = (1...120).map { "- Skill number \($0)" }.joined(separator: "\n")
        let markdown = "<div class=\"columns\">\n<div class=\"column\">\n\n\(long)\n\n</div>\n<div class=\"column\">\n\nRight column.\n\n</div>\n</div>\n"
        let (_, file) = try typeset(markdown)
        #expect(file.pageCount >= 2)
        let text = file.pages.joined(separator: "\n")
        #expect(text.contains("Skill number 1\n") && text.contains("Skill number 120") && text.contains("Right column."))
    }
}
