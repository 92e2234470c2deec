internal import CPoppler

/// A PDF's text as poppler-glib lays it out: per page, every character with its box and font,
/// and the page's link targets. The only file in the module that touches poppler; everything
/// is copied into Swift values at once and freed before returning.
///
/// A document is opened, read and released within one call, so no poppler object outlives it
/// or crosses a task.
enum PopplerText {
    struct Page: Sendable {
        var width: Double
        var height: Double
        /// Characters of the page text in poppler's order, spaces and newlines included.
        var characters: [Unicode.Scalar]
        /// One box per character: x0, y0, x1, y1 with y growing down the page.
        var boxes: [Box]
        /// The font of each character, as an index into `fonts` (-1 when poppler gave none).
        var fontOfCharacter: [Int32]
        var fonts: [Font]
        var links: [Link]
        /// Whether the page draws images; only looked at for a page without text.
        var hasImages: Bool
    }

    struct Box: Sendable, Hashable {
        var x0: Double, y0: Double, x1: Double, y1: Double
    }

    struct Font: Sendable, Hashable {
        var name: String
        var size: Double
    }

    struct Link: Sendable, Hashable {
        var box: Box
        var uri: String
    }

    enum Failure: Error, Sendable, Equatable {
        case encrypted
        case unreadable(String)
    }

    static func read(_ bytes: [UInt8]) throws(Failure) -> [Page] {
        guard !bytes.isEmpty else { throw .unreadable("the file is empty") }
        // Loaded on first use (see CPoppler.h).
        guard let poppler = pf_poppler()?.pointee else {
            let reason = pf_poppler_load_error().map { String(cString: $0) } ?? "unknown reason"
            throw .unreadable("poppler-glib could not be loaded (\(reason)); install Debian's libpoppler-glib8 (scripts/bootstrap does)")
        }
        let data = bytes.withUnsafeBytes { buffer in poppler.g_bytes_new(buffer.baseAddress, buffer.count) }
        defer { poppler.g_bytes_unref(data) }
        var error: UnsafeMutablePointer<PFGError>?
        guard let document = poppler.document_new_from_bytes(data, nil, &error) else {
            defer { if let error { poppler.g_error_free(error) } }
            if let error, error.pointee.domain == poppler.error_quark(), error.pointee.code == Int32(PF_POPPLER_ERROR_ENCRYPTED) {
                throw .encrypted
            }
            throw .unreadable(error.map { String(cString: $0.pointee.message) } ?? "poppler could not open it")
        }
        defer { poppler.g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = poppler.document_get_n_pages(document)
        var pages: [Page] = []
        pages.reserveCapacity(Int(max(0, count)))
        for index in 0..<max(0, count) {
            guard let page = poppler.document_get_page(document, index) else { continue }
            defer { poppler.g_object_unref(UnsafeMutableRawPointer(page)) }
            pages.append(readPage(page, poppler))
        }
        return pages
    }

    private static func readPage(_ page: OpaquePointer, _ poppler: PFPoppler) -> Page {
        var width = 0.0, height = 0.0
        poppler.page_get_size(page, &width, &height)
        var result = Page(width: width, height: height, characters: [], boxes: [], fontOfCharacter: [], fonts: [], links: [], hasImages: false)

        if let text = poppler.page_get_text(page) {
            result.characters = Array(String(cString: text).unicodeScalars)
            poppler.g_free(text)
        }
        var rectangles: UnsafeMutablePointer<PFPopplerRectangle>?
        var rectangleCount: UInt32 = 0
        if poppler.page_get_text_layout(page, &rectangles, &rectangleCount) != 0, let rectangles {
            result.boxes.reserveCapacity(Int(rectangleCount))
            for index in 0..<Int(rectangleCount) {
                let r = rectangles[index]
                result.boxes.append(Box(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2))
            }
            poppler.g_free(rectangles)
        }
        // Characters and boxes pair up one to one; trust neither past the shorter.
        let paired = min(result.characters.count, result.boxes.count)
        result.characters.removeSubrange(paired...)
        result.boxes.removeSubrange(paired...)

        result.fontOfCharacter = Array(repeating: -1, count: paired)
        if let attributes = poppler.page_get_text_attributes(page) {
            var fontIndex: [Font: Int32] = [:]
            var node: UnsafeMutablePointer<PFGList>? = attributes
            while let current = node {
                if let raw = current.pointee.data {
                    let attribute = raw.assumingMemoryBound(to: PFPopplerTextAttributes.self).pointee
                    let font = Font(name: attribute.font_name.map { String(cString: $0) } ?? "", size: attribute.font_size)
                    let index: Int32
                    if let known = fontIndex[font] { index = known } else {
                        index = Int32(result.fonts.count)
                        fontIndex[font] = index
                        result.fonts.append(font)
                    }
                    let start = max(0, Int(attribute.start_index)), end = min(paired - 1, Int(attribute.end_index))
                    if start <= end { for character in start...end { result.fontOfCharacter[character] = index } }
                }
                node = current.pointee.next
            }
            poppler.page_free_text_attributes(attributes)
        }

        if let mapping = poppler.page_get_link_mapping(page) {
            var node: UnsafeMutablePointer<PFGList>? = mapping
            while let current = node {
                if let raw = current.pointee.data {
                    let link = raw.assumingMemoryBound(to: PFPopplerLinkMapping.self).pointee
                    if let action = link.action, action.pointee.type == Int32(PF_POPPLER_ACTION_URI),
                       let uri = UnsafeMutableRawPointer(action).assumingMemoryBound(to: PFPopplerActionUri.self).pointee.uri {
                        // Link areas use PDF coordinates (y up); turn them like the text boxes.
                        let area = link.area
                        result.links.append(Link(box: Box(x0: area.x1, y0: height - area.y2, x1: area.x2, y1: height - area.y1),
                                                 uri: String(cString: uri)))
                    }
                }
                node = current.pointee.next
            }
            poppler.page_free_link_mapping(mapping)
        }
        // Looking for images runs the page's drawing operators again: only worth it to explain
        // a page without text (a scan).
        if paired == 0, let images = poppler.page_get_image_mapping(page) {
            result.hasImages = true
            poppler.page_free_image_mapping(images)
        }
        return result
    }
}
