/// `split(separator:)` for an ASCII separator, found by bytes.
///
/// The standard `split` walks Characters, which costs about a hundred times more per byte; the
/// build splits paths, taxonomy lines and postings thousands of times. The pieces are the same
/// wherever the separator is not followed by a combining mark (which no path, list or line
/// separator in PersonaForge's inputs is).
public enum ByteSplit {
    /// The ranges of `range` between its `separator` bytes, cut as `split(byte:)` cuts: for a
    /// reader of bytes that wants the pieces' places, not copies of them.
    public static func pieces(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, at separator: UInt8,
                              omittingEmpty: Bool = true) -> [Range<Int>] {
        precondition(separator < 0x80, "split(byte:) takes an ASCII separator")
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where bytes[index] == separator {
            if !omittingEmpty || index != start { pieces.append(start..<index) }
            start = index + 1
        }
        if !omittingEmpty || start != range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }
}

extension Substring {
    public func split(byte separator: UInt8, omittingEmptySubsequences: Bool = true) -> [Substring] {
        var text = self  // withUTF8 reads native storage in place, and makes any other contiguous first
        let ranges = text.withUTF8 { ByteSplit.pieces(of: $0, in: 0..<$0.count, at: separator, omittingEmpty: omittingEmptySubsequences) }
        let bytes = utf8
        return ranges.map { range in
            Substring(bytes[bytes.index(bytes.startIndex, offsetBy: range.lowerBound)..<bytes.index(bytes.startIndex, offsetBy: range.upperBound)])
        }
    }

    /// What follows the last `separator` (the whole text when there is none), by bytes.
    public func lastPiece(after separator: UInt8) -> Substring {
        let bytes = utf8
        guard let index = bytes.lastIndex(of: separator) else { return self }
        return Substring(bytes[bytes.index(after: index)..<bytes.endIndex])
    }
}

extension String {
    public func split(byte separator: UInt8, omittingEmptySubsequences: Bool = true) -> [Substring] {
        Substring(self).split(byte: separator, omittingEmptySubsequences: omittingEmptySubsequences)
    }

    public func lastPiece(after separator: UInt8) -> Substring { Substring(self).lastPiece(after: separator) }
}
