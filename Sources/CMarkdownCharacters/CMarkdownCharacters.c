#define _GNU_SOURCE
#include "CMarkdownCharacters.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>

typedef void (*manage_characters)(void *parser, int add);

static atomic_int pinned = 0;
static pthread_mutex_t pinning = PTHREAD_MUTEX_INITIALIZER;

// Takes the place of cmark-gfm's function of the same name (see the header): switches the
// parser's extension characters on the first time, and ignores every later call, "off" included.
void cmark_manage_extensions_special_characters(void *parser, int add) {
    if (!add || atomic_load_explicit(&pinned, memory_order_acquire)) return;
    pthread_mutex_lock(&pinning);
    if (!atomic_load_explicit(&pinned, memory_order_relaxed)) {
        // The library's own definition: the next one after this executable's.
        manage_characters original = (manage_characters)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
        if (original != NULL) {
            original(parser, 1);
            atomic_store_explicit(&pinned, 1, memory_order_release);
        }
    }
    pthread_mutex_unlock(&pinning);
}

int pf_markdown_characters_pinned(void) {
    return atomic_load_explicit(&pinned, memory_order_acquire);
}
