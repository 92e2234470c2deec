import Foundation

extension Sequence where Element == String {
    /// The strings in the order `sorted()` gives, found faster for paths: two ASCII strings are
    /// compared as their bytes, which is what `<` decides for them at many times the cost
    /// (about 400 instructions a comparison for paths with a long common prefix); a pair with
    /// any other text is compared by `<` itself. The build sorts its thousands of output and
    /// input paths several times while it records its state, on one core.
    public func sortedAsPaths() -> [String] {
        let strings = Array(self)
        guard strings.count > 1 else { return strings }
        // Every string's bytes in one buffer, with where each starts and whether it is ASCII.
        var bytes: [UInt8] = []
        var spans: [(start: Int, count: Int, ascii: Bool)] = []
        spans.reserveCapacity(strings.count)
        for string in strings {
            var string = string
            string.withUTF8 { utf8 in
                spans.append((bytes.count, utf8.count, utf8.allSatisfy { $0 < 0x80 }))
                bytes.append(contentsOf: utf8)
            }
        }
        let order = bytes.withUnsafeBufferPointer { buffer in
            Array(strings.indices).sorted { a, b in
                let (left, right) = (spans[a], spans[b])
                guard left.ascii, right.ascii else { return strings[a] < strings[b] }
                let common = Swift.min(left.count, right.count)
                if common > 0 {
                    let order = memcmp(buffer.baseAddress! + left.start, buffer.baseAddress! + right.start, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
        return order.map { strings[$0] }
    }
}
