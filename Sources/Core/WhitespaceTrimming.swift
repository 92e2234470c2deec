/// Text without the whitespace Characters at either end.
///
/// The analyses trim every posting line, taxonomy field and evidence excerpt. Stepping over
/// Characters costs a grapheme-break check per step even where nothing is trimmed, so the ends
/// are looked at as bytes first: when, past any ASCII whitespace, both ends are ASCII
/// non-whitespace bytes, those bytes bound the same Characters the slow path would keep (an
/// ASCII byte that is not whitespace always starts a Character of its own or ends one whose
/// first scalar is not whitespace). Anything else (non-ASCII at an end) takes the Character path.
extension Substring {
    public func trimmingWhitespace() -> String {
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start != end, Self.isASCIIWhitespace(bytes[start]) { start = bytes.index(after: start) }
        if start == end { return "" }
        while Self.isASCIIWhitespace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if Self.isASCIIVisible(bytes[start]), Self.isASCIIVisible(bytes[bytes.index(before: end)]) {
            return String(Substring(bytes[start..<end]))
        }
        var slice = self
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// U+0009 to U+000D and the space: the ASCII members of Unicode's White_Space.
    @inline(__always) private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always) private static func isASCIIVisible(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}

extension String {
    public func trimmingWhitespace() -> String { Substring(self).trimmingWhitespace() }
}
