internal import CPangoCairo

// A small bridge beside PangoTextEngine.swift: what the machine's Pango and Cairo provide, for
// `personaforge doctor`. Every Pango object made here is released before returning.

/// The Pango and Cairo libraries and the fonts they can find.
public enum TypesettingInstallation {
    /// Why Pango and Cairo cannot be loaded (see CPangoCairo.h); nil when they are.
    public static var loadError: String? { pf_pango_cairo_load_error().map { String(cString: $0) } }
    /// What to do when they cannot be.
    public static let installAdvice = "Install Debian's libpangocairo-1.0-0 (scripts/bootstrap does)."
    /// Call after `loadError` says the libraries are loaded.
    public static var pangoVersion: String { String(cString: pango_version_string()) }
    public static var cairoVersion: String { String(cString: cairo_version_string()) }

    /// The family Pango (through fontconfig) actually uses when asked for `family`: the same
    /// name when the font is installed, another (a fallback) when it is not; nil when no font
    /// loads at all.
    public static func resolvedFamily(for family: String) -> String? {
        guard loadError == nil else { return nil }
        return FontAccess.withFontMap { fontMap in
            let context = pango_font_map_create_context(fontMap)
            defer { g_object_unref(UnsafeMutableRawPointer(context)) }
            let wanted = pango_font_description_new()
            defer { pango_font_description_free(wanted) }
            pango_font_description_set_family(wanted, family)
            pango_font_description_set_size(wanted, 10 * PANGO_SCALE)
            guard let font = pango_font_map_load_font(fontMap, context, wanted) else { return nil }
            defer { g_object_unref(UnsafeMutableRawPointer(font)) }
            let actual = pango_font_describe(font)
            defer { pango_font_description_free(actual) }
            return pango_font_description_get_family(actual).map { String(cString: $0) }
        }
    }
}
