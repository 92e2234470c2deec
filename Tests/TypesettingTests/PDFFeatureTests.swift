import Foundation
import MarkdownSupport
import PDFReading
import Testing
import TestSupport
import Typesetting

@Suite struct PDFFeatureTests {
    @Test func fontsAreEmbeddedAsSubsets() throws {
        let (_, file) = try typeset(kitchenSink)
        #expect(!file.fonts.isEmpty)
        for font in file.fonts {
            #expect(font.isEmbedded, "\(font.name) is not embedded")
            #expect(font.isSubset, "\(font.name) is not a subset")
        }
        #expect(file.fonts.contains { $0.name.contains("DejaVuSans-Bold") })
        #expect(file.fonts.contains { $0.name.contains("DejaVuSansMono") })
    }

    @Test func linksAreClickableWithTheirURIs() throws {
        let (_, file) = try typeset(kitchenSink)
        let uris = Set(file.links.compactMap(\.uri))
        #expect(uris == ["mailto:zoe@example.com", "https://example.com/zoe", "https://example.com/measure"])
        // `[Experience](#experience)` jumps inside the document.
        #expect(file.links.contains { $0.uri == nil })
        for link in file.links { #expect(link.x2 > link.x1 && link.y2 > link.y1) }
    }

    @Test func linksWithQuotesAndUnsafeSchemes() throws {
        let (_, file) = try typeset("[first](https://example.com/it's%20ok) [second](javascript:alert(1)) [third](relative/page.html)\n")
        #expect(file.links.compactMap(\.uri) == ["https://example.com/it's%20ok"])
        #expect(file.pages[0].contains("first second third"))
    }

    @Test func aLinkWrappedOverTwoLinesIsClickableOnBoth() throws {
        let text = String(repeating: "word ", count: 17)
        let (_, file) = try typeset(text + "[a link whose text runs onto the next line of the paragraph](https://example.com/long)\n")
        #expect(file.links.count == 2)
        #expect(Set(file.links.compactMap(\.uri)) == ["https://example.com/long"])
    }

    @Test func metadataIsWritten() throws {
        let metadata = PDFMetadata(title: "Jane Doe — CV", author: "Jane Doe", subject: "Staff Backend Engineer",
                                   keywords: "Go, PostgreSQL", creationDate: 1_700_000_000)
        let (_, file) = try typeset("# Jane Doe\n", metadata: metadata)
        #expect(file.metadata.title == "Jane Doe — CV")
        #expect(file.metadata.author == "Jane Doe")
        #expect(file.metadata.subject == "Staff Backend Engineer")
        #expect(file.metadata.keywords == "Go, PostgreSQL")
        #expect(file.metadata.creator == "PersonaForge")
        #expect(file.metadata.creationDate == 1_700_000_000)
    }

    @Test func creationDateIsFixedWhenUnset() throws {
        let (_, file) = try typeset("Text.\n")
        let expected = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0) } ?? 0
        #expect(file.metadata.creationDate == expected)
    }

    @Test func theOutlineHasTheNameAndItsSections() throws {
        let (_, file) = try typeset(sampleCV)
        #expect(file.outline.map(\.title) == ["Jane Doe"])
        #expect(file.outline.first?.children.map(\.title) == [
            "Summary", "Skills", "Experience", "Projects", "Publications", "Awards", "Certificates", "Education",
            "Languages", "Why payments infrastructure",
        ])
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let document = CommonMarkConverter.parse(kitchenSink, file: "sink.md")
        let metadata = PDFMetadata(title: "T", author: "A")
        let first = try PDFTypesetter.render(document, metadata: metadata, headerName: "A")
        let second = try PDFTypesetter.render(document, metadata: metadata, headerName: "A")
        #expect(first == second)
        #expect(first.starts(with: Array("%PDF-".utf8)))
    }

    @Test func imagesAreDrawnFromTheResourceFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("typesetting-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(PNGFixture.photo).write(to: URL(fileURLWithPath: folder + "/photo.png"))
        let markdown = "![Photo of Jane](photo.png)\n\n# Jane Doe\n\n**Engineer**\n\nBody text.\n\n![A chart](photo.png)\n"
        let (withImages, file) = try typeset(markdown, resourceFolder: folder)
        #expect(withImages.warnings.isEmpty)
        #expect(file.pages[0].contains("Jane Doe"))
        let (withoutImages, _) = try typeset(markdown, resourceFolder: folder + "/missing")
        #expect(withoutImages.warnings.count == 1)
        #expect(withImages.bytes.count > withoutImages.bytes.count + 1000)
    }

    @Test func pageImagesRenderForPreviews() throws {
        let (rendering, _) = try typeset(sampleCV)
        let png = try PDFPageImage.png(bytes: rendering.bytes, page: 0, dpi: 40)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 2000)
    }
}
