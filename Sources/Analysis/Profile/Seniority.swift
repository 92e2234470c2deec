/// How senior a role is, from the words of its title: intern to chief.
public enum Seniority: Int, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case intern, junior, mid, senior, lead, principal, director, vicePresident, executive

    public static func < (a: Seniority, b: Seniority) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .intern: return "intern"
        case .junior: return "junior"
        case .mid: return "mid-level"
        case .senior: return "senior"
        case .lead: return "staff / lead"
        case .principal: return "principal"
        case .director: return "director / head"
        case .vicePresident: return "vice president"
        case .executive: return "executive"
        }
    }

    /// Title words, lowercased, each with the level it signals; multi-word ones first.
    static let words: [(String, Seniority)] = [
        ("vice president", .vicePresident), ("head of", .director), ("team lead", .lead), ("tech lead", .lead),
        ("technical lead", .lead), ("entry level", .junior), ("entry-level", .junior), ("mid level", .mid),
        ("mid-level", .mid), ("senior manager", .director), ("engineering manager", .lead), ("line manager", .lead),
        ("intern", .intern), ("internship", .intern), ("trainee", .intern), ("apprentice", .intern), ("werkstudent", .intern),
        ("praktikant", .intern), ("stagiaire", .intern), ("junior", .junior), ("jr", .junior), ("graduate", .junior),
        ("intermediate", .mid), ("senior", .senior), ("sr", .senior), ("experienced", .senior), ("staff", .lead),
        ("lead", .lead), ("principal", .principal), ("distinguished", .principal), ("architect", .principal),
        ("director", .director), ("head", .director), ("vp", .vicePresident), ("svp", .vicePresident), ("evp", .vicePresident),
        ("chief", .executive), ("cto", .executive), ("ceo", .executive), ("cfo", .executive), ("coo", .executive),
        ("cmo", .executive), ("cpo", .executive), ("ciso", .executive), ("founder", .executive), ("co-founder", .executive),
        ("partner", .director), ("manager", .lead),
    ]

    /// The highest level a title's words signal, with the word; nil when it says nothing.
    static func of(title: String) -> (Seniority, String)? {
        let lowered = TextSearch.lowered(" " + Writing.words(title).joined(separator: " ") + " ")
        var best: (Seniority, String)?
        for (index, (word, level)) in words.enumerated() where TextSearch.contains(lowered, wordBytes[index]) {
            if best == nil || level > best!.0 { best = (level, word) }
        }
        return best
    }

    /// `" word "` for each title word, as bytes.
    static let wordBytes = words.map { Array(" \($0.0) ".utf8) }

    /// The level years of experience suggest when no title says.
    static func of(months: Int) -> Seniority {
        switch months {
        case ..<24: return .junior
        case ..<60: return .mid
        default: return .senior
        }
    }
}
