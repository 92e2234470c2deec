import PDFReading
import Testing
import Typesetting

/// A block's last line is never closer to the next block than its own lines are to each other:
/// the look CSS, Word and LibreOffice give, and what keeps the DOCX as long as the PDF.
@Suite struct LeadingTests {
    @Test(arguments: [("Lato", 1.3), ("Carlito", 1.05), ("DejaVu Sans", 1.25)])
    func aWrappedListItemIsNoCloserToTheNextThanItsOwnLines(_ font: String, _ lineHeight: Double) throws {
        var style = PDFStyle()
        style.font = font
        style.lineHeight = lineHeight
        // Links, so the PDF's link rectangles give each line's position.
        let long = String(repeating: "a highlight long enough to wrap ", count: 8)
        let (_, file) = try typeset("- [\(long)](https://one.example)\n- [short](https://two.example)\n", style: style)
        let first = file.links.filter { $0.uri == "https://one.example" }.map { min($0.y1, $0.y2) }.sorted()
        let second = try #require(file.links.first { $0.uri == "https://two.example" }.map { min($0.y1, $0.y2) })
        try #require(first.count >= 2, "the first item wraps")
        // PDF y grows upwards: the first line has the largest y.
        let pitch = first[first.count - 1] - first[first.count - 2]
        let toNext = first[0] - second
        // Link rectangles come back in whole points: a point either way. (Before the rule, Lato's
        // items stood 3 pt closer than its lines.)
        #expect(toNext >= pitch - 1.01, "item to item \(toNext) pt, line to line \(pitch) pt")
        #expect(toNext <= pitch + 1.01)
    }
}
