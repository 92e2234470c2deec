// cmark-gfm's extension characters, switched on once for the whole process.
//
// cmark-gfm 0.29 keeps one process-wide table of the characters that start an inline
// (github/cmark-gfm#176). Each parser switches its extensions' characters on (`~` for
// strikethrough; `:`, `w` and `@` for autolinks) when it starts parsing inlines and off again
// when it is done, so two documents finished at once can make each other lose strikethrough and
// autolinks. The library calls that switch through its procedure linkage table, so this module
// defines it in the executable, which takes precedence: the first call switches the characters on
// (through the library's own function), and no later call writes the table again.
//
// That is right only because the first parser finished has every extension attached
// (Extensions.pinCharacters in CommonMarkConverter.swift): the characters switched on are then
// all of them. A later parser without the autolink extension (withTreeSparingAutolinks) still
// stops at `:`, `w` and `@`, finds no extension for them, and reads them as text.

#ifndef PERSONAFORGE_CMARKDOWNCHARACTERS_H
#define PERSONAFORGE_CMARKDOWNCHARACTERS_H

/// 1 once the characters are on for good, so parsers may finish their documents in parallel;
/// 0 before the first document's inlines, or if the library does not call the definition here
/// (a linker that did not export it), in which case callers must keep finishing one at a time.
int pf_markdown_characters_pinned(void);

#endif
