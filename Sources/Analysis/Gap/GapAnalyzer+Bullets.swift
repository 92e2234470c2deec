import Core

/// Bullet-level checks: weak openings, pronouns, results, duplicates, tense, empty entries.
extension GapAnalyzer {
    mutating func checkBullets() {
        var seen: [(folded: String, words: Set<String>, field: String, location: SourceLocation)] = []
        for entry in document.entries where ["work", "volunteer", "projects"].contains(entry.section) && shows(entry.section) {
            var quantified = false
            var tenses: [(Writing.Tense, Located<String>, String)] = []
            for (text, index) in entry.highlights {
                let field = "\(entry.field).highlights[\(index)]"
                let at = text.location
                let words = Writing.words(text.value)
                if let opening = Writing.weakOpening(words: words) {
                    issue("weak-opening", .warning, field: field, entry: entry.label,
                          "'\(opening)' describes a duty, not what you achieved.",
                          suggestion: "Start with a strong verb and the result: 'Cut ...', 'Built ...', 'Led ...'.", at: at)
                }
                if let pronoun = Writing.firstPersonPronoun(words: words) {
                    issue("first-person", .warning, field: field, entry: entry.label, "The bullet uses the first person ('\(pronoun)').",
                          suggestion: "Drop the pronoun and start with the verb: 'Led ...' rather than 'I led ...'.", at: at)
                }
                if Writing.isQuantified(text.value, words: words) {
                    quantified = true
                } else {
                    issue("no-metric", .info, field: field, entry: entry.label, "The bullet states no measurable result.",
                          suggestion: "Add a number: how much, how many, how fast, what it saved or earned.", at: at)
                }
                if words.count > 40 {
                    issue("long-bullet", .info, field: field, entry: entry.label, "The bullet is \(words.count) words long.",
                          suggestion: "Keep bullets to one or two lines (under about 30 words); split or trim it.", at: at)
                }
                let folded = words.map { $0.lowercased() }.joined(separator: " ")
                let wordSet = Set(folded.split(separator: " ").map(String.init))
                if let earlier = seen.first(where: { $0.folded == folded }) {
                    issue("duplicate-bullet", .warning, field: field, entry: entry.label,
                          "The bullet repeats \(earlier.field) (line \(earlier.location.line)) word for word.",
                          suggestion: "Keep it in the entry where it belongs and remove the other.", at: at)
                } else if wordSet.count >= 6, let earlier = seen.first(where: { $0.words.count >= 6 && Writing.similarity($0.words, wordSet) >= 0.8 }) {
                    issue("duplicate-bullet", .warning, field: field, entry: entry.label,
                          "The bullet says nearly the same as \(earlier.field) (line \(earlier.location.line)).",
                          suggestion: "Merge the two, or make each say something of its own.", at: at)
                }
                seen.append((folded, wordSet, field, at))
                tenses.append((Writing.tense(words: words), text, field))
            }
            if entry.section == "work", !entry.highlights.isEmpty, !quantified {
                let name = entry.name ?? entry.position ?? entry.field
                ask("metric", subject: "\(entry.section):\(name)", scope: entry.node.location.file,
                    "What measurable result came out of your work at \(name)? Numbers help: money, time, users, percentages.",
                    why: (entry.highlights.count == 1 ? "The only bullet of \(entry.label) states no result"
                                                      : "None of the \(entry.highlights.count) bullets of \(entry.label) states a result")
                        + "; one figure makes the entry far stronger.",
                    field: "\(entry.field).highlights", at: entry.node.location)
            }
            if let summary = entry.node["summary"], let text = summary.scalarText, let pronoun = Writing.firstPersonPronoun(text) {
                issue("first-person", .info, field: "\(entry.field).summary", entry: entry.label,
                      "The entry's summary uses the first person ('\(pronoun)').",
                      suggestion: "Most CVs leave pronouns out: 'Tech lead of ...' rather than 'I lead ...'.", at: summary.location)
            }
            if entry.section == "work", entry.highlights.isEmpty, entry.node["summary"]?.scalarText == nil {
                issue("empty-entry", .info, field: entry.field, entry: entry.label, "The entry says nothing about what you did there.",
                      suggestion: "Add two to four highlights with results.", at: entry.node.location)
            }
            checkTense(entry, tenses)
        }
    }

    mutating func checkTense(_ entry: CVEntry, _ tenses: [(Writing.Tense, Located<String>, String)]) {
        guard entry.section == "work" || entry.section == "volunteer" else { return }
        let present = tenses.filter { $0.0 == .present }
        let past = tenses.filter { $0.0 == .past }
        if !entry.isOngoing, let first = present.first {
            let verb = Writing.words(first.1.value).first ?? ""
            issue("inconsistent-tense", .warning, field: first.2, entry: entry.label,
                  "A role that has ended is described in the present tense ('\(verb)')" + (present.count > 1 ? ", in \(present.count) bullets." : "."),
                  suggestion: "Write finished work in the past tense: 'Led', 'Built', 'Cut'.", at: first.1.location)
        } else if entry.isOngoing, !present.isEmpty, !past.isEmpty {
            let minority = present.count <= past.count ? present[0] : past[0]
            let verb = Writing.words(minority.1.value).first ?? ""
            issue("inconsistent-tense", .info, field: minority.2, entry: entry.label,
                  "The bullets of this role mix past and present tense ('\(verb)').",
                  suggestion: "Pick one: the present for ongoing duties, the past for finished achievements, and keep it throughout the entry.",
                  at: minority.1.location)
        }
    }
}
