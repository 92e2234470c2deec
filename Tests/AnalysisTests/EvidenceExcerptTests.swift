@testable import Analysis
import Testing

/// Excerpts cut at the limit in Characters, whatever path the text takes (ASCII text by bytes).
@Suite struct EvidenceExcerptTests {
    @Test func longASCIITextIsCutAtTheLimitWithAnEllipsis() {
        #expect(Evidence.excerpt(String(repeating: "word ", count: 50), limit: 20) == "word word word word…")
        #expect(Evidence.excerpt("  short  ", limit: 20) == "short")
    }

    @Test func otherTextIsCutTheSameWayByCharacters() {
        #expect(Evidence.excerpt(String(repeating: "café ", count: 50), limit: 20) == "café café café café…")
    }

    @Test func linesAreJoinedIntoOne() {
        #expect(Evidence.excerpt("first line\n  second line\r\nthird", limit: 100) == "first line second line third")
    }
}
