import Core
import Foundation
import MarkdownSupport

/// Typesets a Markdown tree as a PDF in memory, with Pango and Cairo: real fonts, wrapped
/// text, pagination, clickable links, an outline, and metadata. Safe to call from many tasks
/// at once: calls take turns with the fonts (see `FontAccess` for why).
public enum PDFTypesetter {
    /// The PDF's bytes. `headerName` runs atop pages 2 and on; `resourceFolder` is where relative
    /// image paths are looked up (nil: images are skipped and their alt text shown).
    public static func render(_ document: MarkdownDocument, style: PDFStyle = PDFStyle(), metadata: PDFMetadata = PDFMetadata(),
                              headerName: String? = nil, resourceFolder: String? = nil) throws(TypesettingError) -> [UInt8] {
        try typeset(document, style: style, metadata: metadata, headerName: headerName, resourceFolder: resourceFolder).bytes
    }

    /// Gets the fonts ready on another thread while the caller does other work (reading a
    /// workspace, rendering its Markdown) before typesetting: one `export` spent several
    /// milliseconds of its first layout waiting for fontconfig to read its configuration.
    public static func prepareFonts() { FontAccess.warmUp() }

    /// Markdown typeset: here when the fonts are free, else by an idle worker process (see
    /// `TypesetWorkers`), else here once the fonts are free. Images are not drawn.
    public static func typeset(markdown: String, file: String, style: PDFStyle = PDFStyle(), metadata: PDFMetadata = PDFMetadata(),
                               headerName: String? = nil) throws(TypesettingError) -> PDFRendering {
        try FontAccess.loadLibraries()
        let document = CommonMarkConverter.parse(markdown, file: file)
        let here = try FontAccess.withEngineIfFree(monoFamily: monoFamily(style)) { (engine) throws(TypesettingError) in
            try typeset(document, style: style, metadata: metadata, headerName: headerName, resourceFolder: nil, engine: engine)
        }
        if let here { return here }
        let job = TypesetJob(markdown: markdown, file: file, style: style, metadata: metadata, headerName: headerName)
        if let outcome = TypesetWorkers.typeset(job) { return try outcome.get() }
        return try typeset(document, style: style, metadata: metadata, headerName: headerName)
    }

    /// The PDF with what was noticed on the way: page count, and warnings such as characters
    /// no installed font can show.
    public static func typeset(_ document: MarkdownDocument, style: PDFStyle = PDFStyle(), metadata: PDFMetadata = PDFMetadata(),
                               headerName: String? = nil, resourceFolder: String? = nil) throws(TypesettingError) -> PDFRendering {
        try FontAccess.loadLibraries()
        return try FontAccess.withEngine(monoFamily: monoFamily(style)) { (engine) throws(TypesettingError) in
            try typeset(document, style: style, metadata: metadata, headerName: headerName, resourceFolder: resourceFolder, engine: engine)
        }
    }

    private static func monoFamily(_ style: PDFStyle) -> String { style.monoFont + ", DejaVu Sans Mono, monospace" }
}

/// A typeset PDF and what was noticed while making it.
public struct PDFRendering: Sendable, Hashable {
    public var bytes: [UInt8]
    public var pageCount: Int
    /// Whole sentences for the user: unreadable images, characters without a font.
    public var warnings: [String]
    /// Characters drawn as "missing glyph" boxes because no installed font has them.
    public var missingCharacters: String
}

extension PDFTypesetter {
    fileprivate static func typeset(_ document: MarkdownDocument, style: PDFStyle, metadata: PDFMetadata, headerName: String?,
                                    resourceFolder: String?, engine: TextEngine) throws(TypesettingError) -> PDFRendering {
        let (pageWidth, pageHeight) = style.paper.size
        let contentWidth = pageWidth - style.marginLeft - style.marginRight
        let contentHeight = pageHeight - style.marginTop - style.marginBottom
        var images: [String: PDFImage?] = [:]
        let composer = Composer(style: style, engine: engine, contentWidth: contentWidth, contentHeight: contentHeight) { url in
            if let cached = images[url] { return cached }
            let image = loadImage(url, from: resourceFolder)
            images[url] = image
            return image
        }
        composer.compose(document)
        let pages = Paginator(pageHeight: contentHeight).paginate(composer.atoms)

        let environment = ProcessInfo.processInfo.environment
        let canvas = PDFCanvas(width: pageWidth, height: pageHeight, metadata: metadata,
                               creationDate: metadata.creationDateText(environment: environment))
        let drawer = PageDrawer(style: style, engine: engine, canvas: canvas, atoms: composer.atoms, pages: pages,
                                headerName: headerName.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 })
        drawer.drawAll()
        let bytes = try canvas.finish()

        var warnings = composer.warnings
        let missing = String(engine.missingCharacters.sorted())
        if !missing.isEmpty {
            warnings.append("No installed font has the characters \(missing); they show as boxes in the PDF. "
                + "Install a font that covers them (for example fonts-noto-cjk for Chinese, Japanese and Korean) or name one in the template's style.")
        }
        return PDFRendering(bytes: bytes, pageCount: pages.count, warnings: warnings, missingCharacters: missing)
    }

    /// A PNG or JPEG from the resource folder; nil for remote URLs, missing files and other formats.
    private static func loadImage(_ url: String, from folder: String?) -> PDFImage? {
        guard let folder, !url.contains("://"), !url.hasPrefix("data:") else { return nil }
        var path = url.removingPercentEncoding ?? url
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<query]) }
        let full = path.hasPrefix("/") ? path : FileSystem.join(folder, path)
        return FileSystem.read(full).flatMap(PDFImage.decode)
    }
}
