/// Substring search on UTF-8 bytes. The hot paths avoid `String.contains(_:)`, which resolves to
/// Foundation's `range(of:)` (through NSString) once Foundation is visible, and is slow.
enum TextSearch {
    /// The text lowercased, as bytes.
    static func lowered(_ text: String) -> [UInt8] { Array(text.lowercased().utf8) }

    /// The first offset of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { find(needle, in: $0, from: start) }
    }

    /// The same in bytes that are not an array (a range of a file being read).
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty ? start : nil }
        let first = needle[0], last = haystack.count - needle.count
        var index = start
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool { find(needle, in: haystack) != nil }

    /// `needle` in `haystack` with no letter right before or after it (any non-ASCII byte counts as a letter).
    static func containsWord(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        var start = 0
        while let index = find(needle, in: haystack, from: start) {
            let end = index + needle.count
            let before = index == 0 || !isLetter(haystack[index - 1])
            let after = end == haystack.count || !isLetter(haystack[end])
            if before && after { return true }
            start = index + 1
        }
        return false
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x80 || TermTrie.isLetter(byte) }
}
