import Core
@testable import Import
import Testing

/// Inputs that cannot be imported get one clear diagnostic each; nothing crashes.
@Suite struct BadInputTests {
    static func importBad(_ name: String) -> ImportResult {
        CVImporter.importCV(bytes: Corpus.bytes("bad/" + name), fileName: name)
    }

    @Test func anEncryptedPDFNeedsAPassword() {
        let result = Self.importBad("encrypted.pdf")
        #expect(result.cv == nil)
        #expect(result.diagnostics == [
            .error(at: SourceLocation(file: "encrypted.pdf"), code: "pdf-encrypted", "encrypted.pdf is encrypted: it needs a password to open.",
                   hint: "Save an unprotected copy (for example: qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and import that."),
        ])
    }

    @Test func aScannedPDFNeedsOCR() {
        let result = Self.importBad("scanned.pdf")
        #expect(result.cv == nil)
        #expect(result.diagnostics == [
            .error(at: SourceLocation(file: "scanned.pdf"), code: "pdf-no-text",
                   "scanned.pdf has no text layer, only images of text: it looks like a scan, and needs OCR before it can be imported.",
                   hint: "Run it through OCR first (for example: ocrmypdf scanned.pdf ocr.pdf) and import the result, or import the document it was made from."),
        ])
    }

    @Test func aPDFThatIsNoCVImportsWithLowConfidenceAndSaysSo() {
        let result = Self.importBad("invoice.pdf")
        #expect(result.confidence < ImportResult.lowConfidence)
        #expect(result.diagnostics == [
            .warning(at: SourceLocation(file: "invoice.pdf"), code: "import-low-confidence",
                     "invoice.pdf does not look much like a CV (confidence 0.00): no name, no contact data, no experience, education or skills sections, no dated entries.",
                     hint: "Check the imported YAML closely, or import the CV in another format (DOCX, JSON Resume, LinkedIn export)."),
        ])
        #expect(result.notes.first == ImportNote(field: "basics.name", "No line looked like a name (two to five capitalised words near the top); the name is missing."))
    }

    @Test func aCorruptZipIsRefused() {
        let result = Self.importBad("corrupt.zip")
        #expect(result.cv == nil)
        #expect(result.diagnostics == [
            .error(at: SourceLocation(file: "corrupt.zip"), code: "zip-corrupt",
                   "corrupt.zip is not a readable ZIP archive: its table of contents is missing (the file may be cut short).",
                   hint: "Download or export it again; if it is a DOCX, open it in Word or LibreOffice and save it anew."),
        ])
    }

    @Test func aZipBombIsRefusedBeforeAnythingIsInflated() {
        let result = Self.importBad("zip-bomb.zip")
        #expect(result.cv == nil)
        #expect(result.diagnostics == [
            .error(at: SourceLocation(file: "zip-bomb.zip"), code: "zip-too-large",
                   "zip-bomb.zip is refused as a possible zip bomb: it would unpack to 60 MiB, more than the 50 MiB read from an archive.",
                   hint: "Unpack it yourself and import the files in it, if you trust it."),
        ])
    }

    @Test func aTruncatedPDFIsUnreadable() {
        let bytes = Array(Corpus.bytes("reportlab-classic-jane.pdf").prefix(200))
        let result = CVImporter.importCV(bytes: bytes, fileName: "cut.pdf")
        #expect(result.cv == nil)
        #expect(result.diagnostics.map(\.code) == ["pdf-unreadable"])
    }

    @Test func anEmptyFileAndAnUnknownFormatSaySo() {
        #expect(CVImporter.importCV(bytes: [], fileName: "cv.pdf").diagnostics == [
            .error(at: SourceLocation(file: "cv.pdf"), code: "import-empty", "cv.pdf is empty.",
                   hint: "Import the file the CV is in: a PDF, DOCX, JSON Resume, LinkedIn export, RenderCV YAML or Markdown."),
        ])
        #expect(CVImporter.importCV(bytes: [0x89, 0x50, 0x4E, 0x47], fileName: "photo.png").diagnostics.map(\.code) == ["import-unknown-format"])
    }

    @Test func aZipThatIsNeitherDocxNorLinkedInSaysSo() throws {
        let zip = ZIPFixture.archive([("notes.txt", Array("hello".utf8))])
        #expect(CVImporter.importCV(bytes: zip, fileName: "stuff.zip").diagnostics.map(\.code) == ["zip-not-a-cv"])
    }

    @Test func garbageOfEveryFormatNeverCrashes() {
        var state: UInt64 = 42
        for name in ["x.pdf", "x.docx", "x.json", "x.yaml", "x.md", "x.csv", "x.zip"] {
            for length in [1, 7, 100, 2000] {
                var bytes: [UInt8] = []
                for _ in 0..<length {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    bytes.append(UInt8(truncatingIfNeeded: state >> 56))
                }
                if name == "x.pdf" { bytes = Array("%PDF-1.4\n".utf8) + bytes }
                if name == "x.zip" || name == "x.docx" { bytes = [0x50, 0x4B, 0x03, 0x04] + bytes }
                _ = CVImporter.importCV(bytes: bytes, fileName: name)
            }
        }
    }
}
