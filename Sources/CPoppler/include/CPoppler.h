// poppler-glib, loaded on first use instead of linked.
//
// Linking poppler-glib makes every run of the program load it and the 50 libraries it depends
// on (about 13 ms of start-up on the project's machines), although only CV import and template
// previews read PDFs. So PersonaForge opens libpoppler-glib.so.8 with dlopen the first time a PDF
// is read, and calls it through the table of functions below.
//
// The types mirror poppler-glib's public structures (poppler-page.h, poppler-action.h), whose
// layout is part of its stable ABI (soname 8); only the fields PersonaForge reads are named.

#ifndef PERSONAFORGE_CPOPPLER_H
#define PERSONAFORGE_CPOPPLER_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

// Only the function table and the loader carry nullability; the rest is as poppler declares it.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wnullability-completeness"

typedef struct PFPopplerDocument PFPopplerDocument;
typedef struct PFPopplerPage PFPopplerPage;
typedef struct PFPopplerIndexIter PFPopplerIndexIter;
typedef struct PFPopplerFontInfo PFPopplerFontInfo;
typedef struct PFPopplerFontsIter PFPopplerFontsIter;
typedef struct PFGBytes PFGBytes;

/// GLib's GError.
typedef struct PFGError {
    uint32_t domain;
    int code;
    char *message;
} PFGError;

/// GLib's GList.
typedef struct PFGList {
    void *data;
    struct PFGList *next;
    struct PFGList *prev;
} PFGList;

/// PopplerRectangle.
typedef struct PFPopplerRectangle {
    double x1, y1, x2, y2;
} PFPopplerRectangle;

/// PopplerColor.
typedef struct PFPopplerColor {
    uint16_t red, green, blue;
} PFPopplerColor;

/// PopplerTextAttributes.
typedef struct PFPopplerTextAttributes {
    char *font_name;
    double font_size;
    int is_underlined;
    PFPopplerColor color;
    int start_index;
    int end_index;
} PFPopplerTextAttributes;

/// The first members every PopplerAction shares (PopplerActionAny), and a URI action's.
typedef struct PFPopplerActionAny {
    int type;
    char *title;
} PFPopplerActionAny;

typedef struct PFPopplerActionUri {
    int type;
    char *title;
    char *uri;
} PFPopplerActionUri;

/// PopplerLinkMapping.
typedef struct PFPopplerLinkMapping {
    PFPopplerRectangle area;
    PFPopplerActionAny *action;
} PFPopplerLinkMapping;

/// POPPLER_ACTION_URI and POPPLER_ERROR_ENCRYPTED.
enum { PF_POPPLER_ACTION_URI = 5, PF_POPPLER_ERROR_ENCRYPTED = 1 };

/// The functions PersonaForge calls, resolved from the loaded library (GLib's and GObject's
/// through it, so that they are the ones poppler uses).
typedef struct PFPoppler {
    const char *(* _Nonnull get_version)(void);
    uint32_t (* _Nonnull error_quark)(void);

    PFPopplerDocument *(* _Nonnull document_new_from_bytes)(PFGBytes *bytes, const char *password, PFGError **error);
    int (* _Nonnull document_get_n_pages)(PFPopplerDocument *document);
    PFPopplerPage *(* _Nonnull document_get_page)(PFPopplerDocument *document, int index);
    char *(* _Nonnull document_get_title)(PFPopplerDocument *document);
    char *(* _Nonnull document_get_author)(PFPopplerDocument *document);
    char *(* _Nonnull document_get_subject)(PFPopplerDocument *document);
    char *(* _Nonnull document_get_keywords)(PFPopplerDocument *document);
    char *(* _Nonnull document_get_creator)(PFPopplerDocument *document);
    char *(* _Nonnull document_get_producer)(PFPopplerDocument *document);
    time_t (* _Nonnull document_get_creation_date)(PFPopplerDocument *document);

    void (* _Nonnull page_get_size)(PFPopplerPage *page, double *width, double *height);
    char *(* _Nonnull page_get_text)(PFPopplerPage *page);
    int (* _Nonnull page_get_text_layout)(PFPopplerPage *page, PFPopplerRectangle **rectangles, unsigned int *count);
    PFGList *(* _Nonnull page_get_text_attributes)(PFPopplerPage *page);
    void (* _Nonnull page_free_text_attributes)(PFGList *list);
    PFGList *(* _Nonnull page_get_link_mapping)(PFPopplerPage *page);
    void (* _Nonnull page_free_link_mapping)(PFGList *list);
    PFGList *(* _Nonnull page_get_image_mapping)(PFPopplerPage *page);
    void (* _Nonnull page_free_image_mapping)(PFGList *list);
    /// `cairo` is a cairo_t *.
    void (* _Nonnull page_render)(PFPopplerPage *page, void *cairo);

    PFPopplerIndexIter *(* _Nonnull index_iter_new)(PFPopplerDocument *document);
    PFPopplerIndexIter *(* _Nonnull index_iter_get_child)(PFPopplerIndexIter *parent);
    int (* _Nonnull index_iter_next)(PFPopplerIndexIter *iter);
    PFPopplerActionAny *(* _Nonnull index_iter_get_action)(PFPopplerIndexIter *iter);
    void (* _Nonnull index_iter_free)(PFPopplerIndexIter *iter);
    void (* _Nonnull action_free)(PFPopplerActionAny *action);

    PFPopplerFontInfo *(* _Nonnull font_info_new)(PFPopplerDocument *document);
    int (* _Nonnull font_info_scan)(PFPopplerFontInfo *info, int pages, PFPopplerFontsIter **iter);
    const char *(* _Nonnull fonts_iter_get_name)(PFPopplerFontsIter *iter);
    int (* _Nonnull fonts_iter_is_embedded)(PFPopplerFontsIter *iter);
    int (* _Nonnull fonts_iter_is_subset)(PFPopplerFontsIter *iter);
    int (* _Nonnull fonts_iter_next)(PFPopplerFontsIter *iter);
    void (* _Nonnull fonts_iter_free)(PFPopplerFontsIter *iter);

    PFGBytes *(* _Nonnull g_bytes_new)(const void *data, size_t size);
    void (* _Nonnull g_bytes_unref)(PFGBytes *bytes);
    void (* _Nonnull g_free)(void *memory);
    void (* _Nonnull g_error_free)(PFGError *error);
    void (* _Nonnull g_object_unref)(void *object);
} PFPoppler;

/// The library's functions, loading it on the first call (thread-safe); NULL when it cannot be
/// loaded, and then `pf_poppler_load_error` says why.
const PFPoppler *_Nullable pf_poppler(void);
const char *_Nullable pf_poppler_load_error(void);

#pragma clang diagnostic pop

#endif
