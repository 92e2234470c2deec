import Analysis
import Foundation

/// Anti-fabrication: finds the skills, names (employers, certifications, products) and numbers
/// a model's finding puts forward that none of the sources show. Such a finding is flagged and
/// withheld, never passed on as if it were true.
///
/// Names are capitalised words inside a sentence; a word counts as shown when any source has
/// it, in any case. Skills go through the taxonomy, so `k8s` in a CV supports `Kubernetes`.
struct FactChecker: Sendable {
    let taxonomy: SkillTaxonomy
    private let words: Set<String>
    private let numbers: Set<String>
    private let skills: Set<Int32>

    /// Capitalised words that are advice vocabulary rather than claims about a person.
    static let commonNames: Set<String> = [
        "i", "cv", "cvs", "ats", "star", "kpi", "kpis", "okr", "okrs", "roi", "pdf", "url", "faq", "hr", "ceo", "cto",
        "cfo", "coo", "cio", "vp", "usd", "eur", "gbp", "linkedin", "github", "gitlab", "readme", "json", "yaml", "markdown",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "english",
    ]

    init(sources: [String], taxonomy: SkillTaxonomy) {
        self.taxonomy = taxonomy
        var words: Set<String> = []
        var numbers: Set<String> = []
        var skills: Set<Int32> = []
        for source in sources {
            Self.wordSet(of: source, into: &words)
            numbers.formUnion(Self.numbers(in: source))
            for id in taxonomy.skills(in: source) {
                skills.insert(id)
                skills.formUnion(taxonomy.implied(by: id))
            }
        }
        // A skill the sources show under another name (k8s) supports its capitalised names (Kubernetes).
        for id in skills {
            for name in [taxonomy[id].name] + taxonomy[id].aliases { Self.wordSet(of: name, into: &words) }
        }
        self.words = words
        self.numbers = numbers
        self.skills = skills
    }

    /// What `text` names that the sources do not show, in order, without repeats.
    func unsupportedTerms(in text: String) -> [String] {
        var found: [String] = []
        func add(_ term: String) { if !found.contains(term) { found.append(term) } }
        let lower = text.lowercased()
        for id in taxonomy.skills(in: text) where !skills.contains(id) && taxonomy[id].category != "soft-skills" {
            // Named as the model wrote it: `AWS` rather than the taxonomy's `Amazon Web Services`.
            let skill = taxonomy[id]
            let written = ([skill.name] + skill.aliases).filter { lower.contains($0.lowercased()) }.max { $0.count < $1.count }
            add(written.flatMap { name in text.range(of: name, options: .caseInsensitive).map { String(text[$0]) } } ?? skill.name)
        }
        // Words of a skill already named are not named again on their own.
        let named = Set(found.flatMap { Self.words(in: $0).map { $0.text.lowercased() } })
        for word in Self.words(in: text) where word.capitalised && !word.startsSentence {
            let folded = word.text.lowercased()
            if !words.contains(folded), !Self.commonNames.contains(folded), !named.contains(folded),
               !found.contains(where: { $0.lowercased() == folded }) {
                add(word.text)
            }
        }
        for number in Self.numbers(in: text) where !numbers.contains(number) { add(number) }
        return found
    }

    struct Word {
        var text: String
        var capitalised: Bool
        var startsSentence: Bool
    }

    /// Words (letters, digits, `&`, `'`, `-`, `+`, `#`), each with whether it opens a sentence.
    /// Scans Unicode scalars, not Characters: the sources are whole CVs, checked for every report.
    static func words(in text: String) -> [Word] {
        var result: [Word] = []
        var current = String.UnicodeScalarView()
        var sentenceStart = true
        var opensSentence = true
        func flush() {
            guard !current.isEmpty else { return }
            var slice = current[...]
            while let first = slice.first, isJoiner(first) { slice.removeFirst() }
            while let last = slice.last, isJoiner(last) { slice.removeLast() }
            if let first = slice.first, slice.contains(where: isLetter) {
                result.append(Word(text: String(slice), capitalised: first.properties.isUppercase, startsSentence: opensSentence))
            }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if isLetter(scalar) || isDigit(scalar) || isJoiner(scalar) || scalar == "#" {
                if current.isEmpty { opensSentence = sentenceStart; sentenceStart = false }
                current.append(scalar)
            } else {
                flush()
                switch scalar {
                case ".", "!", "?", ":", ";", "\n", "\"", "(", ")", "[", "]", "*", "\u{201C}", "\u{201D}", "\u{2022}": sentenceStart = true
                case " ", "\t", "\r", ",": break
                default: sentenceStart = false
                }
            }
        }
        flush()
        return result
    }

    /// The lowercased words of a source, for the set a finding's names are looked up in.
    static func wordSet(of text: String, into set: inout Set<String>) {
        var current = String.UnicodeScalarView()
        func flush() {
            var slice = current[...]
            while let first = slice.first, isJoiner(first) { slice.removeFirst() }
            while let last = slice.last, isJoiner(last) { slice.removeLast() }
            if slice.contains(where: isLetter) { set.insert(String(slice)) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.lowercased().unicodeScalars {
            if isLetter(scalar) || isDigit(scalar) || isJoiner(scalar) || scalar == "#" { current.append(scalar) } else if !current.isEmpty { flush() }
        }
        if !current.isEmpty { flush() }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        return scalar.properties.isAlphabetic
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "-" || scalar == "&" || scalar == "+" }

    /// Numbers as written, without thousands separators or leading zeros: `1,200` and `01` -> `1200`, `1`.
    static func numbers(in text: String) -> [String] {
        var found: [String] = []
        let bytes = Array(text.utf8)
        func digit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        var index = 0
        while index < bytes.count {
            guard digit(index) else { index += 1; continue }
            var number: [UInt8] = []
            while index < bytes.count {
                if digit(index) {
                    number.append(bytes[index])
                } else if bytes[index] == 0x2C, digit(index + 1) {
                    // a thousands separator
                } else if bytes[index] == 0x2E, digit(index + 1) {
                    number.append(0x2E)
                } else {
                    break
                }
                index += 1
            }
            var normal = number[...]
            while normal.count > 1, normal.first == 0x30, normal.dropFirst().first != 0x2E { normal = normal.dropFirst() }
            if normal.contains(0x2E) {
                while normal.last == 0x30 { normal = normal.dropLast() }
                if normal.last == 0x2E { normal = normal.dropLast() }
            }
            let text = String(decoding: normal, as: UTF8.self)
            if !found.contains(text) { found.append(text) }
        }
        return found
    }
}
