import Foundation
import Testing
@testable import Typesetting

@Suite struct PDFStyleTests {
    @Test func readsEveryKindOfValue() throws {
        let style = try PDFStyle(settings: [
            "paper": "Letter", "margins": "20mm 15mm", "font": "DejaVu Serif", "heading_font": "DejaVu Sans",
            "size": "10.5", "line_height": "1.3", "paragraph_spacing": "0.5em", "accent": "#1f5f8b", "rule": "#ccc",
            "align": "justify", "header_align": "center", "footer": "false", "section_rule": "no",
        ])
        #expect(style.paper == .letter)
        #expect(abs(style.marginTop - 56.69) < 0.01 && abs(style.marginLeft - 42.52) < 0.01)
        #expect(style.marginBottom == style.marginTop && style.marginRight == style.marginLeft)
        #expect(style.font == "DejaVu Serif" && style.headingFont == "DejaVu Sans")
        #expect(style.size == 10.5 && style.lineHeight == 1.3)
        #expect(style.paragraphSpacing == 5.25)
        #expect(style.accentColor == PDFColor(red: 0x1F, green: 0x5F, blue: 0x8B))
        #expect(style.ruleColor.description == "#cccccc")
        #expect(style.align == .justify && style.headerAlign == .center)
        #expect(!style.showsFooter && !style.sectionRule && style.showsHeader)
    }

    @Test func reportsEveryProblemWithAHint() {
        #expect {
            try PDFStyle(settings: ["acent": "#123456", "size": "huge", "paper": "a5", "margins": "1 2 3", "text": "blue"])
        } throws: { error in
            guard let error = error as? PDFStyleError else { return false }
            let byKey = Dictionary(uniqueKeysWithValues: error.problems.map { ($0.key, $0) })
            return error.problems.map(\.key) == ["acent", "margins", "paper", "size", "text"]
                && byKey["acent"]?.hint == "Did you mean 'accent'?" && byKey["acent"]?.isUnknownKey == true
                && byKey["paper"]?.message == "'a5' is not one of a4, letter."
                && byKey["size"]?.message == "'huge' is not a number from 5 to 30."
                && byKey["text"]?.hint == "Write it as #rgb or #rrggbb, for example #1f5f8b."
        }
    }

    @Test func roundTripsThroughCodable() throws {
        let style = try PDFStyle(settings: ["accent": "#aa0000", "paper": "letter"])
        let data = try JSONEncoder().encode(style)
        #expect(try JSONDecoder().decode(PDFStyle.self, from: data) == style)
    }

    @Test func lengthsHaveUnits() {
        #expect(Length("18mm")?.points(em: 10) == 18 * 72 / 25.4)
        #expect(Length("1in")?.points(em: 10) == 72)
        #expect(Length("12")?.points(em: 10) == 12)
        #expect(Length("1.5em")?.points(em: 10) == 15)
        #expect(Length("-3mm") == nil)
        #expect(Length("3furlongs") == nil)
    }

    @Test func creationDatesAreUTCTimestamps() {
        #expect(PDFMetadata.iso8601(0) == "1970-01-01T00:00:00Z")
        #expect(PDFMetadata.iso8601(1_700_000_000) == "2023-11-14T22:13:20Z")
        #expect(PDFMetadata.iso8601(951_782_400) == "2000-02-29T00:00:00Z")
    }
}
