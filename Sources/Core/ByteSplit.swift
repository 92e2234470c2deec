/// `split(separator:)` for an ASCII separator, found by bytes.
///
/// The standard `split` walks Characters, which costs about a hundred times more per byte; the
/// build splits paths, taxonomy lines and postings thousands of times. The pieces are the same
/// wherever the separator is not followed by a combining mark (which no path, list or line
/// separator in PersonaForge's inputs is).
extension Substring {
    public func split(byte separator: UInt8, omittingEmptySubsequences: Bool = true) -> [Substring] {
        precondition(separator < 0x80, "split(byte:) takes an ASCII separator")
        let bytes = utf8
        var pieces: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == separator {
                if !omittingEmptySubsequences || index != start { pieces.append(Substring(bytes[start..<index])) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if !omittingEmptySubsequences || start != bytes.endIndex { pieces.append(Substring(bytes[start..<bytes.endIndex])) }
        return pieces
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
