/// Degree levels, from postings ("Bachelor's degree", "MSc", "PhD") and CVs (`studyType`).
public enum DegreeLevel: Int, Sendable, Hashable, Codable, Comparable {
    case secondary, associate, bachelor, master, doctorate

    public static func < (a: DegreeLevel, b: DegreeLevel) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .secondary: return "secondary school"
        case .associate: return "associate degree"
        case .bachelor: return "bachelor's degree"
        case .master: return "master's degree"
        case .doctorate: return "doctorate"
        }
    }

    /// Words naming a level, lowercased, multi-word first; matched on word boundaries.
    static let words: [(String, DegreeLevel)] = [
        ("high school diploma", .secondary), ("associate degree", .associate), ("associate's degree", .associate),
        ("bachelor's degree", .bachelor), ("bachelors degree", .bachelor), ("bachelor degree", .bachelor),
        ("undergraduate degree", .bachelor), ("university degree", .bachelor), ("college degree", .bachelor),
        ("master's degree", .master), ("masters degree", .master), ("graduate degree", .master), ("advanced degree", .master),
        ("bachelor of", .bachelor), ("master of", .master), ("doctor of", .doctorate),
        ("bachelor", .bachelor), ("bachelors", .bachelor), ("bachelor's", .bachelor), ("bsc", .bachelor), ("b.sc", .bachelor),
        ("b.s", .bachelor), ("b.a", .bachelor), ("beng", .bachelor), ("b.eng", .bachelor), ("bba", .bachelor), ("licenciatura", .bachelor),
        ("hochschulabschluss", .bachelor), ("studium", .bachelor), ("licence", .bachelor), ("grado", .bachelor),
        ("master", .master), ("masters", .master), ("master's", .master), ("msc", .master), ("m.sc", .master),
        ("m.s", .master), ("m.a", .master), ("meng", .master), ("m.eng", .master), ("mba", .master), ("diplom", .master),
        ("bac+5", .master), ("máster", .master), ("magister", .master),
        ("phd", .doctorate), ("ph.d", .doctorate), ("doctorate", .doctorate), ("doctoral", .doctorate), ("dphil", .doctorate),
        ("promotion", .doctorate), ("doctorat", .doctorate), ("doctorado", .doctorate), ("md", .doctorate),
        ("degree", .bachelor), ("diploma", .associate),
    ]

    /// `words` as the byte strings searched for, made once: " bsc " and " bsc. ", and whether the
    /// word is one `strict` leaves out.
    private static let needles: [(spaced: [UInt8], dotted: [UInt8], level: DegreeLevel, word: String, bare: Bool)] = words.map { word, level in
        (Array(" \(word) ".utf8), Array(" \(word). ".utf8), level, word,
         ["promotion", "studium", "licence", "grado", "md", "diploma", "master", "masters"].contains(word))
    }

    /// Capitalised abbreviations that are words too ("MS", "BA"): counted only beside "degree" or "in".
    static let abbreviations: [(String, DegreeLevel)] = [("BS", .bachelor), ("BA", .bachelor), ("MS", .master), ("MA", .master)]

    /// The level a text names, with the words, or nil. `strict` leaves out the bare words
    /// ("degree", "promotion", "studium") that a CV's studyType may use but a posting's prose uses otherwise.
    static func find(in text: String, strict: Bool = false) -> (DegreeLevel, String)? {
        let folded = " " + text.lowercased().map { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "." || $0 == "+" ? $0 : " " }
            .reduce(into: "") { $0.append($1) } + " "
        let normalized = Array(folded.utf8)
        for needle in needles where !(strict && needle.bare) {
            if TextSearch.contains(normalized, needle.spaced) || TextSearch.contains(normalized, needle.dotted) {
                return (needle.level, needle.word)
            }
        }
        let tokens = Writing.words(text)
        for (index, token) in tokens.enumerated() {
            guard let level = abbreviations.first(where: { $0.0 == token })?.1 else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1].lowercased() : ""
            if next == "degree" || next == "in" || TextSearch.contains(TextSearch.lowered(text), Array("degree".utf8)) { return (level, token) }
        }
        return nil
    }
}
