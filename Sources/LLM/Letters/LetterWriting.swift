import Analysis
import Workspace

/// One cover letter for a model to write: the built-in engine's draft, and what the model is
/// told about the posting and the person. Made with `.letter`; cheap, made again for each letter.
public struct LetterWriting: Sendable {
    /// The built-in engine's letter: what is kept wherever the model's answer cannot be used.
    public let draft: CoverLetter
    let task: LetterTask
    let taxonomy: SkillTaxonomy
    let phrases: LetterPhrases

    public static func letter(_ draft: CoverLetter, persona: ResolvedPersona, job: Job, match: MatchReport, context: AnalysisContext,
                              session: LLMSession) -> LetterWriting {
        let phrases = context.letterPhrases(for: persona)
        return LetterWriting(draft: draft, task: .make(draft, persona: persona, job: job, match: match, context: context, phrases: phrases,
                                                       redacting: session.configuration.redacts),
                             taxonomy: context.taxonomy, phrases: phrases)
    }

    /// The draft with the model's paragraphs in place of the engine's, part by part. A sentence
    /// that puts forward something the record does not show is withheld (and named in
    /// `withheld`); a highlight backing a requirement the record does not meet is too. Where
    /// nothing of a part is left, the draft's part stays; `engine` names the model when any of its
    /// text is used.
    func merging(_ answer: LetterAnswer, model: String) -> CoverLetter {
        let restore = task.redactor
        let checker = FactChecker(sources: task.sources, taxonomy: taxonomy)
        var withheld: [String] = []
        func checked(_ text: String, part: String) -> String? {
            let restored = restore.restore(text)
            let unsupported = checker.unsupportedTerms(in: restored)
            guard unsupported.isEmpty else {
                let names = unsupported.map { "'\($0)'" }
                withheld.append("\(part): \"\(restored)\" was withheld: it puts forward \(phrasesList(names)), which the record does not show.")
                return nil
            }
            return restored
        }
        let opening = answer.opening.enumerated().compactMap { checked($1, part: "opening[\($0)]") }
        var highlights: [CoverLetter.Highlight] = []
        for (index, highlight) in answer.highlights.enumerated() {
            guard let requirement = met(highlight.requirement) else {
                withheld.append("highlights[\(index)]: \"\(restore.restore(highlight.text))\" was withheld: '\(restore.restore(highlight.requirement))' "
                                + "is not one of the posting's requirements the record meets.")
                continue
            }
            guard !highlights.contains(where: { $0.requirement == requirement }),
                  let text = checked(highlight.text, part: "highlights[\(index)]") else { continue }
            // A sentence quoted from the record keeps the entry it is from.
            let entry = draft.highlights.first { $0.text == text }?.entry
            highlights.append(CoverLetter.Highlight(requirement: requirement, text: text, entry: entry))
        }
        let closing = answer.closing.enumerated().compactMap { checked($1, part: "closing[\($0)]") }

        var letter = draft
        if !opening.isEmpty { letter.opening = opening }
        if !highlights.isEmpty {
            letter.highlights = highlights
            letter.highlightsIntro = phrases.highlightsIntro(for: highlights.map(\.requirement))
        }
        if !closing.isEmpty { letter.closing = closing }
        letter.engine = opening.isEmpty && highlights.isEmpty && closing.isEmpty ? draft.engine : model
        letter.withheld = withheld
        return letter
    }

    /// The requirement a highlight names, as the posting names it, when the record meets it.
    func met(_ name: String) -> String? {
        let folded = task.redactor.restore(name).lowercased()
        if let exact = task.met.first(where: { $0.lowercased() == folded }) { return exact }
        // `Golang` backs `Go`: the same skill through the taxonomy.
        guard let id = taxonomy.id(of: name) else { return nil }
        return task.met.first { taxonomy.id(of: $0) == id }
    }

    func phrasesList(_ names: [String]) -> String {
        names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

extension LLMSession {
    /// The cover letter as the configured model writes it over the built-in draft (the draft
    /// itself with the builtin engine). The answer is cached; a failure is an `LLMError`.
    public func writeLetter(_ writing: LetterWriting) throws(LLMError) -> CoverLetter {
        guard let model else { return writing.draft }
        let answer = try model.complete(LetterPrompt.request(writing.task))
        guard let value = answer.value else { return writing.draft }
        return writing.merging(LetterAnswer(value), model: configuration.model ?? "model")
    }
}
