// A per-thread arena for cmark-gfm's allocations while one document is parsed and read.
//
// A document's tree is thousands of small callocs, and freeing it walks the tree again to free
// each one. Here they come from a bump pointer in blocks the thread keeps, and the document's
// end gives them all back at once. Calls nest (a document read while another is open keeps
// the outer one's memory), and each thread has its own arena, so parsers on different threads
// never share one.

#ifndef PERSONAFORGE_CMARKDOWNARENA_H
#define PERSONAFORGE_CMARKDOWNARENA_H

#include <stddef.h>

/// A mark to pass to `pf_markdown_arena_end`, and the allocator to give cmark-gfm: a
/// `cmark_mem *`, untyped here so that this module does not declare cmark-gfm's types a second
/// time beside CCmarkGFM's. Every node and parser of the document must come from it, and none
/// may outlive the matching end.
typedef struct {
    void *allocator;
    void *chunk;
    size_t used;
} pf_markdown_arena_mark;

pf_markdown_arena_mark pf_markdown_arena_begin(void);

/// Gives back everything allocated on this thread since `mark` was taken; calls end in the
/// reverse order of their begins.
void pf_markdown_arena_end(pf_markdown_arena_mark mark);

#endif
