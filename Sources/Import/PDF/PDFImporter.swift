import Core

/// PDF -> lines in reading order (`PDFLayout`) -> CV (`CVStructurer`).
enum PDFImporter {
    static func read(_ bytes: [UInt8], file: String) -> CVImporter.Imported {
        let at = SourceLocation(file: file)
        let pages: [PopplerText.Page]
        do throws(PopplerText.Failure) {
            pages = try PopplerText.read(bytes)
        } catch {
            switch error {
            case .encrypted:
                return .failed(.pdf, .error(at: at, code: "pdf-encrypted", "\(file) is encrypted: it needs a password to open.",
                                            hint: "Save an unprotected copy (for example: qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and import that."))
            case .unreadable(let reason):
                return .failed(.pdf, .error(at: at, code: "pdf-unreadable", "\(file) is not a readable PDF: \(reason).",
                                            hint: "Open it in a PDF viewer to check it; if it opens, print it to a new PDF and import that."))
            }
        }
        guard !pages.isEmpty else {
            return .failed(.pdf, .error(at: at, code: "pdf-no-pages", "\(file) has no pages."))
        }
        let characters = pages.reduce(0) { count, page in count + page.characters.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) } }
        if characters < 20 {
            let images = pages.contains(where: \.hasImages)
            return .failed(.pdf, .error(
                at: at, code: "pdf-no-text",
                "\(file) has no text layer\(images ? ", only images of text" : ""): it looks like a scan, and needs OCR before it can be imported.",
                hint: "Run it through OCR first (for example: ocrmypdf \(CVImporter.lastComponent(file)) ocr.pdf) and import the result, or import the document it was made from."))
        }
        let output = CVStructurer.structure(PDFLayout.lines(pages))
        var imported = CVImporter.Imported(format: .pdf, draft: output.draft)
        imported.notes = output.notes
        imported.confidence = output.confidence
        imported.pages = pages.count
        imported.judgesConfidence = true
        return imported
    }
}
