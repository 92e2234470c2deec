#include "CMarkdownArena.h"

#include <cmark-gfm.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Blocks are linked newest first, and `used` is how much of the newest is handed out. Each
// allocation is preceded by its size (for realloc) and kept 16-byte aligned.
typedef struct chunk {
    struct chunk *previous;
    size_t size;
    _Alignas(16) unsigned char bytes[];
} chunk;

// A persona's page (its tree and the parser's buffers) fits in one block.
enum { header = 16, block_size = 256 * 1024 };

static _Thread_local chunk *newest = NULL;
static _Thread_local size_t used = 0;

static size_t rounded(size_t size) { return (size + header + 15) & ~(size_t)15; }

static void *out_of_memory(void) {
    fputs("PersonaForge: out of memory while reading Markdown.\n", stderr);
    abort();
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > (SIZE_MAX / 2) / size) return out_of_memory();
    size_t need = rounded(count * size);
    if (newest == NULL || need > newest->size - used) {
        size_t capacity = need > block_size ? need : block_size;
        chunk *made = malloc(sizeof(chunk) + capacity);
        if (made == NULL) return out_of_memory();
        made->previous = newest;
        made->size = capacity;
        newest = made;
        used = 0;
    }
    unsigned char *block = newest->bytes + used;
    used += need;
    memset(block, 0, need);
    *(size_t *)block = count * size;
    return block + header;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return arena_calloc(1, size);
    unsigned char *block = (unsigned char *)pointer - header;
    size_t old = *(size_t *)block;
    // The newest allocation (a growing buffer, mostly) grows in place when its block has room.
    uintptr_t start = (uintptr_t)block - (uintptr_t)newest->bytes;
    if ((uintptr_t)block >= (uintptr_t)newest->bytes && start + rounded(old) == used && rounded(size) <= newest->size - start) {
        used = start + rounded(size);
        *(size_t *)block = size;
        return pointer;
    }
    void *moved = arena_calloc(1, size);
    memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

// Everything goes back at once, at the end of the document.
static void arena_free(void *pointer) { (void)pointer; }

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

pf_markdown_arena_mark pf_markdown_arena_begin(void) {
    return (pf_markdown_arena_mark){&allocator, newest, used};
}

void pf_markdown_arena_end(pf_markdown_arena_mark mark) {
    while (newest != (chunk *)mark.chunk) {
        chunk *previous = newest->previous;
        // The thread's first block stays for its next document, unless a big one made it large.
        if (previous == NULL && newest->size == block_size) break;
        free(newest);
        newest = previous;
    }
    used = newest == (chunk *)mark.chunk ? mark.used : 0;
}
