internal import CPangoCairo
import Synchronization

// A small bridge beside PangoTextEngine.swift: a font's vertical metrics as Pango reads them.
// Every Pango object made here is released before returning.

/// A font's vertical metrics in ems, as the PDF typesetter measures them.
public struct FontMetrics: Sendable, Hashable {
    /// From the ascender to the descender: the height Pango gives a paragraph's last line.
    public var extent: Double
    /// The extent plus the font's line gap: one line at single spacing, in Pango, Word and LibreOffice alike.
    public var lineSpacing: Double

    public init(extent: Double, lineSpacing: Double) {
        self.extent = extent
        self.lineSpacing = lineSpacing
    }

    /// What `line_height` adds below a paragraph's last line to make a full line slot, in ems:
    /// Word and LibreOffice give the last line that room, Pango does not.
    public func leading(lineHeight: Double) -> Double { max(0, lineHeight * lineSpacing - extent) }

    private static let cache = Mutex<[String: FontMetrics]>([:])

    /// The metrics of the font Pango loads for `family` (a family or a fallback list), regular
    /// weight; nil when Pango cannot be loaded (see CPangoCairo.h).
    public static func measure(family: String) -> FontMetrics? {
        if let known = cache.withLock({ $0[family] }) { return known }
        guard pf_pango_cairo_load_error() == nil else { return nil }
        let measured = FontAccess.withFontMap { fontMap in
            let context = pango_font_map_create_context(fontMap)!
            defer { g_object_unref(UnsafeMutableRawPointer(context)) }
            pango_cairo_context_set_resolution(context, 72)
            return measure(family: family, size: 1000, context: context)
        }
        cache.withLock { $0[family] = measured }
        return measured
    }

    /// Metrics of `family` at `size` points through an existing context, in ems.
    static func measure(family: String, size: Double, context: OpaquePointer) -> FontMetrics {
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, family)
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        let metrics = pango_context_get_metrics(context, description, nil)
        defer { pango_font_metrics_unref(metrics) }
        let scale = Double(PANGO_SCALE) * size
        let extent = Double(pango_font_metrics_get_ascent(metrics) + pango_font_metrics_get_descent(metrics)) / scale
        let height = Double(pango_font_metrics_get_height(metrics)) / scale
        return FontMetrics(extent: extent, lineSpacing: max(extent, height))
    }
}
