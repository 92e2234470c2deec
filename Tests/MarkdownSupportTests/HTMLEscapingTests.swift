import Testing
@testable import MarkdownSupport

/// Each character HTML needs a reference for must be found wherever it falls, beside ASCII and
/// non-ASCII bytes alike.
@Test func everySpecialCharacterIsEscapedAtEveryOffset() {
    let references: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
    // A one-byte filler puts the character at every byte offset; a two-byte one, beside non-ASCII bytes.
    for (special, reference) in references {
        for filler: Character in ["x", "é"] {
            for length in 1...20 {
                for offset in 0..<length {
                    var text = Array(repeating: filler, count: length)
                    text[offset] = special
                    let expected = text.map { $0 == special ? reference : String($0) }.joined()
                    var out: [UInt8] = []
                    HTMLEscaping.append(String(text), to: &out)
                    #expect(String(decoding: out, as: UTF8.self) == expected, "\(special) at \(offset) of \(length)")
                }
            }
        }
    }
    var out: [UInt8] = []
    HTMLEscaping.append("plain text without any of them, long enough for several words", to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "plain text without any of them, long enough for several words")
    out = []
    HTMLEscaping.append("a&b<c>d\"e'f&&<<", to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "a&amp;b&lt;c&gt;d&quot;e&#39;f&amp;&amp;&lt;&lt;")
}

/// Every other ASCII byte is copied as it is, whatever the bit test passes or stops.
@Test func everyOtherByteIsCopied() {
    for byte in UInt8(0)..<0x80 where !"&<>\"'".utf8.contains(byte) {
        var out: [UInt8] = []
        HTMLEscaping.append(String(decoding: [UInt8(ascii: "a"), byte, UInt8(ascii: "b")], as: UTF8.self), to: &out)
        #expect(out == [UInt8(ascii: "a"), byte, UInt8(ascii: "b")], "\(byte)")
    }
}
