@testable import DOCX
#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import MarkdownSupport
import Testing
import TestSupport

@Suite struct ImageTests {
    @Test func aMastheadPhotoIsStoredInMediaAndDrawnAtItsSize() throws {
        let folder = try TemporaryWorkspace()
        try folder.writeBytes("photo.png", PNGFixture.photo)
        let markdown = "![Jane's photo](photo.png)\n\n" + sampleCV
        let (rendering, package) = try docx(markdown, name: "sample-cv-photo", headerName: "Jane Doe",
                                          resourceFolder: folder.root, visibleText: CommonMarkConverter.parse(sampleCV, file: "cv.md").plainText)
        #expect(rendering.warnings.isEmpty)
        #expect(try package.data("word/media/image1.png") == PNGFixture.photo)
        let relationships = try package.relationships()
        let drawing = try #require(try package.document.rootElement()!.descendants("wp:inline").first)
        let embed = drawing.descendants("a:blip").first?["r:embed"] ?? ""
        #expect(relationships[embed]?.type == "image" && relationships[embed]?.target == "media/image1.png")
        // 60 × 75 pixels at 96 per inch: 45 × 56.25 points, 12,700 EMU each.
        let extent = try #require(drawing.child("wp:extent"))
        #expect(extent["cx"] == "571500" && extent["cy"] == "714375")
        #expect(drawing.child("wp:docPr")?["descr"] == "Jane's photo")
        // The photo sits beside the name, in a borderless table, and the text is all there.
        let table = try #require(try package.document.rootElement()!.descendants("w:tbl").first)
        #expect(table.descendants("w:p").first?.paragraphStyle == "Heading1")
        #expect(try package.text("[Content_Types].xml").contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
    }

    @Test func wideImagesShrinkToTheTextWidthAndRepeatsAreStoredOnce() throws {
        let folder = try TemporaryWorkspace()
        let wide = PNGFixture.make(width: 1200, height: 300) { x, _ in (UInt8(x % 256), 80, 120) }
        try folder.writeBytes("images/wide.png", wide)
        let (rendering, package) = try docx("![wide](images/wide.png)\n\nText.\n\n![again](images/wide.png)", resourceFolder: folder.root)
        #expect(rendering.warnings.isEmpty)
        #expect(package.names.filter { $0.hasPrefix("word/media/") } == ["word/media/image1.png"])
        let extents = try package.document.rootElement()!.descendants("wp:extent")
        #expect(extents.count == 2)
        let cx = Double(extents[0]["cx"])!, cy = Double(extents[0]["cy"])!
        #expect(abs(cx - DOCXStyle().textWidth * 12_700) < 12_700 * 0.5)
        #expect(abs(cx / cy - 4) < 0.01)
        let docPrIDs = try package.document.rootElement()!.descendants("wp:docPr").map { $0["id"] }
        #expect(Set(docPrIDs).count == 2)
    }

    @Test func anUnreadableImageIsAWarningAndItsAltTextStandsIn() throws {
        let folder = try TemporaryWorkspace()
        try folder.write("fake.png", "not a PNG at all")
        let (rendering, package) = try docx("![A diagram of the system](fake.png)\n\n![Remote](https://example.com/x.png)", resourceFolder: folder.root)
        #expect(rendering.warnings == [
            "The image 'fake.png' could not be read as PNG or JPEG; its alt text stands in for it.",
            "The image 'https://example.com/x.png' could not be read as PNG or JPEG; its alt text stands in for it.",
        ])
        #expect(try package.documentText() == "A diagram of the system\nRemote\n")
        #expect(!package.names.contains { $0.hasPrefix("word/media/") })
    }

    @Test func imageSizesAreReadFromPNGAndJPEGHeaders() throws {
        let png = try #require(ImageStore.decode(PNGFixture.photo))
        #expect(png.format == .png && png.pixelWidth == 60 && png.pixelHeight == 75)
        // SOI, an APP0 segment, a baseline frame header of 640 × 480, EOI.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x06, 0x4A, 0x46, 0x49, 0x46,
                             0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9]
        let decoded = try #require(ImageStore.decode(jpeg))
        #expect(decoded.format == .jpeg && decoded.pixelWidth == 640 && decoded.pixelHeight == 480)
        #expect(ImageStore.decode(Array("GIF89a".utf8) + [UInt8](repeating: 0, count: 40)) == nil)
        #expect(ImageStore.decode(Array(PNGFixture.photo.prefix(20))) == nil)
    }
}
