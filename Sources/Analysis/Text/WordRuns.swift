/// Where the words of UTF-8 text are: runs of scalars a caller's rule calls word scalars. ASCII
/// is classed byte by byte; only other scalars are decoded, as most text is ASCII.
enum WordRuns {
    /// The byte ranges of the runs. `isWord` gets each scalar and whether a run is open before it
    /// (so "-" can continue "3-5" without starting a word).
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>, isWord: (Unicode.Scalar, _ inWord: Bool) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = -1, index = 0
        while index < bytes.count {
            var width = 1
            let scalar: Unicode.Scalar?
            if bytes[index] < 0x80 {
                scalar = Unicode.Scalar(bytes[index])
            } else {
                var iterator = bytes[index...].makeIterator()
                var decoder = UTF8()
                if case .scalarValue(let decoded) = decoder.decode(&iterator) {
                    scalar = decoded
                    width = UTF8.width(decoded)
                } else {
                    scalar = nil
                }
            }
            if let scalar, isWord(scalar, start >= 0) {
                if start < 0 { start = index }
            } else if start >= 0 {
                runs.append(start..<index)
                start = -1
            }
            index += width
        }
        if start >= 0 { runs.append(start..<bytes.count) }
        return runs
    }
}
