import DOCX
#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import MarkdownSupport
import PDFReading
import Testing
import Typesetting

@Suite struct TextTests {
    @Test(arguments: [("sample-cv", sampleCV), ("kitchen-sink", kitchenSink)])
    func everyWordOfTheSourceIsInTheDocumentInOrder(_ name: String, _ markdown: String) throws {
        let (rendering, package) = try docx(markdown, name: name, headerName: "Jane Doe")
        let expected = words(CommonMarkConverter.parse(markdown, file: "cv.md").plainText)
        let actual = words(try package.documentText())
        let missing = firstMissingInOrder(expected, in: actual)
        #expect(missing == nil, "word \(missing?.index ?? 0) '\(missing?.word ?? "")' is missing or out of order")
        #expect(rendering.warnings.isEmpty)
    }

    static let styles: [(String, [String: String])] = [
        ("serif-centred", ["font": "DejaVu Serif", "heading_font": "DejaVu Sans", "align": "justify", "header_align": "center", "accent": "#7a1f3d"]),
        ("letter-inline-dates", ["paper": "letter", "size": "9", "margins": "0.6in", "line_height": "1.2", "section_rule": "false", "dates": "inline"]),
        ("liberation-underlined", ["font": "Liberation Sans", "size": "10.5", "accent": "#2e6b30", "paragraph_spacing": "0.8em", "link_underline": "true"]),
    ]

    @Test(arguments: styles)
    func theCVWritesInEveryStyle(_ name: String, _ settings: [String: String]) throws {
        let (rendering, package) = try docx(sampleCV, name: "sample-cv-" + name, style: try DOCXStyle(settings: settings), headerName: "Jane Doe")
        let expected = words(CommonMarkConverter.parse(sampleCV, file: "cv.md").plainText)
        #expect(firstMissingInOrder(expected, in: words(try package.documentText())) == nil)
        #expect(rendering.warnings.isEmpty)
    }

    @Test(arguments: [sampleCV, kitchenSink])
    func everyWordThePDFShowsIsInTheDocument(_ markdown: String) throws {
        let document = CommonMarkConverter.parse(markdown, file: "cv.md")
        let pdf = try PDFFile(bytes: try PDFTypesetter.render(document, headerName: "Jane Doe"))
        // The PDF's running header and "Page X of Y" are the DOCX's header and footer parts.
        let pdfWords = words(pdf.pages.joined(separator: "\n")).filter { !["page", "of", "jane", "doe"].contains($0) && Int($0) == nil }
        let docxWords = Set(words(try docx(markdown).package.documentText()))
        // Text extraction runs table cells and columns together ("skilllevelyears"): such a word
        // counts when it splits into words of the DOCX.
        func splits(_ word: Substring) -> Bool {
            word.isEmpty || (1...word.count).contains { length in
                docxWords.contains(String(word.prefix(length))) && splits(word.dropFirst(length))
            }
        }
        let missing = pdfWords.filter { !docxWords.contains($0) && !splits(Substring($0)) }
        #expect(missing.isEmpty, "the PDF shows \(missing.prefix(10)) but the DOCX does not")
    }

    @Test func layoutMarkupTextShowsAndTagsDoNot() throws {
        let markdown = """
        <div class="columns"><div class="sidebar">

        Sidebar words

        </div><div class="main">

        Main words with <span class="muted">muted</span> and <em>tagged</em> text

        </div></div>

        <p>A raw paragraph &amp; an entity</p>

        Unknown <blink>tag</blink> shows as text.
        """
        let text = try docx(markdown).package.documentText()
        #expect(text.contains("Sidebar words"))
        #expect(text.contains("Main words with muted and tagged text"))
        #expect(text.contains("A raw paragraph & an entity"))
        #expect(text.contains("Unknown <blink>tag</blink> shows as text."))
        #expect(!text.contains("class="))
    }

    @Test func awkwardTextSurvivesAndTheXMLStaysWellFormed() throws {
        let markdown = "# Ampersand & <angle> \"quotes\" 'apostrophes'\n\n"
            + "Control \u{1}characters\u{B} \u{8}vanish; emoji 👩🏽‍💻 and 🇩🇪 stay; Hebrew שלום עולם and Arabic مرحبا بالعالم stay.\n\n"
            + "Non-characters \u{FFFE}\u{FFFF} vanish, private use \u{E000} stays, and a lone CR\rends a line.\n\n"
            + "| a & b | <c> |\n|---|---|\n| \"d\" | e \u{7} f |\n\n"
            + "[link & <text>](https://example.com/?q=a&b=\"c\")\n"
        let (_, package) = try docx(markdown, name: "awkward", metadata: DOCXMetadata(title: "Tom & Jerry <\u{1}>", author: "Zoë \"Z\" Ünlü"))
        for name in package.names where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
            _ = try package.xml(name)  // throws when not well-formed
        }
        let text = try package.documentText()
        #expect(text.contains("Ampersand & <angle> \"quotes\" 'apostrophes'"))
        #expect(text.contains("Control characters vanish; emoji 👩🏽‍💻 and 🇩🇪 stay"))
        #expect(text.contains("Hebrew שלום עולם and Arabic مرحبا بالعالم stay."))
        #expect(text.contains("Non-characters  vanish, private use \u{E000} stays"))
        #expect(text.contains("a & b") && text.contains("<c>") && text.contains("\"d\"") && text.contains("e  f"))
        #expect(text.contains("link & <text>"))
        let raw = try package.text("word/document.xml")
        #expect(!raw.unicodeScalars.contains { $0.value < 0x20 && ![0x9, 0xA, 0xD].contains($0.value) })
        let core = try package.xml("docProps/core.xml").rootElement()!
        #expect(core.child("dc:title")?.stringValue == "Tom & Jerry <>")
        #expect(core.child("dc:creator")?.stringValue == "Zoë \"Z\" Ünlü")
        let targets = try package.relationships().values.filter { $0.type == "hyperlink" }.map(\.target)
        #expect(targets == ["https://example.com/?q=a&b=\"c\""])
    }

    @Test func anEmptyDocumentIsStillAValidPackage() throws {
        let (rendering, package) = try docx("")
        #expect(rendering.warnings.isEmpty)
        let body = try package.document.rootElement()!.child("w:body")!
        #expect(body.child("w:sectPr") != nil)
        #expect(try package.documentText().isEmpty)
    }
}
