// Loads Pango, Cairo and fontconfig on first use; see include/CPangoCairo.h for why.
#include "CPangoCairo.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

// Every function the header declares: R returns a value, V does not.
#define PF_PANGO_CAIRO_FUNCTIONS(R, V) \
    R(const char *, cairo_version_string, (void), ()) \
    R(cairo_t *, cairo_create, (cairo_surface_t *target), (target)) \
    V(void, cairo_destroy, (cairo_t *cr), (cr)) \
    V(void, cairo_save, (cairo_t *cr), (cr)) \
    V(void, cairo_restore, (cairo_t *cr), (cr)) \
    V(void, cairo_translate, (cairo_t *cr, double tx, double ty), (cr, tx, ty)) \
    V(void, cairo_scale, (cairo_t *cr, double sx, double sy), (cr, sx, sy)) \
    V(void, cairo_move_to, (cairo_t *cr, double x, double y), (cr, x, y)) \
    V(void, cairo_rectangle, (cairo_t *cr, double x, double y, double width, double height), (cr, x, y, width, height)) \
    V(void, cairo_fill, (cairo_t *cr), (cr)) \
    V(void, cairo_paint, (cairo_t *cr), (cr)) \
    V(void, cairo_show_page, (cairo_t *cr), (cr)) \
    V(void, cairo_set_source_rgb, (cairo_t *cr, double red, double green, double blue), (cr, red, green, blue)) \
    V(void, cairo_set_source_surface, (cairo_t *cr, cairo_surface_t *surface, double x, double y), (cr, surface, x, y)) \
    R(cairo_pattern_t *, cairo_get_source, (cairo_t *cr), (cr)) \
    V(void, cairo_pattern_set_filter, (cairo_pattern_t *pattern, cairo_filter_t filter), (pattern, filter)) \
    V(void, cairo_tag_begin, (cairo_t *cr, const char *tag_name, const char *attributes), (cr, tag_name, attributes)) \
    V(void, cairo_tag_end, (cairo_t *cr, const char *tag_name), (cr, tag_name)) \
    R(const char *, cairo_status_to_string, (cairo_status_t status), (status)) \
    R(cairo_font_options_t *, cairo_font_options_create, (void), ()) \
    V(void, cairo_font_options_destroy, (cairo_font_options_t *options), (options)) \
    V(void, cairo_font_options_set_hint_metrics, (cairo_font_options_t *options, cairo_hint_metrics_t hint_metrics), (options, hint_metrics)) \
    V(void, cairo_font_options_set_hint_style, (cairo_font_options_t *options, cairo_hint_style_t hint_style), (options, hint_style)) \
    R(cairo_status_t, cairo_surface_status, (cairo_surface_t *surface), (surface)) \
    V(void, cairo_surface_destroy, (cairo_surface_t *surface), (surface)) \
    V(void, cairo_surface_finish, (cairo_surface_t *surface), (surface)) \
    V(void, cairo_surface_flush, (cairo_surface_t *surface), (surface)) \
    R(cairo_status_t, cairo_surface_set_mime_data, (cairo_surface_t *surface, const char *mime_type, const unsigned char *data, unsigned long length, cairo_destroy_func_t destroy, void *closure), (surface, mime_type, data, length, destroy, closure)) \
    R(cairo_status_t, cairo_surface_write_to_png_stream, (cairo_surface_t *surface, cairo_write_func_t write_func, void *closure), (surface, write_func, closure)) \
    R(cairo_surface_t *, cairo_image_surface_create, (cairo_format_t format, int width, int height), (format, width, height)) \
    R(cairo_surface_t *, cairo_image_surface_create_from_png_stream, (cairo_read_func_t read_func, void *closure), (read_func, closure)) \
    R(int, cairo_image_surface_get_width, (cairo_surface_t *surface), (surface)) \
    R(int, cairo_image_surface_get_height, (cairo_surface_t *surface), (surface)) \
    R(cairo_surface_t *, cairo_pdf_surface_create_for_stream, (cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points), (write_func, closure, width_in_points, height_in_points)) \
    V(void, cairo_pdf_surface_set_metadata, (cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *utf8), (surface, metadata, utf8)) \
    R(int, cairo_pdf_surface_add_outline, (cairo_surface_t *surface, int parent_id, const char *utf8, const char *link_attribs, cairo_pdf_outline_flags_t flags), (surface, parent_id, utf8, link_attribs, flags)) \
    R(const char *, pango_version_string, (void), ()) \
    R(PangoFontMap *, pango_cairo_font_map_new, (void), ()) \
    R(PangoContext *, pango_font_map_create_context, (PangoFontMap *fontmap), (fontmap)) \
    R(PangoFont *, pango_font_map_load_font, (PangoFontMap *fontmap, PangoContext *context, const PangoFontDescription *desc), (fontmap, context, desc)) \
    V(void, pango_cairo_context_set_resolution, (PangoContext *context, double dpi), (context, dpi)) \
    V(void, pango_cairo_context_set_font_options, (PangoContext *context, const cairo_font_options_t *options), (context, options)) \
    V(void, pango_context_set_round_glyph_positions, (PangoContext *context, int round_positions), (context, round_positions)) \
    R(PangoFontMetrics *, pango_context_get_metrics, (PangoContext *context, const PangoFontDescription *desc, PangoLanguage *language), (context, desc, language)) \
    R(int, pango_font_metrics_get_ascent, (PangoFontMetrics *metrics), (metrics)) \
    R(int, pango_font_metrics_get_descent, (PangoFontMetrics *metrics), (metrics)) \
    R(int, pango_font_metrics_get_height, (PangoFontMetrics *metrics), (metrics)) \
    V(void, pango_font_metrics_unref, (PangoFontMetrics *metrics), (metrics)) \
    R(PangoFontDescription *, pango_font_describe, (PangoFont *font), (font)) \
    R(PangoFontDescription *, pango_font_description_new, (void), ()) \
    V(void, pango_font_description_free, (PangoFontDescription *desc), (desc)) \
    R(const char *, pango_font_description_get_family, (const PangoFontDescription *desc), (desc)) \
    V(void, pango_font_description_set_family, (PangoFontDescription *desc, const char *family), (desc, family)) \
    V(void, pango_font_description_set_size, (PangoFontDescription *desc, int size), (desc, size)) \
    V(void, pango_font_description_set_absolute_size, (PangoFontDescription *desc, double size), (desc, size)) \
    V(void, pango_font_description_set_style, (PangoFontDescription *desc, PangoStyle style), (desc, style)) \
    V(void, pango_font_description_set_weight, (PangoFontDescription *desc, PangoWeight weight), (desc, weight)) \
    R(PangoAttrList *, pango_attr_list_new, (void), ()) \
    V(void, pango_attr_list_unref, (PangoAttrList *list), (list)) \
    V(void, pango_attr_list_insert, (PangoAttrList *list, PangoAttribute *attr), (list, attr)) \
    R(PangoAttribute *, pango_attr_weight_new, (PangoWeight weight), (weight)) \
    R(PangoAttribute *, pango_attr_style_new, (PangoStyle style), (style)) \
    R(PangoAttribute *, pango_attr_family_new, (const char *family), (family)) \
    R(PangoAttribute *, pango_attr_strikethrough_new, (int strikethrough), (strikethrough)) \
    R(PangoAttribute *, pango_attr_underline_new, (PangoUnderline underline), (underline)) \
    R(PangoAttribute *, pango_attr_foreground_new, (uint16_t red, uint16_t green, uint16_t blue), (red, green, blue)) \
    R(PangoAttribute *, pango_attr_size_new_absolute, (int size), (size)) \
    R(PangoAttribute *, pango_attr_rise_new, (int rise), (rise)) \
    R(PangoAttribute *, pango_attr_allow_breaks_new, (int allow_breaks), (allow_breaks)) \
    R(PangoLayout *, pango_layout_new, (PangoContext *context), (context)) \
    V(void, pango_layout_set_font_description, (PangoLayout *layout, const PangoFontDescription *desc), (layout, desc)) \
    V(void, pango_layout_set_width, (PangoLayout *layout, int width), (layout, width)) \
    V(void, pango_layout_set_wrap, (PangoLayout *layout, PangoWrapMode wrap), (layout, wrap)) \
    V(void, pango_layout_set_alignment, (PangoLayout *layout, PangoAlignment alignment), (layout, alignment)) \
    V(void, pango_layout_set_justify, (PangoLayout *layout, int justify), (layout, justify)) \
    V(void, pango_layout_set_line_spacing, (PangoLayout *layout, float factor), (layout, factor)) \
    V(void, pango_layout_set_text, (PangoLayout *layout, const char *text, int length), (layout, text, length)) \
    V(void, pango_layout_set_attributes, (PangoLayout *layout, PangoAttrList *attrs), (layout, attrs)) \
    V(void, pango_layout_get_extents, (PangoLayout *layout, PangoRectangle *ink_rect, PangoRectangle *logical_rect), (layout, ink_rect, logical_rect)) \
    R(int, pango_layout_get_unknown_glyphs_count, (PangoLayout *layout), (layout)) \
    R(PangoLayoutLine *, pango_layout_get_line_readonly, (PangoLayout *layout, int line), (layout, line)) \
    V(void, pango_layout_line_index_to_x, (PangoLayoutLine *line, int index, int trailing, int *x_pos), (line, index, trailing, x_pos)) \
    R(PangoLayoutIter *, pango_layout_get_iter, (PangoLayout *layout), (layout)) \
    V(void, pango_layout_iter_free, (PangoLayoutIter *iter), (iter)) \
    R(int, pango_layout_iter_next_line, (PangoLayoutIter *iter), (iter)) \
    R(int, pango_layout_iter_next_run, (PangoLayoutIter *iter), (iter)) \
    R(int, pango_layout_iter_get_baseline, (PangoLayoutIter *iter), (iter)) \
    V(void, pango_layout_iter_get_line_extents, (PangoLayoutIter *iter, PangoRectangle *ink_rect, PangoRectangle *logical_rect), (iter, ink_rect, logical_rect)) \
    R(PangoLayoutLine *, pango_layout_iter_get_line_readonly, (PangoLayoutIter *iter), (iter)) \
    R(PangoLayoutRun *, pango_layout_iter_get_run_readonly, (PangoLayoutIter *iter), (iter)) \
    V(void, pango_cairo_show_layout_line, (cairo_t *cr, PangoLayoutLine *line), (cr, line)) \
    R(int, FcInit, (void), ()) \
    V(void, g_object_unref, (void *object), (object))

// The libraries' function behind each of ours.
#define POINTER(ret, name, params, args) static ret (*library_##name) params;
PF_PANGO_CAIRO_FUNCTIONS(POINTER, POINTER)

static const char *const libraryName = "libpangocairo-1.0.so.0";
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static atomic_bool loaded;

// Pango's cairo glue depends on Pango, Cairo, fontconfig and GObject, so every function is found
// through its handle, and each is the one the others use.
static void load(void) {
    void *library = dlopen(libraryName, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(failure, sizeof failure, "%s", reason ? reason : "libpangocairo-1.0.so.0 could not be loaded");
        return;
    }
#define RESOLVE(ret, name, params, args)                                                           \
    library_##name = (ret(*) params)dlsym(library, #name);                                        \
    if (library_##name == NULL) {                                                                  \
        snprintf(failure, sizeof failure, "%s and the libraries it uses have no function %s", libraryName, #name); \
        return;                                                                                    \
    }
    PF_PANGO_CAIRO_FUNCTIONS(RESOLVE, RESOLVE)
    atomic_store_explicit(&loaded, true, memory_order_release);
}

const char *pf_pango_cairo_load_error(void) {
    pthread_once(&once, load);
    return atomic_load_explicit(&loaded, memory_order_acquire) ? NULL : failure;
}

// Callers ask `pf_pango_cairo_load_error` first; one that did not, when the libraries are
// missing, ends the program with the reason instead of calling through a null pointer.
static inline void require(void) {
    if (__builtin_expect(atomic_load_explicit(&loaded, memory_order_acquire), 1)) return;
    const char *reason = pf_pango_cairo_load_error();
    if (reason == NULL) return;
    fprintf(stderr, "error: Pango and Cairo (PDF typesetting) cannot be loaded: %s. "
                    "Install Debian's libpangocairo-1.0-0 (scripts/bootstrap does).\n", reason);
    exit(1);
}

#define FORWARD_VALUE(ret, name, params, args) ret name params { require(); return library_##name args; }
#define FORWARD_VOID(ret, name, params, args) ret name params { require(); library_##name args; }
PF_PANGO_CAIRO_FUNCTIONS(FORWARD_VALUE, FORWARD_VOID)
