extension StringProtocol {
    /// The text's lines, ended by LF or CRLF, without their line ends; a final line end leaves an
    /// empty last line, so line `n` of a file is `sourceLines[n - 1]`.
    ///
    /// Swift counts CRLF as one Character, so `split(separator: "\n")` leaves a file saved with
    /// Windows line ends as a single line.
    public var sourceLines: [SubSequence] {
        split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}
