// Loads poppler-glib on first use; see include/CPoppler.h for why.
#include "CPoppler.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static PFPoppler functions;
static const PFPoppler *loaded;
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int resolve(void *library, void **slot, const char *name) {
    *slot = dlsym(library, name);
    if (*slot == NULL) {
        snprintf(failure, sizeof failure, "libpoppler-glib.so.8 has no function %s", name);
        return 0;
    }
    return 1;
}

#define RESOLVE(field, symbol) if (!resolve(library, (void **)&functions.field, symbol)) return;

static void load(void) {
    void *library = dlopen("libpoppler-glib.so.8", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(failure, sizeof failure, "%s", reason ? reason : "libpoppler-glib.so.8 could not be loaded");
        return;
    }
    RESOLVE(get_version, "poppler_get_version")
    RESOLVE(error_quark, "poppler_error_quark")
    RESOLVE(document_new_from_bytes, "poppler_document_new_from_bytes")
    RESOLVE(document_get_n_pages, "poppler_document_get_n_pages")
    RESOLVE(document_get_page, "poppler_document_get_page")
    RESOLVE(document_get_title, "poppler_document_get_title")
    RESOLVE(document_get_author, "poppler_document_get_author")
    RESOLVE(document_get_subject, "poppler_document_get_subject")
    RESOLVE(document_get_keywords, "poppler_document_get_keywords")
    RESOLVE(document_get_creator, "poppler_document_get_creator")
    RESOLVE(document_get_producer, "poppler_document_get_producer")
    RESOLVE(document_get_creation_date, "poppler_document_get_creation_date")
    RESOLVE(page_get_size, "poppler_page_get_size")
    RESOLVE(page_get_text, "poppler_page_get_text")
    RESOLVE(page_get_text_layout, "poppler_page_get_text_layout")
    RESOLVE(page_get_text_attributes, "poppler_page_get_text_attributes")
    RESOLVE(page_free_text_attributes, "poppler_page_free_text_attributes")
    RESOLVE(page_get_link_mapping, "poppler_page_get_link_mapping")
    RESOLVE(page_free_link_mapping, "poppler_page_free_link_mapping")
    RESOLVE(page_get_image_mapping, "poppler_page_get_image_mapping")
    RESOLVE(page_free_image_mapping, "poppler_page_free_image_mapping")
    RESOLVE(page_render, "poppler_page_render")
    RESOLVE(index_iter_new, "poppler_index_iter_new")
    RESOLVE(index_iter_get_child, "poppler_index_iter_get_child")
    RESOLVE(index_iter_next, "poppler_index_iter_next")
    RESOLVE(index_iter_get_action, "poppler_index_iter_get_action")
    RESOLVE(index_iter_free, "poppler_index_iter_free")
    RESOLVE(action_free, "poppler_action_free")
    RESOLVE(font_info_new, "poppler_font_info_new")
    RESOLVE(font_info_scan, "poppler_font_info_scan")
    RESOLVE(fonts_iter_get_name, "poppler_fonts_iter_get_name")
    RESOLVE(fonts_iter_is_embedded, "poppler_fonts_iter_is_embedded")
    RESOLVE(fonts_iter_is_subset, "poppler_fonts_iter_is_subset")
    RESOLVE(fonts_iter_next, "poppler_fonts_iter_next")
    RESOLVE(fonts_iter_free, "poppler_fonts_iter_free")
    RESOLVE(g_bytes_new, "g_bytes_new")
    RESOLVE(g_bytes_unref, "g_bytes_unref")
    RESOLVE(g_free, "g_free")
    RESOLVE(g_error_free, "g_error_free")
    RESOLVE(g_object_unref, "g_object_unref")
    loaded = &functions;
}

const PFPoppler *pf_poppler(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *pf_poppler_load_error(void) {
    pthread_once(&once, load);
    return loaded ? NULL : failure;
}
