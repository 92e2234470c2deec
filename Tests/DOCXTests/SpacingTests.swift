@testable import DOCX
#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import Testing
import Typesetting

/// Word gives every line of a paragraph, the last included, a full line slot; the PDF ends a
/// paragraph at its last line's glyphs and leaves at least that leading before the next block.
/// The DOCX's spacing makes up the difference, so Word, LibreOffice and the PDF run the same length.
@Suite struct SpacingTests {
    /// A Lato-like face (an extent of 1 em, a single line of 1.2 em) at 10 pt with 1.3 line spacing:
    /// each paragraph's last line has 5.6 pt more room in Word than in the PDF.
    static var latoLike: DOCXStyle {
        var style = DOCXStyle()
        style.size = 10
        style.lineHeight = 1.3
        style.paragraphSpacing = 5.5
        (style.fontExtent, style.fontLineSpacing) = (1.0, 1.2)
        return style
    }

    func spacing(_ paragraph: XMLElement) -> (before: String, after: String) {
        let element = paragraph.child("w:pPr")?.child("w:spacing")
        return (element?["w:before"] ?? "", element?["w:after"] ?? "")
    }

    @Test func stylesLeaveWhatThePDFLeavesLessWordsTrailingLeading() throws {
        let (_, package) = try docx("## Experience\n\nText.", style: Self.latoLike)
        let styles = try package.xml("word/styles.xml").rootElement()!.descendants("w:style")
        func spacing(of id: String) -> XMLElement? { styles.first { $0["w:styleId"] == id }?.descendants("w:spacing").first }
        // Body text: 5.5 pt asked, 5.6 pt of leading already there: nothing more.
        #expect(spacing(of: "Normal")?["w:after"] == "0")
        #expect(spacing(of: "Normal")?["w:line"] == "312")
        #expect(spacing(of: "ListParagraph")?["w:after"] == "0")
        // A section title: 6.5 pt below in the PDF, 2.6 pt of it Word's (13 pt × (1.2 − 1)).
        #expect(spacing(of: "Heading2")?["w:after"] == "78")
        #expect(spacing(of: "Heading2")?["w:line"] == "240")

        // DejaVu Sans has no line gap: only the line height's extra room trails.
        var dejaVu = DOCXStyle()
        dejaVu.lineHeight = 1.25
        dejaVu.paragraphSpacing = 6
        #expect(abs(StylesPart.trailingLeading(nil, dejaVu) - (1.25 - 1) * 2384 / 2048 * 9.5) < 0.0001)
        #expect(abs(StylesPart.blockSpaceAfter(dejaVu) - (6 - 0.25 * 2384 / 2048 * 9.5)) < 0.0001)
    }

    @Test func headingsAskForThePDFsSpaceAboveLessWhatIsAlreadyThere() throws {
        let markdown = "## Experience\n\n### Role\n\nText.\n\n- one\n- two\n\n### Next\n\nMore."
        let (_, package) = try docx(markdown, style: Self.latoLike)
        let paragraphs = try package.document.rootElement()!.child("w:body")!.children!.compactMap { $0 as? XMLElement }.filter { $0.name == "w:p" }
        let byText = Dictionary(paragraphs.map { (DOCXPackage.text(of: $0).trimmingCharacters(in: .newlines), $0) }, uniquingKeysWith: { a, _ in a })
        // 16 pt above the first section title, nothing above it to subtract.
        #expect(spacing(try #require(byText["Experience"])).before == "320")
        // 10.5 pt above an entry, less the title's 3.9 pt after and 2.6 pt trailing: 4 pt.
        #expect(spacing(try #require(byText["Role"])).before == "80")
        // 10.5 pt less the list item's 5.6 pt trailing, less the 0.16 pt the first entry title ran
        // long in Word (10.8 pt × 0.2 = 2.16 pt trailing against the PDF's 2 pt): 4.74 pt.
        #expect(spacing(try #require(byText["Next"])).before == "95")
        #expect(spacing(try #require(byText["Text."])).before == "")
    }

    @Test func listItemsAreIndentedAsThePDFIndentsThem() throws {
        // 1.35 × 10 pt = 13.5 pt = 270 twips per level, as the PDF's list indent: the same width, the same line breaks.
        let (_, package) = try docx("- one\n  - two", style: Self.latoLike)
        let levels = try package.xml("word/numbering.xml").rootElement()!.descendants("w:lvl")
        #expect(levels.prefix(2).map { $0.descendants("w:ind").first?["w:left"] } == ["270", "540"])
        #expect(levels.first?.descendants("w:ind").first?["w:hanging"] == "270")
    }

    @Test func theMetricsArePangos() throws {
        // Lato reads its typographic metrics (an extent of 1 em, a 0.2 em gap); DejaVu Sans has no gap.
        let lato = try #require(FontMetrics.measure(family: "Lato"))
        #expect(abs(lato.extent - 1.0) < 0.01 && abs(lato.lineSpacing - 1.2) < 0.01, "\(lato)")
        let dejaVu = try #require(FontMetrics.measure(family: "DejaVu Sans"))
        #expect(abs(dejaVu.extent - 2384.0 / 2048) < 0.01 && abs(dejaVu.lineSpacing - dejaVu.extent) < 0.01, "\(dejaVu)")
        #expect(abs(lato.leading(lineHeight: 1.3) - 0.56) < 0.015)
    }
}
