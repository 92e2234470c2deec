internal import CPangoCairo
import Foundation

// One of the two files that touch Pango and Cairo (with PDFCanvas.swift). Pango objects live
// in final classes that release them in `deinit`; no pointer leaves these files' types.

/// A font as a layout asks for it.
struct FontSpec: Hashable {
    /// A family or a comma-separated fallback list.
    var family: String
    var size: Double
    var bold = false
    var italic = false
}

enum TextAlignment: Hashable {
    case left, center, right, justify
}

extension FontAccess {
    /// Runs `body` with a text engine on the shared font map, while no other call uses fonts.
    static func withEngine<T, E: Error>(monoFamily: String, _ body: (TextEngine) throws(E) -> T) throws(E) -> T {
        try withFontMap { (fontMap) throws(E) -> T in try run(body, on: fontMap, monoFamily: monoFamily) }
    }

    /// `withEngine`, or nil at once when another call is using the fonts.
    static func withEngineIfFree<T, E: Error>(monoFamily: String, _ body: (TextEngine) throws(E) -> T) throws(E) -> T? {
        try withFontMapIfFree { (fontMap) throws(E) -> T in try run(body, on: fontMap, monoFamily: monoFamily) }
    }

    /// A separate function so the engine and every layout made with it are gone before the
    /// fonts are let go.
    private static func run<T, E: Error>(_ body: (TextEngine) throws(E) -> T, on fontMap: OpaquePointer,
                                         monoFamily: String) throws(E) -> T {
        let engine = TextEngine(fontMap: fontMap, monoFamily: monoFamily)
        return try body(engine)
    }
}

/// Makes text layouts for one typesetting call: a Pango context at 72 dpi with unhinted metrics,
/// so what is measured is exactly what the PDF shows.
///
/// Every layout is made at one size, `referenceSize`, and scaled to its own when measured and
/// drawn. Unhinted, text scales exactly; and Pango 1.50 makes a font set for every size it is
/// asked for (a fontconfig sort on two new threads, then the fonts), about a millisecond each in
/// a new process, where a CV asks for a dozen sizes of each family.
final class TextEngine {
    /// The size every layout is made at, in points.
    static let referenceSize = 10.0
    private let context: OpaquePointer
    let monoFamily: String
    /// Characters no installed font could show, across every layout made.
    private(set) var missingCharacters: Set<Character> = []
    /// By family, regular weight: see `leading`.
    private var metrics: [String: FontMetrics] = [:]

    fileprivate init(fontMap: OpaquePointer, monoFamily: String) {
        context = pango_font_map_create_context(fontMap)
        self.monoFamily = monoFamily
        // Pango's default is 96 dpi, which would scale every size by 4/3 in a PDF.
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        pango_context_set_round_glyph_positions(context, 0)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(context)) }

    /// Lays out `text`, wrapped to `width` points (nil: one line per paragraph of the text).
    func layout(_ text: StyledText, font: FontSpec, color: PDFColor, width: Double?, alignment: TextAlignment = .left,
                lineHeight: Double = 1.0) -> TextLayout {
        let layout = pango_layout_new(context)!
        // A size of 0 or less (which PDFStyle refuses) is laid out as given.
        let scale = font.size > 0 ? font.size / Self.referenceSize : 1
        var reference = font
        if font.size > 0 { reference.size = Self.referenceSize }
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, reference.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
        if let width {
            pango_layout_set_width(layout, Int32((width / scale * Double(PANGO_SCALE)).rounded(.down)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
        if lineHeight != 1 { pango_layout_set_line_spacing(layout, Float(lineHeight)) }
        // Plain text plus an attribute list: nothing is parsed as markup, so `&` and `<` are just text.
        pango_layout_set_text(layout, text.string, Int32(text.byteCount))
        let attributes = pango_attr_list_new()
        defer { pango_attr_list_unref(attributes) }
        for run in text.runs { addAttributes(for: run, font: reference, to: attributes) }
        pango_layout_set_attributes(layout, attributes)

        let result = TextLayout(layout: layout, scale: scale, color: color, links: text.links)
        if result.unknownGlyphCount > 0 { missingCharacters.formUnion(result.unknownCharacters()) }
        return result
    }

    /// The room `lineHeight` leaves between two lines of `font` beyond the font's extent, in points:
    /// what a paragraph's last line lacks of a full line slot.
    /// Measured at the layouts' size, whose fonts a layout has just loaded: any other size would
    /// load them again, which costs a cold process a millisecond and more per family.
    func leading(_ font: FontSpec, lineHeight: Double) -> Double {
        let found = metrics[font.family] ?? FontMetrics.measure(family: font.family, size: Self.referenceSize, context: context)
        metrics[font.family] = found
        return found.leading(lineHeight: lineHeight) * font.size
    }

    private func addAttributes(for run: StyledText.Run, font: FontSpec, to list: OpaquePointer?) {
        let style = run.style
        func add(_ attribute: UnsafeMutablePointer<PangoAttribute>?) {
            guard let attribute else { return }
            attribute.pointee.start_index = UInt32(run.start)
            attribute.pointee.end_index = UInt32(run.end)
            pango_attr_list_insert(list, attribute)
        }
        // Runs add weight and slant to the paragraph's font, as nested HTML would (`regular` aside).
        if style.bold, !font.bold { add(pango_attr_weight_new(PANGO_WEIGHT_BOLD)) }
        if style.regular, !style.bold, font.bold { add(pango_attr_weight_new(PANGO_WEIGHT_NORMAL)) }
        if style.italic, !font.italic { add(pango_attr_style_new(PANGO_STYLE_ITALIC)) }
        if style.monospace { add(pango_attr_family_new(monoFamily)) }
        if style.strikethrough { add(pango_attr_strikethrough_new(1)) }
        if style.underline { add(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE)) }
        if let color = style.color {
            add(pango_attr_foreground_new(UInt16(color.red) * 257, UInt16(color.green) * 257, UInt16(color.blue) * 257))
        }
        if style.scale != 1 { add(pango_attr_size_new_absolute(Int32((font.size * style.scale * Double(PANGO_SCALE)).rounded()))) }
        if style.superscript { add(pango_attr_rise_new(Int32(font.size * 0.35 * Double(PANGO_SCALE)))) }
        if style.unbreakable { add(pango_attr_allow_breaks_new(0)) }
    }
}

/// A laid-out paragraph: its size and lines in points, ready to draw line by line.
final class TextLayout {
    struct Line {
        /// Top of the line's slot, from the layout's top.
        var top: Double
        /// From this line's top to the next one's (the last: to the layout's bottom).
        var height: Double
        /// The baseline, from the layout's top.
        var baseline: Double
        /// Where the line starts (alignment moves it), and its width.
        var x: Double
        var width: Double
        /// Its UTF-8 range in the text.
        var start: Int
        var end: Int
    }

    let pointer: OpaquePointer
    /// From the layout's own size (`TextEngine.referenceSize`) to the text's: what its measures
    /// were multiplied by, and what it is drawn scaled by.
    let scale: Double
    /// The paragraph colour; runs may carry their own.
    let color: PDFColor
    let lines: [Line]
    /// The widest line's width.
    let width: Double
    let height: Double
    let links: [(start: Int, end: Int, target: String)]

    fileprivate init(layout: OpaquePointer, scale: Double, color: PDFColor, links: [(start: Int, end: Int, target: String)]) {
        pointer = layout
        self.scale = scale
        self.color = color
        self.links = links
        // Pango units per point of the text's own size.
        let units = Double(PANGO_SCALE) / scale
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        height = Double(logical.height) / units

        var lines: [Line] = []
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        var widest = 0.0
        repeat {
            var extents = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &extents)
            let baseline = Double(pango_layout_iter_get_baseline(iterator)) / units
            let line = pango_layout_iter_get_line_readonly(iterator)!
            let start = Int(line.pointee.start_index)
            lines.append(Line(top: Double(extents.y) / units, height: 0, baseline: baseline,
                              x: Double(extents.x) / units, width: Double(extents.width) / units,
                              start: start, end: start + Int(line.pointee.length)))
            widest = max(widest, Double(extents.width) / units)
        } while pango_layout_iter_next_line(iterator) != 0
        for index in lines.indices {
            let next = index + 1 < lines.count ? lines[index + 1].top : height
            lines[index].height = next - lines[index].top
        }
        self.lines = lines
        width = widest
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    var unknownGlyphCount: Int { Int(pango_layout_get_unknown_glyphs_count(pointer)) }

    /// Baseline of the first line, from the top.
    var firstBaseline: Double { lines.first?.baseline ?? 0 }

    /// The links on line `index`: where each starts and how wide it is, from the line's start.
    func linkSpans(onLine index: Int) -> [(target: String, x: Double, width: Double)] {
        let line = lines[index]
        var spans: [(target: String, x: Double, width: Double)] = []
        guard let pangoLine = pango_layout_get_line_readonly(pointer, Int32(index)) else { return [] }
        for link in links where link.start < line.end && link.end > line.start {
            func x(at byte: Int) -> Double {
                if byte >= line.end { return line.width }
                var position: Int32 = 0
                pango_layout_line_index_to_x(pangoLine, Int32(byte), 0, &position)
                return Double(position) / Double(PANGO_SCALE) * scale
            }
            let from = x(at: max(link.start, line.start)), to = x(at: min(link.end, line.end))
            if to > from { spans.append((link.target, from, to - from)) }
        }
        return spans
    }

    /// The characters drawn as "missing glyph" boxes.
    fileprivate func unknownCharacters() -> Set<Character> {
        var found: Set<Character> = []
        let iterator = pango_layout_get_iter(pointer)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator), let glyphs = run.pointee.glyphs else { continue }
            for index in 0..<Int(glyphs.pointee.num_glyphs) {
                let glyph = glyphs.pointee.glyphs[index].glyph
                if glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0, let scalar = Unicode.Scalar(glyph & ~PANGO_GLYPH_UNKNOWN_FLAG),
                   !scalar.properties.isWhitespace, scalar.value >= 0x20 {
                    found.insert(Character(scalar))
                }
            }
        } while pango_layout_iter_next_run(iterator) != 0
        return found
    }
}
