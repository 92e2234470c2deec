import Core

/// The lines of `taxonomy/skills.txt` (and of a test's own taxonomy), read from their bytes.
///
/// Every build with jobs or reports reads the 2,000 shipped lines, and splitting and trimming them
/// as Strings cost more than building the trie from them. Lines and their pieces are cut by
/// `split(byte:)`'s rule (`ByteSplit`) and trimmed by `trimmingWhitespace()`'s
/// (`WhitespaceTrimming`); a String is made once per name.
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
        ByteSplit.pieces(of: bytes, in: 0..<bytes.count, at: UInt8(ascii: "\n"), omittingEmpty: false).map { line(bytes, trimmed(bytes, $0)) }
    }

    /// The line at `line` in `bytes`, trimmed already.
    private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Line {
        guard !line.isEmpty, bytes[line.lowerBound] != UInt8(ascii: "#") else { return .blank }
        let pipes = ByteSplit.pieces(of: bytes, in: line, at: UInt8(ascii: "|"), omittingEmpty: false)
        if pipes.count == 1, let arrow = arrowStart(in: bytes, line) {
            let rights = ByteSplit.pieces(of: bytes, in: (arrow + Self.arrow.count)..<line.upperBound, at: UInt8(ascii: ","))
            return .implication(string(bytes, trimmed(bytes, line.lowerBound..<arrow)), rights.map { string(bytes, trimmed(bytes, $0)) })
        }
        let fields = pipes.map { trimmed(bytes, $0) }
        let aliases = fields.count > 1
            ? ByteSplit.pieces(of: bytes, in: fields[1], at: UInt8(ascii: ",")).map { string(bytes, trimmed(bytes, $0)) }.filter { !$0.isEmpty }
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

    /// Where `Skill > Skill, Skill` has its " > ".
    private static func arrowStart(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        TextSearch.find(arrow, in: UnsafeBufferPointer(rebasing: bytes[range])).map { range.lowerBound + $0 }
    }

    private static let arrow = Array(" > ".utf8)
}
