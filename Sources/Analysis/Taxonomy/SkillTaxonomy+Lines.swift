import Core

/// The lines of `taxonomy/skills.txt` (and of a test's own taxonomy), read from their bytes.
///
/// Every build with jobs or reports reads the 2,000 shipped lines, and splitting and trimming them
/// as Strings cost more than building the trie from them. The pieces are cut where `split(byte:)`
/// would cut them and trimmed by `WhitespaceTrimming`'s rule; a String is made once per name.
extension SkillTaxonomy {
    /// One line of `taxonomy/skills.txt`, trimmed, with its parts trimmed.
    enum Line {
        /// Empty, or a `#` comment.
        case blank
        /// `Skill > Skill, Skill`: a line without a "|" that has a " > ".
        case implication(String, [String])
        /// The fields between "|"s, and the non-empty names between the second field's commas.
        case skill([String], aliases: [String])
    }

    static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 40)
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            lines.append(line(bytes, trimmed(bytes, start..<end)))
            start = end + 1
        }
        return lines
    }

    /// The line at `line` in `bytes`, trimmed already.
    private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Line {
        guard !line.isEmpty, bytes[line.lowerBound] != UInt8(ascii: "#") else { return .blank }
        let pipes = pieces(of: bytes, line, at: UInt8(ascii: "|"), keepingEmpty: true)
        if pipes.count == 1, let arrow = arrowStart(in: bytes, line) {
            let rights = pieces(of: bytes, (arrow + Self.arrow.count)..<line.upperBound, at: UInt8(ascii: ","), keepingEmpty: false)
            return .implication(string(bytes, trimmed(bytes, line.lowerBound..<arrow)), rights.map { string(bytes, trimmed(bytes, $0)) })
        }
        let fields = pipes.map { trimmed(bytes, $0) }
        let aliases = fields.count > 1
            ? pieces(of: bytes, fields[1], at: UInt8(ascii: ","), keepingEmpty: false).map { string(bytes, trimmed(bytes, $0)) }.filter { !$0.isEmpty }
            : []
        return .skill(fields.map { string(bytes, $0) }, aliases: aliases)
    }

    /// `range` without the whitespace `trimmingWhitespace()` removes from its text.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        let inner = WhitespaceTrimming.trimmedRange(ofUTF8: UnsafeBufferPointer(rebasing: bytes[range]))
        return (range.lowerBound + inner.lowerBound)..<(range.lowerBound + inner.upperBound)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The ranges between `separator`s in `range`, as `split(byte:omittingEmptySubsequences:)` cuts them.
    private static func pieces(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at separator: UInt8, keepingEmpty: Bool) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where bytes[index] == separator {
            if keepingEmpty || index != start { pieces.append(start..<index) }
            start = index + 1
        }
        if keepingEmpty || start != range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }

    /// Where `Skill > Skill, Skill` has its " > ".
    private static func arrowStart(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= arrow.count else { return nil }
        return (range.lowerBound...(range.upperBound - arrow.count)).first { start in
            bytes[start] == arrow[0] && bytes[start + 1] == arrow[1] && bytes[start + 2] == arrow[2]
        }
    }

    private static let arrow = Array(" > ".utf8)
}
