import Core
import Testing

/// `split(byte:)` cuts where the standard `split(separator:)` cuts, in both modes, within a slice's
/// own bounds; `ByteSplit.pieces` gives the same pieces as byte ranges.
@Suite struct ByteSplitTests {
    static let cases = [
        "", ",", ",,", "a", "a,b", ",a,,b,", "Go | golang | software | case", "| x |", "Français,Español , 👍,",
    ]

    @Test(arguments: cases) func cutsWhereTheStandardSplitCuts(_ text: String) {
        for separator: Character in [",", "|"] {
            let byte = separator.asciiValue!
            for omitting in [true, false] {
                let expected = text.split(separator: separator, omittingEmptySubsequences: omitting).map(String.init)
                #expect(text.split(byte: byte, omittingEmptySubsequences: omitting).map(String.init) == expected)
                var copy = text
                let ranges = copy.withUTF8 { ByteSplit.pieces(of: $0, in: 0..<$0.count, at: byte, omittingEmpty: omitting) }
                let bytes = Array(text.utf8)
                #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == expected)
            }
        }
    }

    @Test func cutsASliceWithinItsOwnBounds() {
        let line = "x,| a,b |,y"
        let inner = line.dropFirst(3).dropLast(3)  // " a,b "
        #expect(inner.split(byte: UInt8(ascii: ",")) == [" a", "b "])
        #expect(inner.split(byte: UInt8(ascii: "|"), omittingEmptySubsequences: false) == [" a,b "])
    }
}
