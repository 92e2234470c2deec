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
            for word in Self.words(in: source) { words.insert(word.text.lowercased()) }
            numbers.formUnion(Self.numbers(in: source))
            for id in taxonomy.skills(in: source) {
                skills.insert(id)
                skills.formUnion(taxonomy.implied(by: id))
            }
        }
        // A skill the sources show under another name (k8s) supports its capitalised names (Kubernetes).
        for id in skills {
            for name in [taxonomy[id].name] + taxonomy[id].aliases {
                for word in Self.words(in: name) { words.insert(word.text.lowercased()) }
            }
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
    static func words(in text: String) -> [Word] {
        var result: [Word] = []
        var current = ""
        var sentenceStart = true
        var pendingStart = true
        func flush() {
            guard !current.isEmpty else { return }
            let trimmed = current.trimmingCharacters(in: CharacterSet(charactersIn: "'-&+"))
            if !trimmed.isEmpty, trimmed.contains(where: \.isLetter) {
                result.append(Word(text: trimmed, capitalised: trimmed.first!.isUppercase, startsSentence: pendingStart))
            }
            if !trimmed.isEmpty { pendingStart = false }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || "'-&+#".contains(character) {
                if current.isEmpty { pendingStart = sentenceStart; sentenceStart = false }
                current.append(character)
            } else {
                flush()
                if ".!?:;\n\"“”()[]•*".contains(character) { sentenceStart = true } else if !character.isWhitespace, character != "," { sentenceStart = false }
            }
        }
        flush()
        return result
    }

    /// Numbers as written, without thousands separators or leading zeros: `1,200` and `01` -> `1200`, `1`.
    static func numbers(in text: String) -> [String] {
        var found: [String] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else { index += 1; continue }
            var digits = ""
            while index < characters.count {
                let character = characters[index]
                if character.isASCII, character.isNumber {
                    digits.append(character)
                } else if character == ",", index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber {
                    // thousands separator
                } else if character == ".", index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber {
                    digits.append(".")
                } else {
                    break
                }
                index += 1
            }
            var normal = Substring(digits)
            while normal.count > 1, normal.first == "0", normal.dropFirst().first != "." { normal = normal.dropFirst() }
            if normal.contains(".") {
                while normal.last == "0" { normal = normal.dropLast() }
                if normal.last == "." { normal = normal.dropLast() }
            }
            if !found.contains(String(normal)) { found.append(String(normal)) }
        }
        return found
    }
}
