internal import CPangoCairo
internal import CPoppler
import Core

/// The only file that touches Poppler (and the cairo it renders with). Every Poppler object is
/// released before the function that made it returns; only Swift values leave. Poppler is loaded
/// on first use (see CPoppler.h), so every call starts from `library()`.
enum PopplerBridge {
    /// poppler-glib's functions, or why it cannot be loaded.
    static func library() throws(PDFReadingError) -> PFPoppler {
        guard let loaded = pf_poppler() else {
            let reason = pf_poppler_load_error().map { String(cString: $0) } ?? "unknown reason"
            throw PDFReadingError(message: "PDFs cannot be read: poppler-glib could not be loaded (\(reason)). "
                                  + "Install Debian's libpoppler-glib8 (scripts/bootstrap does).")
        }
        return loaded.pointee
    }

    enum Source {
        case path(String)
        case bytes([UInt8])
    }

    static func read(source: Source) throws(PDFReadingError) -> PDFFile {
        let poppler = try library()
        let document = try open(source, poppler)
        defer { poppler.g_object_unref(UnsafeMutableRawPointer(document)) }

        let count = Int(poppler.document_get_n_pages(document))
        var pages: [String] = []
        var links: [PDFLink] = []
        var sizes: [PDFPageSize] = []
        for index in 0..<count {
            guard let page = poppler.document_get_page(document, Int32(index)) else { continue }
            defer { poppler.g_object_unref(UnsafeMutableRawPointer(page)) }
            pages.append(take(poppler.page_get_text(page), poppler) ?? "")
            var width = 0.0, height = 0.0
            poppler.page_get_size(page, &width, &height)
            sizes.append(PDFPageSize(width: width, height: height))
            links += pageLinks(page, index: index, poppler)
        }
        let metadata = PDFFileMetadata(
            title: take(poppler.document_get_title(document), poppler),
            author: take(poppler.document_get_author(document), poppler),
            subject: take(poppler.document_get_subject(document), poppler),
            keywords: take(poppler.document_get_keywords(document), poppler),
            creator: take(poppler.document_get_creator(document), poppler),
            producer: take(poppler.document_get_producer(document), poppler),
            creationDate: {
                let date = poppler.document_get_creation_date(document)
                return date < 0 ? nil : Int64(date)
            }())
        return PDFFile(pages: pages, fonts: fonts(document, pageCount: count, poppler), links: links,
                       metadata: metadata, outline: outline(document, poppler), pageSizes: sizes)
    }

    static func renderPNG(source: Source, page index: Int, dpi: Double) throws(PDFReadingError) -> [UInt8] {
        let poppler = try library()
        if let reason = pf_pango_cairo_load_error() {
            throw PDFReadingError(message: "Page images cannot be made: Cairo could not be loaded (\(String(cString: reason))). "
                                  + "Install Debian's libpangocairo-1.0-0 (scripts/bootstrap does).")
        }
        let document = try open(source, poppler)
        defer { poppler.g_object_unref(UnsafeMutableRawPointer(document)) }
        guard index >= 0, index < Int(poppler.document_get_n_pages(document)),
              let page = poppler.document_get_page(document, Int32(index)) else {
            throw PDFReadingError(message: "The PDF has no page \(index + 1).")
        }
        defer { poppler.g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler.page_get_size(page, &width, &height)
        let scale = dpi / 72
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32((width * scale).rounded(.up)), Int32((height * scale).rounded(.up)))
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler.page_render(page, UnsafeMutableRawPointer(context))
        cairo_destroy(context)
        cairo_surface_flush(surface)

        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        withExtendedLifetime(sink) {}
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PDFReadingError(message: "cairo could not encode the page image: \(String(cString: cairo_status_to_string(status))).")
        }
        return sink.bytes
    }

    private final class ByteSink {
        var bytes: [UInt8] = []
    }

    private static func open(_ source: Source, _ poppler: PFPoppler) throws(PDFReadingError) -> OpaquePointer {
        let bytes: [UInt8]
        switch source {
        case .path(let path):
            guard let read = FileSystem.read(path) else { throw PDFReadingError(message: "Cannot read '\(path)'.") }
            bytes = read
        case .bytes(let given):
            bytes = given
        }
        let glibBytes = bytes.withUnsafeBytes { poppler.g_bytes_new($0.baseAddress, $0.count) }
        defer { poppler.g_bytes_unref(glibBytes) }
        var error: UnsafeMutablePointer<PFGError>?
        guard let document = poppler.document_new_from_bytes(glibBytes, nil, &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { poppler.g_error_free(error) }
            throw PDFReadingError(message: "Poppler cannot open the PDF: \(message).")
        }
        return document
    }

    /// Copies a string Poppler handed over and frees it.
    private static func take(_ string: UnsafeMutablePointer<CChar>?, _ poppler: PFPoppler) -> String? {
        guard let string else { return nil }
        defer { poppler.g_free(string) }
        return String(cString: string)
    }

    private static func pageLinks(_ page: OpaquePointer, index: Int, _ poppler: PFPoppler) -> [PDFLink] {
        guard let mapping = poppler.page_get_link_mapping(page) else { return [] }
        defer { poppler.page_free_link_mapping(mapping) }
        var links: [PDFLink] = []
        var node: UnsafeMutablePointer<PFGList>? = mapping
        while let current = node {
            if let data = current.pointee.data {
                let link = data.assumingMemoryBound(to: PFPopplerLinkMapping.self).pointee
                var uri: String?
                if let action = link.action, action.pointee.type == Int32(PF_POPPLER_ACTION_URI),
                   let raw = UnsafeMutableRawPointer(action).assumingMemoryBound(to: PFPopplerActionUri.self).pointee.uri {
                    uri = String(cString: raw)
                }
                links.append(PDFLink(page: index, uri: uri, x1: link.area.x1, y1: link.area.y1, x2: link.area.x2, y2: link.area.y2))
            }
            node = current.pointee.next
        }
        return links
    }

    private static func fonts(_ document: OpaquePointer, pageCount: Int, _ poppler: PFPoppler) -> [PDFFont] {
        guard let info = poppler.font_info_new(document) else { return [] }
        defer { poppler.g_object_unref(UnsafeMutableRawPointer(info)) }
        var fonts: [PDFFont] = []
        var iterator: OpaquePointer?
        guard poppler.font_info_scan(info, Int32(pageCount), &iterator) != 0, let iterator else { return [] }
        defer { poppler.fonts_iter_free(iterator) }
        repeat {
            let name = poppler.fonts_iter_get_name(iterator).map { String(cString: $0) } ?? ""
            fonts.append(PDFFont(name: name, isEmbedded: poppler.fonts_iter_is_embedded(iterator) != 0,
                                 isSubset: poppler.fonts_iter_is_subset(iterator) != 0))
        } while poppler.fonts_iter_next(iterator) != 0
        return fonts
    }

    private static func outline(_ document: OpaquePointer, _ poppler: PFPoppler) -> [PDFOutlineItem] {
        guard let iterator = poppler.index_iter_new(document) else { return [] }
        defer { poppler.index_iter_free(iterator) }
        return outlineLevel(iterator, poppler)
    }

    private static func outlineLevel(_ iterator: OpaquePointer, _ poppler: PFPoppler) -> [PDFOutlineItem] {
        var items: [PDFOutlineItem] = []
        repeat {
            var title = ""
            if let action = poppler.index_iter_get_action(iterator) {
                defer { poppler.action_free(action) }
                if let raw = action.pointee.title { title = String(cString: raw) }
            }
            var children: [PDFOutlineItem] = []
            if let child = poppler.index_iter_get_child(iterator) {
                defer { poppler.index_iter_free(child) }
                children = outlineLevel(child, poppler)
            }
            items.append(PDFOutlineItem(title: title, children: children))
        } while poppler.index_iter_next(iterator) != 0
        return items
    }
}
