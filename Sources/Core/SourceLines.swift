extension StringProtocol {
    /// The text's lines, ended by LF or CRLF, without their line ends; a final line end leaves an
    /// empty last line, so line `n` of a file is `sourceLines[n - 1]`.
    ///
    /// Swift counts CRLF as one Character, so `split(separator: "\n")` leaves a file saved with
    /// Windows line ends as a single line.
    @inlinable public var sourceLines: [SubSequence] {
        // By bytes: splitting on Characters ran grapheme breaking over every posting and CV text.
        var lines: [SubSequence] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        var carriageReturn: String.Index?  // the byte before, when it is a CR: CRLF ends the line too
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == 0x0A {
                lines.append(self[start..<(carriageReturn ?? index)])
                start = next
            }
            carriageReturn = byte == 0x0D ? index : nil
            index = next
        }
        lines.append(self[start..<endIndex])
        return lines
    }
}
