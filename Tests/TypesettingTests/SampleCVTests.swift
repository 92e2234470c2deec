import MarkdownSupport
import PDFReading
import Testing
import Typesetting

@Suite struct SampleCVTests {
    @Test func everyWordOfTheCVExtractsInReadingOrder() throws {
        let (rendering, file) = try typeset(sampleCV, metadata: PDFMetadata(title: "Jane Doe", author: "Jane Doe"), headerName: "Jane Doe")
        let expected = words(CommonMarkConverter.parse(sampleCV, file: "cv.md").plainText)
        let actual = words(file.pages.joined(separator: "\n"))
        let missing = firstMissingInOrder(expected, in: actual)
        #expect(missing == nil, "word \(missing?.index ?? 0) '\(missing?.word ?? "")' is missing or out of order")
        #expect(rendering.warnings.isEmpty)
        #expect(file.pageCount == rendering.pageCount)
    }
}

extension SampleCVTests {
    static let styles: [[String: String]] = [
        ["font": "DejaVu Serif", "heading_font": "DejaVu Sans", "align": "justify", "header_align": "center", "accent": "#7a1f3d"],
        ["paper": "letter", "size": "9", "margins": "0.6in", "line_height": "1.2", "section_rule": "false", "dates": "inline"],
        ["font": "Liberation Sans", "size": "10.5", "accent": "#2e6b30", "paragraph_spacing": "0.8em", "link_underline": "true"],
    ]

    @Test(arguments: styles)
    func theCVTypesetsInEveryStyle(_ settings: [String: String]) throws {
        let style = try PDFStyle(settings: settings)
        let (rendering, file) = try typeset(sampleCV, style: style, headerName: "Jane Doe")
        let expected = words(CommonMarkConverter.parse(sampleCV, file: "cv.md").plainText)
        #expect(firstMissingInOrder(expected, in: words(file.pages.joined(separator: "\n"))) == nil)
        #expect(rendering.warnings.isEmpty)
        #expect((1...3).contains(file.pageCount))
    }
}
