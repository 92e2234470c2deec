import Core
import Foundation
import Workspace
import YAMLSupport

/// The built-in letter engine: a first draft from the posting, the persona and its match report,
/// using only what the person's record says (nothing is invented). Deterministic: no clock, no
/// network; the same inputs give the same letter.
public enum CoverLetterWriter {
    /// How many requirements the letter backs with evidence.
    static let highlightLimit = 4
    /// How many more matched requirements it names in one sentence.
    static let alsoLimit = 5

    /// `sourceCV` is the persona's CV file as written (evidence outside the persona points into it).
    /// The fixed sentences are in `locale` (`en`, `de`, `fr`, `es`); English for any other.
    public static func write(job: Job, persona: ResolvedPersona, match: MatchReport, sourceCV: YAMLNode?, locale: String = "en") -> CoverLetter {
        write(job: job, persona: persona, match: match, sourceCV: sourceCV, taxonomy: .shipped, phrases: .named(locale))
    }

    static func write(job: Job, persona: ResolvedPersona, match: MatchReport, sourceCV: YAMLNode?, taxonomy: SkillTaxonomy,
                      phrases: LetterPhrases) -> CoverLetter {
        let basics = persona.publicBasics
        let sender = LetterContact.sender(basics: basics, persona: persona.persona, job: job)
        let company = job.company
        let role = job.title
        let sources = [persona.cv] + (sourceCV.map { [$0] } ?? [])
        let (highlights, alsoShown) = highlights(match, sources: sources)

        var opening = [phrases.applying(role, company)]
        if let summary = basics?["summary"]?.scalarText.map(Self.oneLine), !summary.isEmpty {
            let sentence = Self.sentence(summary)
            opening[0] += " " + (phrases.rewritesSummary ? Self.firstPerson(sentence, taxonomy: taxonomy) : sentence)
        }
        if let current = currentRole(persona.cv, phrases: phrases) { opening.append(current) }

        var closing: [String] = []
        if !alsoShown.isEmpty {
            closing.append(phrases.alsoCovers(phrases.list(alsoShown)))
        }
        closing.append(phrases.closing(company))
        let manager = job.hiringManager.flatMap { $0.isEmpty ? nil : $0 }
        return CoverLetter(job: job.path, persona: persona.persona.path, role: role, company: company, sender: sender,
                           recipient: job.hiringManager, date: job.appliedOn,
                           subject: phrases.subject(role, company), salutation: phrases.salutation(manager, company),
                           opening: opening, highlightsIntro: phrases.highlightsIntro(for: highlights.map(\.requirement)),
                           highlights: highlights, closing: closing, signOff: phrases.signOff, engine: "builtin")
    }

    // MARK: - What the letter draws on

    /// Requirements the person meets, each with the best sentence of their record that shows it
    /// (required before preferred, posting order within each), and the other met requirements' names.
    /// `sources` are the trees evidence points into: the persona's effective CV and its CV file.
    static func highlights(_ match: MatchReport, sources: [YAMLNode]) -> ([CoverLetter.Highlight], [String]) {
        let met = match.matched + match.missing.inPersonaSources
        let ordered = met.filter { $0.requirement.importance == .required } + met.filter { $0.requirement.importance == .preferred }
        var highlights: [CoverLetter.Highlight] = []
        var usedTexts: Set<String> = []
        var also: [String] = []
        for result in ordered where result.requirement.kind == .skill || result.requirement.kind == .certification {
            let name = result.requirement.name
            let quotable = highlights.count < highlightLimit ? result.evidence.lazy.compactMap { evidence -> (Evidence, String)? in
                guard let text = statement(evidence, sources: sources), !usedTexts.contains(text) else { return nil }
                return (evidence, text)
            }.first : nil
            if let (evidence, text) = quotable {
                usedTexts.insert(text)
                highlights.append(.init(requirement: name, text: text, entry: evidence.entry.map(entryName)))
            } else if also.count < alsoLimit, !also.contains(name), !highlights.contains(where: { $0.requirement == name }) {
                also.append(name)
            }
        }
        return (highlights, also)
    }

    /// The evidence's whole sentence when it is worth quoting: a highlight, summary or description
    /// of a work, project, volunteering, award or publication entry; not a skill name, a job title
    /// or an employer. Reports shorten long passages; a letter quotes the sentence whole.
    static func statement(_ evidence: Evidence, sources: [YAMLNode]) -> String? {
        guard evidence.source == .persona || evidence.source == .cv, let entry = evidence.entry,
              ["work[", "projects[", "volunteer[", "awards[", "publications["].contains(where: { entry.hasPrefix($0) }),
              let location = evidence.location,
              let (text, key) = sources.lazy.compactMap({ scalar(at: location, in: $0, key: nil) }).first,
              // A work entry's `description` is the employer's, not what the person did.
              ["highlights", "text", "summary"].contains(key) || (key == "description" && !entry.hasPrefix("work[")) else { return nil }
        let line = oneLine(text)
        return line.split(separator: " ").count >= 6 ? line : nil
    }

    /// The scalar written at `location`, with the mapping key it sits under.
    static func scalar(at location: SourceLocation, in node: YAMLNode, key: String?) -> (String, String)? {
        switch node.content {
        case .scalar(let text, _): return node.location == location ? key.map { (text, $0) } : nil
        case .sequence(let items): return items.lazy.compactMap { scalar(at: location, in: $0, key: key) }.first
        case .mapping(let pairs): return pairs.lazy.compactMap { scalar(at: location, in: $0.value, key: $0.key.scalarText) }.first
        }
    }

    /// `work[0] Ledgerly` -> `Ledgerly`.
    static func entryName(_ entry: String) -> String {
        guard let space = entry.firstIndex(of: " ") else { return entry }
        return String(entry[entry.index(after: space)...])
    }

    /// "I currently work at Ledgerly as Staff Engineer." from the first work entry the persona shows.
    static func currentRole(_ cv: YAMLNode, phrases: LetterPhrases) -> String? {
        guard let work = cv["work"]?.sequence, !work.isEmpty else { return nil }
        let current = work.first { $0["endDate"]?.scalarText == nil } ?? work[0]
        guard let employer = current["name"]?.scalarText, !employer.isEmpty else { return nil }
        let position = current["position"]?.scalarText.flatMap { $0.isEmpty ? nil : $0 }
        return phrases.currentRole(employer, position, current["endDate"]?.scalarText == nil)
    }

    // MARK: - Wording

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Ends with a full stop unless it already ends a sentence.
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".!?".contains(last) ? text : text + "."
    }

    /// CV summaries are often written without a subject ("Backend engineer with nine years of
    /// experience ..."); in a letter that reads as "I am a backend engineer with ...". Sentences
    /// that already have one, or that do not start like a description of a person, are kept.
    static func firstPerson(_ summary: String, taxonomy: SkillTaxonomy) -> String {
        guard let first = summary.split(separator: " ").first.map(String.init) else { return summary }
        let word = first.trimmingCharacters(in: .punctuationCharacters)
        let lower = word.lowercased()
        let keeps = ["i", "i'm", "i’m", "my", "as", "with", "over", "more", "after", "for", "since", "from", "in", "at", "currently",
                     "having", "after", "about", "a", "an", "the", "this", "these", "today", "now", "when", "while"]
        guard let initial = word.first, initial.isUppercase, !keeps.contains(lower), !lower.hasSuffix("ly"),
              !lower.hasSuffix("ing") || ["engineering", "marketing", "accounting", "consulting", "nursing", "banking", "computing",
                                          "publishing", "manufacturing", "recruiting"].contains(lower),
              !word.contains(where: \.isNumber), !lower.hasSuffix("ed") || ["experienced", "seasoned", "skilled", "certified", "detail-oriented", "trusted"].contains(lower)
        else { return summary }
        // "Go developer" keeps its capital: the word is a name the taxonomy knows with that case.
        let isName = word.dropFirst().contains(where: \.isUppercase) || taxonomy.id(of: word).map { taxonomy[$0].name == word } == true
        let rest = summary.dropFirst(first.count)
        let opening = isName ? first : first.prefix(1).lowercased() + first.dropFirst()
        // An initialism is read letter by letter: "an SRE", "a UX designer".
        let spelled = word.count > 1 && word.allSatisfy { $0.isUppercase || !$0.isLetter }
        let vowelSound = spelled ? "AEFHILMNORSX".contains(word.first!) : "aeiou".contains(Character(opening.prefix(1).lowercased()))
        let article = vowelSound ? "an" : "a"
        return "I am \(article) \(opening)\(rest)"
    }
}
