import CCmarkGFM
import CMarkdownArena
@testable import MarkdownSupport
import Testing

/// Fills `count` bytes from the arena's allocator with `pattern`.
private func allocate(_ memory: UnsafeMutablePointer<cmark_mem>, _ count: Int, _ pattern: UInt8) -> UnsafeMutablePointer<UInt8> {
    let bytes = memory.pointee.calloc(1, count)!.assumingMemoryBound(to: UInt8.self)
    #expect((0..<count).allSatisfy { bytes[$0] == 0 })  // calloc's promise, on reused memory too
    bytes.initialize(repeating: pattern, count: count)
    return bytes
}

@Test func anInnerDocumentsEndLeavesTheOuterOnesMemoryAlone() {
    let outer = pf_markdown_arena_begin()
    let memory = outer.allocator.assumingMemoryBound(to: cmark_mem.self)
    let kept = allocate(memory, 1000, 0xAB)
    for _ in 0..<3 {
        let inner = pf_markdown_arena_begin()
        // More than a block's worth, and one allocation larger than a block.
        for _ in 0..<300 { _ = allocate(memory, 1000, 0xCD) }
        _ = allocate(memory, 1 << 20, 0xEF)
        pf_markdown_arena_end(inner)
        #expect((0..<1000).allSatisfy { kept[$0] == 0xAB })
    }
    let more = allocate(memory, 1000, 0x12)
    #expect((0..<1000).allSatisfy { kept[$0] == 0xAB && more[$0] == 0x12 })
    pf_markdown_arena_end(outer)
}

@Test func aGrowingBufferKeepsWhatItHeld() {
    let mark = pf_markdown_arena_begin()
    let memory = mark.allocator.assumingMemoryBound(to: cmark_mem.self)
    var buffer = allocate(memory, 16, 0x41)
    var size = 16
    // Grown in place while it is the newest allocation, moved once something follows it.
    for step in 0..<14 {
        if step == 7 { _ = allocate(memory, 100, 0x00) }
        let grown = memory.pointee.realloc(buffer, size * 2)!.assumingMemoryBound(to: UInt8.self)
        #expect((0..<size).allSatisfy { grown[$0] == 0x41 })
        grown.advanced(by: size).initialize(repeating: 0x41, count: size)
        buffer = grown
        size *= 2
    }
    pf_markdown_arena_end(mark)
}

@Test func documentsParsedOneAfterAnotherComeOutTheSame() {
    // Each parse reuses the memory the one before gave back.
    let markdown = "# Title\n\n| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\nText[^1] www.example.com\n\n[^1]: Note.\n"
    let first = HTMLRenderer().render(markdown: markdown)
    for _ in 0..<50 { #expect(HTMLRenderer().render(markdown: markdown) == first) }
    #expect(first.contains("<table>") && first.contains("<del>2</del>") && first.contains("footnotes"))
}

@Test func aDocumentOverTheArenasLimitIsParsedWithoutIt() {
    // Past the limit, cmark-gfm allocates and frees for itself; the page is the same either way.
    let paragraph = "Text with ~~struck~~ words and www.example.com, *emphasis*.\n\n"
    let small = HTMLRenderer().render(markdown: paragraph)
    let count = CommonMarkConverter.arenaLimit / paragraph.utf8.count + 10
    let large = HTMLRenderer().render(markdown: String(repeating: paragraph, count: count))
    #expect(large == String(repeating: small, count: count))
}
