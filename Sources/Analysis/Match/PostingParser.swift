import Core
import Workspace

/// Reads what a posting asks for: skills through the taxonomy, years of experience, degrees,
/// certifications and seniority, each marked required or preferred by the section it is in
/// ("Requirements" / "Nice to have", in several languages) and by cues on its line ("ideally", "a plus").
struct PostingParser {
    let taxonomy: SkillTaxonomy

    enum SectionKind: Sendable { case required, preferred, context, ignored }

    // Heading words, lowercased; checked in this order (so "Preferred qualifications" is preferred).
    static let preferredHeadings = [
        "nice to have", "nice-to-have", "preferred", "bonus", "a plus", "plus points", "desirable", "desired", "good to have",
        "optional", "extra credit", "would be great", "wünschenswert", "von vorteil", "pluspunkte", "nice to haves",
        "atouts", "un plus", "souhaité", "apprécié", "deseable", "valorable", "se valorará", "pluspunten", "pré", "gradito",
        "graditi", "titoli preferenziali", "diferenciais", "desejável",
    ]
    static let ignoredHeadings = [
        "about us", "about the company", "who we are", "benefits", "we offer", "what we offer", "perks", "why join",
        "why you'll love", "how to apply", "compensation", "salary", "our values", "equal opportunity", "diversity",
        "wir bieten", "über uns", "was wir bieten", "nous offrons", "ce que nous offrons", "ofrecemos", "beneficios",
        "wij bieden", "wat wij bieden", "offriamo", "oferecemos", "benefícios", "location", "the company", "our company",
    ]
    static let contextHeadings = [
        "responsibilities", "what you'll do", "what you will do", "the role", "your role", "your tasks", "tasks", "duties",
        "day to day", "day-to-day", "about the role", "the job", "your mission", "aufgaben", "deine aufgaben",
        "ihre aufgaben", "missions", "vos missions", "responsabilités", "responsabilidades", "funciones", "taken",
        "mansioni", "atividades", "what you'll be doing", "in this role",
    ]
    static let requiredHeadings = [
        "requirements", "requirement", "qualifications", "must have", "must-have", "must haves", "what you bring",
        "what we're looking for", "what we are looking for", "you have", "you bring", "about you", "who you are",
        "your profile", "profile", "skills", "experience", "required", "minimum", "essential", "what you need",
        "what you'll need", "anforderungen", "voraussetzungen", "ihr profil", "dein profil", "was du mitbringst",
        "was sie mitbringen", "qualifikationen", "profil recherché", "votre profil", "exigences", "compétences",
        "requisitos", "perfil", "tu perfil", "vereisten", "functie-eisen", "wat wij vragen", "jouw profiel",
        "requisiti", "competenze", "requisitos obrigatórios",
    ]

    static let preferredLineCues = [
        "nice to have", "nice-to-have", "a plus", "is a plus", "bonus", "preferred", "desirable", "would be great",
        "good to have", "advantage", "advantageous", "von vorteil", "wünschenswert", "ein plus", "un plus", "souhaité",
        "se valora", "deseable", "pluspunt", "gradito",
    ]
    /// Cues that make what follows them, up to the end of the clause, preferred: "event streaming, ideally Kafka".
    static let scopedPreferredCues = ["ideally", "preferably", "idealerweise", "vorzugsweise", "idéalement", "idealmente", "bij voorkeur"]
    static let requiredLineCues = ["must", "required", "essential", "mandatory", "zwingend", "obligatoire", "imprescindible"]
    static let alternativeSeparators: Set<String> = [
        "or", "/", "or another", "or other", "or similar", "or a similar", "or comparable", "or equivalent", "and/or",
        "oder", "ou", "o", "of",
    ]
    static let yearWords: Set<String> = ["year", "years", "yrs", "yr", "jahre", "jahren", "jahr", "ans", "an", "años", "año", "anni", "anno", "jaar", "anos"]
    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                              "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20]
    static let languageContext = ["speak", "fluen", "language", "written", "spoken", "level", "native", "communicat", "proficien",
                                  "sprach", "deutsch", "english", "idioma", "langue", "c1", "c2", "b2", "b1"]
    static let degreeContext = ["degree", "bachelor", "master", "phd", "ph.d", "bsc", "msc", "mba", "diploma", "doctorate",
                                "university", "abschluss", "studium", "diplôme", "licenciatura", "título", "graduate of", "b.s.", "m.s."]

    func parse(_ job: Job) -> Posting {
        var requirements: [Requirement] = []
        if let title = job.frontMatter["title"], let text = title.scalarText, let (level, _) = Seniority.of(title: text) {
            var requirement = Requirement(kind: .seniority, importance: .required, name: level.name.capitalizedFirst, skills: [],
                                          category: nil, years: nil, level: level.name, field: nil, text: text, location: title.location)
            requirement.seniority = level
            requirements.append(requirement)
        }
        requirements += parse(text: job.body, file: job.path, firstLine: job.bodyFirstLine)
        return Posting(job: job.path, title: job.title, company: job.company, requirements: Self.deduplicated(requirements))
    }

    /// The requirements of free text (a posting body, a team description), line by line.
    func parse(text: String, file: String, firstLine: Int, everythingRequired: Bool = false) -> [Requirement] {
        let lines = text.sourceLines.map(String.init)
        // First pass: each line's section (nil before the first heading), and whether the posting
        // has requirement sections at all.
        var kinds: [SectionKind?] = []
        var isHeading: [Bool] = []
        var current: SectionKind?
        var hasSections = false
        var inFence = false
        for line in lines {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            if !inFence, let heading = Self.heading(trimmed) {
                current = Self.classify(heading) ?? .context
                if current == .required || current == .preferred { hasSections = true }
                isHeading.append(true)
            } else {
                isHeading.append(inFence)
            }
            kinds.append(current)
        }
        var requirements: [Requirement] = []
        for (offset, line) in lines.enumerated() where !isHeading[offset] {
            let text = Self.stripListMarker(line.trimmingWhitespace())
            guard !text.isEmpty else { continue }
            let kind = everythingRequired ? .required : kinds[offset] ?? (hasSections ? .ignored : .required)
            let importance: Requirement.Importance
            switch kind {
            case .ignored: continue
            case .required: importance = .required
            case .preferred: importance = .preferred
            case .context: importance = hasSections ? .preferred : .required
            }
            let location = SourceLocation(file: file, line: firstLine + offset, column: 1)
            requirements += parseLine(text, importance: importance, location: location)
        }
        return requirements
    }

    /// `,` `;` `.` `)` `:`: where a scoped cue's clause ("ideally Kafka, ...") ends.
    static func endsClause(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ":"): true
        default: false
        }
    }

    /// The requirements of one line.
    func parseLine(_ text: String, importance sectionImportance: Requirement.Importance, location: SourceLocation) -> [Requirement] {
        let scanned = ScannedText(lowering: text)
        let lowered = scanned.bytes
        var lineImportance = sectionImportance
        if Self.preferredLineCuePhrases.containsWord(in: scanned) { lineImportance = .preferred }
        if sectionImportance == .preferred, Self.requiredLineCuePhrases.containsWord(in: scanned) {
            lineImportance = .required
        }
        // "ideally Kafka": from the cue to the end of its clause. Offsets are the lowered text's,
        // which match the original's for the ASCII cues and clause marks searched.
        var preferredRanges: [Range<Int>] = []
        let scoped = Self.scopedPreferredCuePhrases
        for (index, cue) in scoped.phrases.enumerated() where scoped.mayOccur(index, in: scanned) {
            var search = 0
            while let start = TextSearch.find(cue, in: lowered, from: search) {
                var end = start
                while end < lowered.count, !Self.endsClause(lowered[end]) { end += 1 }
                preferredRanges.append(start..<end)
                search = start + 1
            }
        }
        func importance(at offset: Int) -> Requirement.Importance {
            preferredRanges.contains { $0.contains(offset) } ? .preferred : lineImportance
        }

        var requirements: [Requirement] = []
        let mentions = taxonomy.mentions(in: text).filter { mention in
            let skill = taxonomy[mention.owner]
            guard skill.category == "languages" else { return true }
            return Self.languageContextPhrases.contains(in: scanned)
        }
        // Group "Go or Java", "Python, Go, or Java" into one requirement.
        var groups: [[TermTrie.Match]] = []
        var chain: [TermTrie.Match] = []
        var chainHasOr = false
        func flush() {
            if chainHasOr { groups.append(chain) } else { groups += chain.map { [$0] } }
            chain = []
            chainHasOr = false
        }
        let bytes = Array(text.utf8)
        for mention in mentions {
            if let last = chain.last {
                let between = String(decoding: bytes[last.end..<mention.start], as: UTF8.self).lowercased()
                    .trimmingCharacters(in: " ,").trimmingWhitespace()
                let hadComma = bytes[last.end..<mention.start].contains(UInt8(ascii: ","))
                if Self.alternativeSeparators.contains(between) || (between.hasPrefix("or ") && between.count < 16) {
                    chainHasOr = true
                    chain.append(mention)
                    continue
                } else if between.isEmpty, hadComma {
                    chain.append(mention)
                    continue
                }
                flush()
            }
            chain.append(mention)
        }
        flush()

        for group in groups {
            let ids = group.map(\.owner)
            let skills = ids.map { taxonomy[$0] }
            let start = group[0].start, end = group.last!.end
            var kind: Requirement.Kind = skills.allSatisfy({ $0.category == "certifications" }) ? .certification : .skill
            var name = skills.map(\.name).joined(separator: " or ")
            // "AWS certification", "certified Scrum ..."
            let after = String(decoding: bytes[end...].prefix(24), as: UTF8.self).lowercased()
            let before = String(decoding: bytes[..<start].suffix(12), as: UTF8.self).lowercased()
            if kind == .skill, after.hasPrefix(" certification") || after.hasPrefix(" certificate") || after.hasPrefix(" certified")
                || before.hasSuffix("certified ") || before.hasSuffix("certification in ") {
                kind = .certification
                name += " certification"
            }
            var requirement = Requirement(kind: kind, importance: importance(at: start), name: name, skills: skills.map(\.name),
                                          category: skills[0].category, years: nil, level: nil, field: nil, text: text, location: location)
            requirement.skillIDs = ids
            requirements.append(requirement)
        }
        if Self.mayStateYears(scanned), let years = yearsRequirement(text, groups: groups, importance: lineImportance, location: location) {
            requirements.insert(years, at: 0)
        }
        if Self.degreeContextPhrases.contains(in: scanned), let (level, _) = DegreeLevel.find(in: text, strict: true) {
            let field = Self.fieldOfStudy(in: text)
            var requirement = Requirement(kind: .education, importance: lineImportance,
                                          name: level.name.capitalizedFirst + (field.map { " in \($0)" } ?? ""), skills: [], category: nil,
                                          years: nil, level: level.name, field: field, text: text, location: location)
            requirement.degree = level
            requirements.insert(requirement, at: 0)
        }
        return requirements
    }

    /// "8+ years of experience building backend systems" -> 8 years, about Backend development.
    func yearsRequirement(_ text: String, groups: [[TermTrie.Match]], importance: Requirement.Importance,
                          location: SourceLocation) -> Requirement? {
        let tokens = Tokens(text)
        for index in 0..<tokens.count {
            guard let years = tokens.number(at: index) else { continue }
            var next = index + 1
            if next < tokens.count, tokens[next] == "+" || tokens[next] == "or" && next + 1 < tokens.count && tokens[next + 1] == "more" {
                next += tokens[next] == "+" ? 1 : 2
            }
            guard next < tokens.count, Self.yearWords.contains(tokens[next]), years >= 1, years <= 30 else { continue }
            let yearsEnd = tokens.offset(of: next) + tokens[next].utf8.count
            // The subject: the first skill named soon after, in the same clause.
            let clauseEnd = text.utf8.dropFirst(yearsEnd).firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") }
                .map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? text.utf8.count
            let subject = groups.first { group in
                group[0].start >= yearsEnd && group[0].start < min(clauseEnd, yearsEnd + 60)
                    && !["soft-skills", "languages", "industries"].contains(taxonomy[group[0].owner].category)
            }
            let names = subject?.map { taxonomy[$0.owner].name } ?? []
            var requirement = Requirement(kind: .years, importance: importance,
                                          name: "\(years)+ years of " + (names.isEmpty ? "experience" : names.joined(separator: " or ")),
                                          skills: names, category: subject.map { taxonomy[$0[0].owner].category },
                                          years: years, level: nil, field: nil, text: text, location: location)
            requirement.skillIDs = subject?.map(\.owner) ?? []
            return requirement
        }
        return nil
    }

    /// A line's words, lowercased, with their UTF-8 offsets, keeping "+" and "-" inside numbers
    /// ("8+", "3-5"). Found as byte ranges and made lowercased strings only when asked for: most
    /// are only checked for being a number, which their bytes answer. Every line of every posting
    /// that has a digit is read this way.
    struct Tokens {
        let bytes: [UInt8]
        let ranges: [Range<Int>]

        init(_ text: String) {
            bytes = Array(text.utf8)
            ranges = bytes.withUnsafeBufferPointer(PostingParser.wordRanges)
        }

        var count: Int { ranges.count }

        /// The word lowercased.
        subscript(index: Int) -> String {
            bytes.withUnsafeBufferPointer { PostingParser.loweredWord(UnsafeBufferPointer(rebasing: $0[ranges[index]])) }
        }

        func offset(of index: Int) -> Int { ranges[index].lowerBound }

        /// `PostingParser.number` of the word; an ASCII word is read from its bytes.
        func number(at index: Int) -> Int? {
            let range = ranges[index]
            guard bytes[range].allSatisfy({ $0 < 0x80 }) else { return PostingParser.number(self[index]) }
            var digits = range.lowerBound
            while digits < range.upperBound, bytes[digits] >= 0x30, bytes[digits] <= 0x39 { digits += 1 }
            if digits > range.lowerBound {
                guard digits == range.upperBound || bytes[digits] == UInt8(ascii: "+") || bytes[digits] == UInt8(ascii: "-") else { return nil }
                return Int(String(decoding: bytes[range.lowerBound..<digits], as: UTF8.self))
            }
            // Only a word of letters the number words start with can be one.
            guard range.count >= 3, range.count <= 7, PostingParser.numberWordInitials.contains(TermTrie.lower(bytes[range.lowerBound])) else { return nil }
            return PostingParser.numberWords[self[index]]
        }
    }

    static let numberWordInitials = Set(numberWords.keys.map { $0.utf8.first! })

    static func wordRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        WordRuns.ranges(in: bytes) { scalar, inWord in
            isWordScalar(scalar) || scalar == "+" || (scalar == "-" && inWord)
        }
    }

    static func loweredWord(_ word: UnsafeBufferPointer<UInt8>) -> String {
        word.allSatisfy { $0 < 0x80 } ? String(decoding: word.map(TermTrie.lower), as: UTF8.self)
                                      : String(decoding: word, as: UTF8.self).lowercased()
    }

    /// Whether a line can state years at all, checked on its lowered bytes before it is cut into
    /// words: a number is ASCII digits or a number word (`number`), so a line with neither has none.
    static func mayStateYears(_ lowered: ScannedText) -> Bool {
        lowered.bytes.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            || numberWordPhrases.contains(in: lowered)
    }

    static let numberWordPhrases = PhraseSet(numberWords.keys.sorted())

    /// A letter or a digit: decided by byte range for ASCII, by Unicode's properties otherwise
    /// (the property look-up was most of the cost of reading every line of every posting).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else {
            let character = Character(scalar)
            return character.isLetter || character.isNumber
        }
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    static func number(_ token: String) -> Int? {
        let digits = token.prefix { $0.isNumber }
        if !digits.isEmpty {
            let rest = token.dropFirst(digits.count)
            guard rest.isEmpty || rest == "+" || rest.hasPrefix("-") || rest.hasPrefix("+") else { return nil }
            return Int(digits)
        }
        return numberWords[token]
    }

    /// "Bachelor's degree in Computer Science or a related field" -> "Computer Science or a related field".
    static func fieldOfStudy(in text: String) -> String? {
        guard let range = text.firstRange(of: " in ") ?? text.firstRange(of: " of ") else { return nil }
        var field = String(text[range.upperBound...])
        if let stop = field.firstIndex(where: { $0 == "," || $0 == ";" || $0 == "." || $0 == "(" }) { field = String(field[..<stop]) }
        field = field.trimmingWhitespace()
        guard !field.isEmpty, field.count < 80, field.first?.isLetter == true else { return nil }
        return field
    }

    // MARK: - Lines

    /// The heading text of a Markdown heading, a bold line, or a short line ending in a colon.
    static func heading(_ line: String) -> String? {
        if line.hasPrefix("#") {
            let text = line.drop { $0 == "#" }
            guard text.first == " " else { return nil }
            return text.trimmingWhitespace().trimmingCharacters(in: ":")
        }
        for mark in ["**", "__"] where line.hasPrefix(mark) && (line.hasSuffix(mark) || line.hasSuffix(mark + ":")) && line.count > 4 {
            let inner = line.dropFirst(2).dropLast(line.hasSuffix(":") ? 3 : 2)
            if !inner.contains(mark) { return inner.trimmingWhitespace().trimmingCharacters(in: ":") }
        }
        if line.hasSuffix(":"), !isListItem(line), hasAtMost(8, wordsIn: line) {
            return String(line.dropLast()).trimmingWhitespace()
        }
        // A short plain line that is a known heading word ("Requirements").
        if !isListItem(line), hasAtMost(5, wordsIn: line), classify(line) != nil, !line.hasSuffix(".") {
            return line
        }
        return nil
    }

    /// Whether `line` splits on spaces into at most `limit` words (runs of spaces count once, as
    /// `split` omits empty pieces), counted on the bytes up to the limit: every line of every
    /// posting is asked, and splitting a paragraph into words to count them cost more than the rest.
    static func hasAtMost(_ limit: Int, wordsIn line: String) -> Bool {
        var words = 0
        var inWord = false
        for byte in line.utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return false }
            }
        }
        return true
    }

    static let headingPhrases: [(SectionKind, PhraseSet)] = [
        (.preferred, PhraseSet(preferredHeadings)), (.ignored, PhraseSet(ignoredHeadings)),
        (.context, PhraseSet(contextHeadings)), (.required, PhraseSet(requiredHeadings)),
    ]
    static let preferredLineCuePhrases = PhraseSet(preferredLineCues)
    static let requiredLineCuePhrases = PhraseSet(requiredLineCues)
    static let scopedPreferredCuePhrases = PhraseSet(scopedPreferredCues)
    static let languageContextPhrases = PhraseSet(languageContext)
    static let degreeContextPhrases = PhraseSet(degreeContext)

    static func classify(_ heading: String) -> SectionKind? {
        let lowered = ScannedText(lowering: heading)
        for (kind, cues) in headingPhrases where cues.containsWord(in: lowered) { return kind }
        return nil
    }

    static func isListItem(_ line: String) -> Bool {
        line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") || line.hasPrefix("• ")
            || (line.first?.isNumber == true && (line.contains(". ") || line.contains(") ")) && line.prefix(4).contains { $0 == "." || $0 == ")" })
    }

    static func stripListMarker(_ line: String) -> String {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") || line.hasPrefix("• ") {
            return String(line.dropFirst(2)).trimmingWhitespace()
        }
        if let first = line.first, first.isNumber, let dot = line.prefix(4).firstIndex(where: { $0 == "." || $0 == ")" }) {
            let rest = line[line.index(after: dot)...]
            if rest.first == " " { return rest.trimmingWhitespace() }
        }
        return line
    }

    /// One requirement per thing asked for, the strongest importance kept, in posting order.
    static func deduplicated(_ requirements: [Requirement]) -> [Requirement] {
        // What makes two requirements the same. (A string key made by interpolating the skill
        // list went through Array's reflective description: most of this function's time.)
        struct Key: Hashable {
            var kind: String
            var skills: [Int32]
            var years: Int
            var level: String
        }
        var result: [Requirement] = []
        var byKey: [Key: Int] = [:]
        byKey.reserveCapacity(requirements.count)
        for requirement in requirements {
            let key = Key(kind: requirement.kind.rawValue, skills: requirement.skillIDs.sorted(), years: requirement.years ?? 0,
                          level: requirement.level ?? "")
            if let index = byKey[key] {
                if requirement.importance == .required { result[index].importance = .required }
                continue
            }
            byKey[key] = result.count
            result.append(requirement)
        }
        return result
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
