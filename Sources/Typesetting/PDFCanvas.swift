internal import CPangoCairo
import Foundation

// The other file that touches Cairo (with PangoTextEngine.swift): a PDF surface that writes into
// memory, and the drawing the typesetter needs. Everything is released in `deinit`.

/// A PDF being drawn, page by page, into memory.
final class PDFCanvas {
    private final class Sink {
        var bytes: [UInt8] = []
    }

    private let sink = Sink()
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private var finished = false

    init(width: Double, height: Double, metadata: PDFMetadata, creationDate: String) {
        surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque(), width, height)
        cairo = cairo_create(surface)
        func set(_ key: cairo_pdf_metadata_t, _ value: String?) {
            if let value, !value.isEmpty { cairo_pdf_surface_set_metadata(surface, key, value) }
        }
        set(CAIRO_PDF_METADATA_TITLE, metadata.title)
        set(CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        set(CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        set(CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
        set(CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        // Without it cairo writes the current time, and no two builds would match.
        set(CAIRO_PDF_METADATA_CREATE_DATE, creationDate)
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// Ends the document and hands over its bytes.
    func finish() throws(TypesettingError) -> [UInt8] {
        cairo_surface_finish(surface)
        finished = true
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw TypesettingError(message: "cairo could not write the PDF: \(String(cString: cairo_status_to_string(status))).")
        }
        return sink.bytes
    }

    func showPage() { cairo_show_page(cairo) }

    // MARK: Drawing

    private func setColor(_ color: PDFColor) {
        cairo_set_source_rgb(cairo, Double(color.red) / 255, Double(color.green) / 255, Double(color.blue) / 255)
    }

    func fill(x: Double, y: Double, width: Double, height: Double, color: PDFColor) {
        setColor(color)
        cairo_rectangle(cairo, x, y, width, height)
        cairo_fill(cairo)
    }

    func horizontalRule(x: Double, y: Double, width: Double, thickness: Double, color: PDFColor) {
        fill(x: x, y: y, width: width, height: thickness, color: color)
    }

    /// Draws line `index` of `layout` with its baseline at `baseline`, the layout's left edge at
    /// `x`, and makes its links clickable.
    func draw(_ layout: TextLayout, line index: Int, x: Double, baseline: Double, resolve: (String) -> String?) {
        guard let line = pango_layout_get_line_readonly(layout.pointer, Int32(index)) else { return }
        let metrics = layout.lines[index]
        setColor(layout.color)
        cairo_save(cairo)
        cairo_translate(cairo, x + metrics.x, baseline)
        cairo_scale(cairo, layout.scale, layout.scale)
        cairo_move_to(cairo, 0, 0)
        pango_cairo_show_layout_line(cairo, line)
        cairo_restore(cairo)
        for span in layout.linkSpans(onLine: index) {
            guard let target = resolve(span.target) else { continue }
            let top = baseline - metrics.baseline + metrics.top
            let rect = "rect=[\(format(x + metrics.x + span.x)) \(format(top)) \(format(span.width)) \(format(metrics.height))]"
            cairo_tag_begin(cairo, CAIRO_TAG_LINK, "\(target) \(rect)")
            cairo_tag_end(cairo, CAIRO_TAG_LINK)
        }
    }

    /// Draws every line of `layout` with its top-left corner at (`x`, `y`).
    func draw(_ layout: TextLayout, x: Double, y: Double, resolve: (String) -> String?) {
        for (index, line) in layout.lines.enumerated() {
            draw(layout, line: index, x: x, baseline: y + line.baseline, resolve: resolve)
        }
    }

    func draw(_ image: PDFImage, x: Double, y: Double, width: Double, height: Double) {
        cairo_save(cairo)
        cairo_translate(cairo, x, y)
        cairo_scale(cairo, width / Double(image.pixelWidth), height / Double(image.pixelHeight))
        cairo_set_source_surface(cairo, image.surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cairo), CAIRO_FILTER_GOOD)
        cairo_paint(cairo)
        cairo_restore(cairo)
    }

    /// An outline (bookmark) entry pointing at `page` (1-based) at `y`; returns its id for children.
    @discardableResult
    func addOutline(parent: Int32, title: String, page: Int, y: Double, open: Bool) -> Int32 {
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        return cairo_pdf_surface_add_outline(surface, parent, title, Self.internalLink(page: page, y: y), flags)
    }

    static let outlineRoot = Int32(CAIRO_PDF_OUTLINE_ROOT)

    /// Link attributes for a place in the document (1-based page).
    static func internalLink(page: Int, y: Double) -> String {
        "page=\(page) pos=[0 \(format(max(0, y)))]"
    }

    /// Link attributes for an external URI, quoted as cairo's attribute syntax wants.
    static func externalLink(_ uri: String) -> String {
        "uri='\(uri.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'"))'"
    }
}

/// A decoded picture, ready to draw: PNG pixels, or a JPEG passed through to the PDF as it is.
final class PDFImage {
    fileprivate let surface: OpaquePointer
    let pixelWidth: Int
    let pixelHeight: Int

    private init(surface: OpaquePointer, width: Int, height: Int) {
        self.surface = surface
        pixelWidth = width
        pixelHeight = height
    }

    deinit { cairo_surface_destroy(surface) }

    /// Decodes PNG or JPEG bytes; nil for other formats or damaged files.
    static func decode(_ bytes: [UInt8]) -> PDFImage? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8]), let size = JPEGSize(bytes) { return jpeg(bytes, size: size) }
        return nil
    }

    private final class Reader {
        let bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    private static func png(_ bytes: [UInt8]) -> PDFImage? {
        let reader = Reader(bytes)
        let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
            let count = Int(length)
            guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            reader.bytes.withUnsafeBufferPointer { source in
                data.update(from: source.baseAddress! + reader.offset, count: count)
            }
            reader.offset += count
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(reader).toOpaque())
        withExtendedLifetime(reader) {}
        guard let surface else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return nil
        }
        return PDFImage(surface: surface, width: Int(cairo_image_surface_get_width(surface)),
                        height: Int(cairo_image_surface_get_height(surface)))
    }

    /// A blank surface of the JPEG's size carrying the JPEG itself as mime data: cairo's PDF
    /// writer embeds those bytes (DCTDecode) instead of the blank pixels.
    private static func jpeg(_ bytes: [UInt8], size: (width: Int, height: Int)) -> PDFImage? {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(size.width), Int32(size.height)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        let copy = malloc(bytes.count)!
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        let status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self),
                                                 UInt(bytes.count), { free($0) }, copy)
        guard status == CAIRO_STATUS_SUCCESS else {
            free(copy)
            cairo_surface_destroy(surface)
            return nil
        }
        return PDFImage(surface: surface, width: size.width, height: size.height)
    }
}

/// Width and height from a JPEG's start-of-frame marker.
private func JPEGSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    var index = 2
    while index + 9 < bytes.count {
        guard bytes[index] == 0xFF else { return nil }
        let marker = bytes[index + 1]
        if marker == 0xFF { index += 1; continue }
        let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
        // SOF0...SOF15, except DHT (C4), JPG (C8) and DAC (CC).
        if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
            let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
            let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
            return width > 0 && height > 0 ? (width, height) : nil
        }
        index += 2 + length
    }
    return nil
}

/// A number as cairo's attribute parser reads it (no exponent, a few decimals).
private func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

/// A PDF could not be produced: cairo failed, or Pango and Cairo are not installed. The user's
/// input never causes this.
public struct TypesettingError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// What to do about it, when the machine can be mended (a library to install).
    public var hint: String? = nil
    public var description: String { message }
}
