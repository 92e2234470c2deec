@testable import DOCX
#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import Testing
import Typesetting

/// One template `style:` map feeds the PDF and the DOCX.
@Suite struct StyleTests {
    @Test func theKeysAndDefaultsAreThePDFs() {
        #expect(DOCXStyle.keys == PDFStyle.keys)
        let docx = DOCXStyle(), pdf = PDFStyle()
        #expect(docx.size == pdf.size && docx.lineHeight == pdf.lineHeight && docx.paragraphSpacing == pdf.paragraphSpacing)
        #expect(docx.marginTop == pdf.marginTop && docx.marginLeft == pdf.marginLeft && docx.font == pdf.font && docx.monoFont == pdf.monoFont)
        #expect([docx.textColor, docx.accentColor, docx.mutedColor, docx.ruleColor].map { $0.description.lowercased() }
            == [pdf.textColor, pdf.accentColor, pdf.mutedColor, pdf.ruleColor].map { $0.description.dropFirst().lowercased() })
        #expect(docx.pageLabel == pdf.pageLabel)
    }

    static let settings: [[String: String]] = [
        ["paper": "letter", "margins": "0.6in 20mm", "font": "DejaVu Serif, serif", "heading_font": "DejaVu Sans", "size": "10.5",
         "line_height": "1.3", "paragraph_spacing": "0.5em", "accent": "#7a1f3d", "text": "#111", "muted": "#666666", "rule": "#cccccc",
         "section_spacing": "1.2em", "entry_spacing": "8pt"],
        ["margin_top": "12mm", "margin_left": "1in", "name_size": "26", "align": "justify", "header_align": "center", "header": "false",
         "footer": "no", "section_rule": "off", "link_underline": "yes", "dates": "inline", "mono_font": "DejaVu Sans Mono", "page_label": "{page}/{pages}"],
    ]

    @Test(arguments: settings)
    func aTemplateStyleReadsTheSameForBothFormats(_ settings: [String: String]) throws {
        let docx = try DOCXStyle(settings: settings)
        let pdf = try PDFStyle(settings: settings)
        #expect(docx.paper.rawValue == pdf.paper.rawValue)
        #expect([docx.marginTop, docx.marginRight, docx.marginBottom, docx.marginLeft] == [pdf.marginTop, pdf.marginRight, pdf.marginBottom, pdf.marginLeft])
        #expect(docx.size == pdf.size && docx.nameSize == pdf.nameSize && docx.lineHeight == pdf.lineHeight)
        #expect(abs(docx.paragraphSpacing - pdf.paragraphSpacing) < 0.0001)
        #expect(docx.sectionSpacing == pdf.sectionSpacing && docx.entrySpacing == pdf.entrySpacing)
        #expect(docx.accentColor.description.lowercased() == String(pdf.accentColor.description.dropFirst()))
        #expect(docx.textColor.description.lowercased() == String(pdf.textColor.description.dropFirst()))
        #expect(docx.align.rawValue == pdf.align.rawValue && docx.headerAlign.rawValue == pdf.headerAlign.rawValue)
        #expect(docx.showsHeader == pdf.showsHeader && docx.showsFooter == pdf.showsFooter && docx.sectionRule == pdf.sectionRule)
        #expect(docx.underlinesLinks == pdf.underlinesLinks && docx.dates.rawValue == pdf.dates.rawValue && docx.pageLabel == pdf.pageLabel)
        // Word takes one family: the first of a fallback list.
        #expect(docx.font == pdf.font.split(separator: ",").first.map(String.init))
    }

    @Test func badValuesAreReportedTogetherWithTheirKeys() {
        let settings = ["acent": "#123456", "size": "huge", "text": "blue", "margins": "1 2 3", "paper": "a5", "page_label": "Page"]
        #expect(throws: DOCXStyleError.self) { try DOCXStyle(settings: settings) }
        do {
            _ = try DOCXStyle(settings: settings)
        } catch {
            #expect(error.problems.map(\.key) == ["acent", "margins", "page_label", "paper", "size", "text"])
            #expect(error.problems[0].message == "'acent' is not a style key.")
            #expect(error.problems[0].hint == "Did you mean 'accent'?")
            #expect(error.problems[0].isUnknownKey)
            #expect(error.problems[5].message == "'blue' is not a colour.")
            #expect(error.description.contains("style.size: 'huge' is not a number from 5 to 30."))
            // PDFStyle refuses the same keys.
            do {
                _ = try PDFStyle(settings: settings)
            } catch {
                #expect(error.problems.map(\.key) == ["acent", "margins", "page_label", "paper", "size", "text"])
            }
        }
        #expect(throws: DOCXStyleError.self) { try DOCXStyle(settings: ["margins": "150mm"]) }
    }

    @Test func stylesXMLAndTheSectionFollowTheStyle() throws {
        var style = try DOCXStyle(settings: ["paper": "letter", "margins": "0.5in 1in", "size": "11", "accent": "#7a1f3d",
                                             "heading_font": "DejaVu Serif", "align": "justify", "line_height": "1.5", "link_underline": "true"])
        style.sectionRule = false
        let (_, package) = try docx("## Section\n\nText with a [link](https://example.com).", style: style)
        let styles = try package.xml("word/styles.xml").rootElement()!
        func namedStyle(_ id: String) -> XMLElement? { styles.descendants("w:style").first { $0["w:styleId"] == id } }
        #expect(styles.descendants("w:docDefaults").first?.descendants("w:sz").first?["w:val"] == "22")
        let normal = try #require(namedStyle("Normal"))
        #expect(normal.descendants("w:jc").first?["w:val"] == "both")
        #expect(normal.descendants("w:spacing").first?["w:line"] == "360")
        let heading = try #require(namedStyle("Heading2"))
        #expect(heading.descendants("w:color").first?["w:val"] == "7A1F3D")
        #expect(heading.descendants("w:rFonts").first?["w:ascii"] == "DejaVu Serif")
        #expect(heading.descendants("w:sz").first?["w:val"] == "29")  // 1.3 × 11 pt in half points
        #expect(heading.descendants("w:pBdr").isEmpty)
        #expect(namedStyle("Hyperlink")?.descendants("w:u").first?["w:val"] == "single")
        let section = try #require(try package.document.rootElement()!.descendants("w:sectPr").first)
        #expect(section.child("w:pgSz")?["w:w"] == "12240" && section.child("w:pgSz")?["w:h"] == "15840")
        #expect(section.child("w:pgMar")?["w:top"] == "720" && section.child("w:pgMar")?["w:left"] == "1440")
        let fonts = try package.xml("word/fontTable.xml").rootElement()!.descendants("w:font").map { $0["w:name"] }
        #expect(fonts == ["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"])
    }
}
