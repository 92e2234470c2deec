/// Trimming and splitting without Foundation: the importer runs these on every line it reads,
/// and Foundation's bridged versions cost more than the work.
extension StringProtocol {
    /// Without the set's characters at either end, except a bracket that pairs with one inside:
    /// "Staff Engineer (Tech Lead)" keeps its ")", "Engineer)" and "(2021" lose theirs.
    func trimmed(_ set: CharacterSetLite = .whitespaces) -> String {
        var slice = self[...]
        func count(_ bracket: Character) -> Int { slice.reduce(0) { $0 + ($1 == bracket ? 1 : 0) } }
        while let first = slice.first, set.contains(first), !(first == "(" && count(")") >= count("(")) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last), !(last == ")" && count("(") >= count(")")) { slice = slice.dropLast() }
        return String(slice)
    }
}

/// The few character sets the importer trims, without Foundation's bridging cost.
struct CharacterSetLite: Sendable {
    let contains: @Sendable (Character) -> Bool
    func contains(_ character: Character) -> Bool { contains(character) }

    static let whitespaces = CharacterSetLite { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
    static let whitespacesAndPunctuation = CharacterSetLite { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || ",;:|·•–—-/()".contains($0) }
}

extension String {
    /// Splits at every occurrence of a separator, keeping empty pieces.
    func components(separatedByLite separator: String) -> [String] {
        split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }

    func replacingOccurrencesLite(_ target: String, with replacement: String) -> String {
        replacing(target, with: replacement)
    }
}

extension Substring {
    func replacingOccurrencesLite(_ target: String, with replacement: String) -> String {
        String(self).replacingOccurrencesLite(target, with: replacement)
    }
}
