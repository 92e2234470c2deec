/// What a PDF holds, read back with Poppler: text per page, fonts, links, metadata and outline.
///
/// A test-side reader: it checks that typeset PDFs extract cleanly, and renders previews.
public struct PDFFile: Sendable, Hashable {
    /// Each page's text in Poppler's reading order, lines separated by newlines.
    public var pages: [String]
    /// Every font the document uses, in Poppler's order.
    public var fonts: [PDFFont]
    /// Every link annotation, page by page.
    public var links: [PDFLink]
    /// The document information dictionary.
    public var metadata: PDFFileMetadata
    /// The outline (bookmarks), top level first, children nested.
    public var outline: [PDFOutlineItem]
    /// Each page's width and height in points.
    public var pageSizes: [PDFPageSize]

    /// The number of pages.
    public var pageCount: Int { pages.count }

    /// Reads a PDF file from disk.
    public init(path: String) throws(PDFReadingError) {
        self = try PopplerBridge.read(source: .path(path))
    }

    /// Reads a PDF held in memory.
    public init(bytes: [UInt8]) throws(PDFReadingError) {
        self = try PopplerBridge.read(source: .bytes(bytes))
    }

    init(pages: [String], fonts: [PDFFont], links: [PDFLink], metadata: PDFFileMetadata, outline: [PDFOutlineItem], pageSizes: [PDFPageSize]) {
        self.pages = pages
        self.pageSizes = pageSizes
        self.fonts = fonts
        self.links = links
        self.metadata = metadata
        self.outline = outline
    }
}

/// A page's size in points.
public struct PDFPageSize: Sendable, Hashable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// One font a PDF uses.
public struct PDFFont: Sendable, Hashable {
    /// The font's PostScript name as stored (subset fonts carry a `ABCDEF+` prefix).
    public var name: String
    public var isEmbedded: Bool
    public var isSubset: Bool
}

/// A link annotation.
public struct PDFLink: Sendable, Hashable {
    /// 0-based page index.
    public var page: Int
    /// The target URI for an external link; nil for an internal jump.
    public var uri: String?
    /// The clickable area in PDF points, origin bottom-left as PDF stores it.
    public var x1: Double, y1: Double, x2: Double, y2: Double
}

/// The document information dictionary; nil where a field is absent.
public struct PDFFileMetadata: Sendable, Hashable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var producer: String?
    /// Seconds since 1970, or nil.
    public var creationDate: Int64?
}

/// One bookmark and those nested under it.
public struct PDFOutlineItem: Sendable, Hashable {
    public var title: String
    public var children: [PDFOutlineItem]
}

/// Why a PDF could not be read.
public struct PDFReadingError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Plain text extraction, the way an applicant-tracking system reads a PDF.
public enum PDFText {
    /// The text of every page of the file at `path`.
    public static func extract(path: String) throws(PDFReadingError) -> [String] {
        try PDFFile(path: path).pages
    }

    /// The text of every page of an in-memory PDF.
    public static func extract(bytes: [UInt8]) throws(PDFReadingError) -> [String] {
        try PDFFile(bytes: bytes).pages
    }
}

/// Page images, for template previews and for looking at a layout.
public enum PDFPageImage {
    /// Page `index` (0-based) rendered at `dpi` on white, as PNG bytes.
    public static func png(bytes: [UInt8], page index: Int = 0, dpi: Double = 80) throws(PDFReadingError) -> [UInt8] {
        try PopplerBridge.renderPNG(source: .bytes(bytes), page: index, dpi: dpi)
    }

    /// Page `index` (0-based) of the file at `path` rendered at `dpi` on white, as PNG bytes.
    public static func png(path: String, page index: Int = 0, dpi: Double = 80) throws(PDFReadingError) -> [UInt8] {
        try PopplerBridge.renderPNG(source: .path(path), page: index, dpi: dpi)
    }
}
