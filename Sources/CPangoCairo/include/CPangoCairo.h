// Pango, Cairo and fontconfig, loaded on first use instead of linked.
//
// Linked, they made every run of the program load them and the thirty libraries they depend on
// (X11, harfbuzz, freetype, ICU and more): 6-9 ms of every command's start-up on the project's
// machines, although only PDF typesetting, template previews and `doctor` use them. So
// PangoCairoLoader.c opens libpangocairo-1.0.so.0 with dlopen at the first call of any function
// below, and each function forwards to the library's own (see `pf_pango_cairo_load_error`).
//
// The declarations mirror the libraries' public headers (Pango 1.x, Cairo 1.16+, soname-stable
// ABI): opaque types stay opaque, and of the structures PersonaForge reads, every field up to the
// last one it reads is declared. TypesettingTests' MirroredDeclarationsTests compiles the real
// headers and checks every constant, size and offset here against them.

#ifndef PERSONAFORGE_CPANGOCAIRO_H
#define PERSONAFORGE_CPANGOCAIRO_H

#include <stdint.h>

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wnullability-completeness"

// Hidden: the functions are this program's own (PangoCairoLoader.c), never exported, so they
// cannot stand in for the libraries' functions when the libraries call each other.
#pragma GCC visibility push(hidden)

// MARK: Cairo

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef struct _cairo_pattern cairo_pattern_t;
typedef struct _cairo_font_options cairo_font_options_t;

typedef enum _cairo_status {
    CAIRO_STATUS_SUCCESS = 0,
    CAIRO_STATUS_READ_ERROR = 10,
    CAIRO_STATUS_WRITE_ERROR = 11,
} cairo_status_t;

typedef enum _cairo_format { CAIRO_FORMAT_ARGB32 = 0, CAIRO_FORMAT_RGB24 = 1 } cairo_format_t;
typedef enum _cairo_hint_style { CAIRO_HINT_STYLE_NONE = 1 } cairo_hint_style_t;
typedef enum _cairo_hint_metrics { CAIRO_HINT_METRICS_OFF = 1 } cairo_hint_metrics_t;
typedef enum _cairo_filter { CAIRO_FILTER_GOOD = 1 } cairo_filter_t;

typedef enum _cairo_pdf_metadata {
    CAIRO_PDF_METADATA_TITLE = 0,
    CAIRO_PDF_METADATA_AUTHOR = 1,
    CAIRO_PDF_METADATA_SUBJECT = 2,
    CAIRO_PDF_METADATA_KEYWORDS = 3,
    CAIRO_PDF_METADATA_CREATOR = 4,
    CAIRO_PDF_METADATA_CREATE_DATE = 5,
} cairo_pdf_metadata_t;

typedef enum _cairo_pdf_outline_flags { CAIRO_PDF_OUTLINE_FLAG_OPEN = 1 } cairo_pdf_outline_flags_t;

#define CAIRO_PDF_OUTLINE_ROOT 0
#define CAIRO_TAG_LINK "Link"
#define CAIRO_MIME_TYPE_JPEG "image/jpeg"

typedef cairo_status_t (*cairo_write_func_t)(void *closure, const unsigned char *data, unsigned int length);
typedef cairo_status_t (*cairo_read_func_t)(void *closure, unsigned char *data, unsigned int length);
typedef void (*cairo_destroy_func_t)(void *data);

const char *cairo_version_string(void);
cairo_t *cairo_create(cairo_surface_t *target);
void cairo_destroy(cairo_t *cr);
void cairo_save(cairo_t *cr);
void cairo_restore(cairo_t *cr);
void cairo_translate(cairo_t *cr, double tx, double ty);
void cairo_scale(cairo_t *cr, double sx, double sy);
void cairo_move_to(cairo_t *cr, double x, double y);
void cairo_rectangle(cairo_t *cr, double x, double y, double width, double height);
void cairo_fill(cairo_t *cr);
void cairo_paint(cairo_t *cr);
void cairo_show_page(cairo_t *cr);
void cairo_set_source_rgb(cairo_t *cr, double red, double green, double blue);
void cairo_set_source_surface(cairo_t *cr, cairo_surface_t *surface, double x, double y);
cairo_pattern_t *cairo_get_source(cairo_t *cr);
void cairo_pattern_set_filter(cairo_pattern_t *pattern, cairo_filter_t filter);
void cairo_tag_begin(cairo_t *cr, const char *tag_name, const char *attributes);
void cairo_tag_end(cairo_t *cr, const char *tag_name);
const char *cairo_status_to_string(cairo_status_t status);
cairo_font_options_t *cairo_font_options_create(void);
void cairo_font_options_destroy(cairo_font_options_t *options);
void cairo_font_options_set_hint_metrics(cairo_font_options_t *options, cairo_hint_metrics_t hint_metrics);
void cairo_font_options_set_hint_style(cairo_font_options_t *options, cairo_hint_style_t hint_style);
cairo_status_t cairo_surface_status(cairo_surface_t *surface);
void cairo_surface_destroy(cairo_surface_t *surface);
void cairo_surface_finish(cairo_surface_t *surface);
void cairo_surface_flush(cairo_surface_t *surface);
cairo_status_t cairo_surface_set_mime_data(cairo_surface_t *surface, const char *mime_type, const unsigned char *data,
                                           unsigned long length, cairo_destroy_func_t destroy, void *closure);
cairo_status_t cairo_surface_write_to_png_stream(cairo_surface_t *surface, cairo_write_func_t write_func, void *closure);
cairo_surface_t *cairo_image_surface_create(cairo_format_t format, int width, int height);
cairo_surface_t *cairo_image_surface_create_from_png_stream(cairo_read_func_t read_func, void *closure);
int cairo_image_surface_get_width(cairo_surface_t *surface);
int cairo_image_surface_get_height(cairo_surface_t *surface);
cairo_surface_t *cairo_pdf_surface_create_for_stream(cairo_write_func_t write_func, void *closure,
                                                     double width_in_points, double height_in_points);
void cairo_pdf_surface_set_metadata(cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *utf8);
int cairo_pdf_surface_add_outline(cairo_surface_t *surface, int parent_id, const char *utf8, const char *link_attribs,
                                  cairo_pdf_outline_flags_t flags);

// MARK: Pango

typedef struct _PangoFontMap PangoFontMap;
typedef struct _PangoContext PangoContext;
typedef struct _PangoFont PangoFont;
typedef struct _PangoFontDescription PangoFontDescription;
typedef struct _PangoFontMetrics PangoFontMetrics;
typedef struct _PangoLanguage PangoLanguage;
typedef struct _PangoAttrList PangoAttrList;
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoLayoutIter PangoLayoutIter;

#define PANGO_SCALE 1024

typedef uint32_t PangoGlyph;
#define PANGO_GLYPH_UNKNOWN_FLAG ((PangoGlyph)0x10000000)

typedef enum { PANGO_WEIGHT_NORMAL = 400, PANGO_WEIGHT_BOLD = 700 } PangoWeight;
typedef enum { PANGO_STYLE_NORMAL = 0, PANGO_STYLE_ITALIC = 2 } PangoStyle;
typedef enum { PANGO_UNDERLINE_SINGLE = 1 } PangoUnderline;
typedef enum { PANGO_ALIGN_LEFT = 0, PANGO_ALIGN_CENTER = 1, PANGO_ALIGN_RIGHT = 2 } PangoAlignment;
typedef enum { PANGO_WRAP_WORD_CHAR = 2 } PangoWrapMode;

typedef struct PangoRectangle {
    int x;
    int y;
    int width;
    int height;
} PangoRectangle;

/// The fields every attribute starts with; its class pointer is Pango's business.
typedef struct PangoAttribute {
    const void *klass;
    unsigned int start_index;
    unsigned int end_index;
} PangoAttribute;

typedef struct PangoLayoutLine {
    PangoLayout *layout;
    int start_index;
    int length;
} PangoLayoutLine;

typedef struct PangoGlyphGeometry {
    int32_t width;
    int32_t x_offset;
    int32_t y_offset;
} PangoGlyphGeometry;

typedef struct PangoGlyphVisAttr {
    unsigned int is_cluster_start : 1;
    unsigned int is_color : 1;
} PangoGlyphVisAttr;

/// An element of PangoGlyphString's array: declared whole, as its size steps through the array.
typedef struct PangoGlyphInfo {
    PangoGlyph glyph;
    PangoGlyphGeometry geometry;
    PangoGlyphVisAttr attr;
} PangoGlyphInfo;

typedef struct PangoGlyphString {
    int num_glyphs;
    PangoGlyphInfo *glyphs;
} PangoGlyphString;

typedef struct PangoLayoutRun {
    void *item;
    PangoGlyphString *glyphs;
} PangoLayoutRun;

const char *pango_version_string(void);
PangoFontMap *pango_cairo_font_map_new(void);
PangoContext *pango_font_map_create_context(PangoFontMap *fontmap);
PangoFont *pango_font_map_load_font(PangoFontMap *fontmap, PangoContext *context, const PangoFontDescription *desc);
void pango_cairo_context_set_resolution(PangoContext *context, double dpi);
void pango_cairo_context_set_font_options(PangoContext *context, const cairo_font_options_t *options);
void pango_context_set_round_glyph_positions(PangoContext *context, int round_positions);
PangoFontMetrics *pango_context_get_metrics(PangoContext *context, const PangoFontDescription *desc, PangoLanguage *language);
int pango_font_metrics_get_ascent(PangoFontMetrics *metrics);
int pango_font_metrics_get_descent(PangoFontMetrics *metrics);
int pango_font_metrics_get_height(PangoFontMetrics *metrics);
void pango_font_metrics_unref(PangoFontMetrics *metrics);
PangoFontDescription *pango_font_describe(PangoFont *font);
PangoFontDescription *pango_font_description_new(void);
void pango_font_description_free(PangoFontDescription *desc);
const char *pango_font_description_get_family(const PangoFontDescription *desc);
void pango_font_description_set_family(PangoFontDescription *desc, const char *family);
void pango_font_description_set_size(PangoFontDescription *desc, int size);
void pango_font_description_set_absolute_size(PangoFontDescription *desc, double size);
void pango_font_description_set_style(PangoFontDescription *desc, PangoStyle style);
void pango_font_description_set_weight(PangoFontDescription *desc, PangoWeight weight);
PangoAttrList *pango_attr_list_new(void);
void pango_attr_list_unref(PangoAttrList *list);
void pango_attr_list_insert(PangoAttrList *list, PangoAttribute *attr);
PangoAttribute *pango_attr_weight_new(PangoWeight weight);
PangoAttribute *pango_attr_style_new(PangoStyle style);
PangoAttribute *pango_attr_family_new(const char *family);
PangoAttribute *pango_attr_strikethrough_new(int strikethrough);
PangoAttribute *pango_attr_underline_new(PangoUnderline underline);
PangoAttribute *pango_attr_foreground_new(uint16_t red, uint16_t green, uint16_t blue);
PangoAttribute *pango_attr_size_new_absolute(int size);
PangoAttribute *pango_attr_rise_new(int rise);
PangoAttribute *pango_attr_allow_breaks_new(int allow_breaks);
PangoLayout *pango_layout_new(PangoContext *context);
void pango_layout_set_font_description(PangoLayout *layout, const PangoFontDescription *desc);
void pango_layout_set_width(PangoLayout *layout, int width);
void pango_layout_set_wrap(PangoLayout *layout, PangoWrapMode wrap);
void pango_layout_set_alignment(PangoLayout *layout, PangoAlignment alignment);
void pango_layout_set_justify(PangoLayout *layout, int justify);
void pango_layout_set_line_spacing(PangoLayout *layout, float factor);
void pango_layout_set_text(PangoLayout *layout, const char *text, int length);
void pango_layout_set_attributes(PangoLayout *layout, PangoAttrList *attrs);
void pango_layout_get_extents(PangoLayout *layout, PangoRectangle *ink_rect, PangoRectangle *logical_rect);
int pango_layout_get_unknown_glyphs_count(PangoLayout *layout);
PangoLayoutLine *pango_layout_get_line_readonly(PangoLayout *layout, int line);
void pango_layout_line_index_to_x(PangoLayoutLine *line, int index, int trailing, int *x_pos);
PangoLayoutIter *pango_layout_get_iter(PangoLayout *layout);
void pango_layout_iter_free(PangoLayoutIter *iter);
int pango_layout_iter_next_line(PangoLayoutIter *iter);
int pango_layout_iter_next_run(PangoLayoutIter *iter);
int pango_layout_iter_get_baseline(PangoLayoutIter *iter);
void pango_layout_iter_get_line_extents(PangoLayoutIter *iter, PangoRectangle *ink_rect, PangoRectangle *logical_rect);
PangoLayoutLine *pango_layout_iter_get_line_readonly(PangoLayoutIter *iter);
PangoLayoutRun *pango_layout_iter_get_run_readonly(PangoLayoutIter *iter);
void pango_cairo_show_layout_line(cairo_t *cr, PangoLayoutLine *line);

// MARK: fontconfig and GObject

int FcInit(void);
void g_object_unref(void *object);

/// Loads the libraries if that has not been tried yet (thread-safe); NULL when they are loaded,
/// otherwise why they cannot be. Call it before any function above: one of those, called when
/// the libraries cannot be loaded, ends the program with that reason.
const char *_Nullable pf_pango_cairo_load_error(void);

#pragma GCC visibility pop

#pragma clang diagnostic pop

#endif
