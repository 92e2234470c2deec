import Core
import Foundation
import MarkdownSupport
import PDFReading
import Typesetting

/// Typesets Markdown and reads the PDF back.
func typeset(_ markdown: String, style: PDFStyle = PDFStyle(), metadata: PDFMetadata = PDFMetadata(),
             headerName: String? = nil, resourceFolder: String? = nil) throws -> (rendering: PDFRendering, file: PDFFile) {
    let document = CommonMarkConverter.parse(markdown, file: "test.md")
    let rendering = try PDFTypesetter.typeset(document, style: style, metadata: metadata, headerName: headerName, resourceFolder: resourceFolder)
    previewIfAsked(rendering.bytes)
    return (rendering, try PDFFile(bytes: rendering.bytes))
}

/// With `PERSONAFORGE_PDF_PREVIEW=DIR`, every PDF a test makes is also written there to look at.
func previewIfAsked(_ bytes: [UInt8], name: String? = nil) {
    guard let folder = ProcessInfo.processInfo.environment["PERSONAFORGE_PDF_PREVIEW"] else { return }
    let file = name ?? "pdf-\(SHA256.hex(bytes).prefix(10)).pdf"
    try? AtomicFile.write(bytes, to: FileSystem.join(folder, file))
}

/// The words of a text: letters and digits, lower-cased, everything else a separator.
func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
}

/// The first word of `expected` that is missing from `actual` read in order, or nil when all are there.
func firstMissingInOrder(_ expected: [String], in actual: [String]) -> (index: Int, word: String)? {
    var position = actual.startIndex
    for (index, word) in expected.enumerated() {
        guard let found = actual[position...].firstIndex(of: word) else { return (index, word) }
        position = found + 1
    }
    return nil
}
