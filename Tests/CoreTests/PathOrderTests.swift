import Core
import Testing

/// `sortedAsPaths` must give exactly `sorted()`'s order: ASCII pairs are compared by bytes, any
/// other pair by `<`, and the mix must not break the ordering.
@Test func pathsSortAsStringsDo() {
    let paths = [
        "personas/00010-a.html", "personas/00009-b.html", "personas/0001", "personas/", "personas", "cvs/z.yaml",
        "cvs/a.yaml", "A.md", "a.md", "a", "", "b/c", "b-c", "b.c", "b~", "Ünïcödé/x.md", "é.md", "e\u{301}.md",
        "z\u{FF10}.md", "z0.md", "jobs/ø.html", "jobs/o.html", "jobs/p.html", "\u{1F600}.md", "zzz", "~tmp",
    ]
    #expect(paths.sortedAsPaths() == paths.sorted())
    // Reversed and shuffled inputs give the same order.
    #expect(paths.reversed().sortedAsPaths() == paths.sorted())
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20 {
        let shuffled = paths.shuffled(using: &generator)
        #expect(shuffled.sortedAsPaths() == shuffled.sorted())
    }
    // Repeats stay, as in `sorted()`.
    #expect(["b", "a", "b", "a"].sortedAsPaths() == ["a", "a", "b", "b"])
    #expect([String]().sortedAsPaths() == [])
    #expect(["only"].sortedAsPaths() == ["only"])
}

/// A prefix comes before the longer path, and bytes compare unsigned.
@Test func prefixesComeFirstAndBytesCompareUnsigned() {
    #expect(["ab", "a", "abc"].sortedAsPaths() == ["a", "ab", "abc"])
    #expect(["a\u{7F}", "a~", "a "].sortedAsPaths() == ["a ", "a~", "a\u{7F}"])
}
