/// Text without the whitespace Characters at either end.
///
/// The analyses trim every posting line, taxonomy field and evidence excerpt. Stepping over
/// Characters costs a grapheme-break check per step even where nothing is trimmed, so the ends
/// are looked at as bytes first: when, past any ASCII whitespace, both ends are ASCII
/// non-whitespace bytes, those bytes bound the same Characters the slow path would keep (an
/// ASCII byte that is not whitespace always starts a Character of its own or ends one whose
/// first scalar is not whitespace). Anything else (non-ASCII at an end) takes the Character path.
public enum WhitespaceTrimming {
    /// Where the text whose UTF-8 is `bytes` is without its whitespace Characters at either end:
    /// for a reader of bytes that wants the trimmed text's place, not a copy of it.
    public static func trimmedRange(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0, end = bytes.count
        while start != end, isASCIIWhitespace(bytes[start]) { start += 1 }
        if start == end { return start..<end }
        while isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        if isASCIIVisible(bytes[start]), isASCIIVisible(bytes[end - 1]) { return start..<end }
        var slice = Substring(String(decoding: bytes, as: UTF8.self))
        var head = 0, tail = 0
        while let first = slice.first, first.isWhitespace {
            head += first.utf8.count
            slice.removeFirst()
        }
        while let last = slice.last, last.isWhitespace {
            tail += last.utf8.count
            slice.removeLast()
        }
        return head..<(bytes.count - tail)
    }

    /// U+0009 to U+000D and the space: the ASCII members of Unicode's White_Space.
    @inline(__always) private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always) private static func isASCIIVisible(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}

extension Substring {
    public func trimmingWhitespace() -> String {
        var text = self  // withUTF8 reads native storage in place, and makes any other contiguous first
        return text.withUTF8 { bytes in
            let range = WhitespaceTrimming.trimmedRange(ofUTF8: bytes)
            return range.count == bytes.count ? String(self) : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }
}

extension String {
    public func trimmingWhitespace() -> String { Substring(self).trimmingWhitespace() }
}
