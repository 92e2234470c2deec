import Analysis
import Core
import Workspace
import YAMLSupport

/// One cover letter to write: what the model reads (the posting, the persona's public record,
/// the built-in draft and the match, with contact details as placeholders), and the texts the
/// answer's facts must come from.
struct LetterTask: Sendable {
    /// The job file: `jobs/acme.md`.
    var subject: String
    /// The language to write in, in English words: `German`.
    var language: String
    var sections: [(heading: String, text: String)]
    /// The unredacted public texts a sentence's facts must come from.
    var sources: [String]
    /// The requirements the record meets, as the posting names them: the only ones a highlight may back.
    var met: [String]
    var redactor: Redactor

    static let languages = ["en": "English", "de": "German", "fr": "French", "es": "Spanish"]

    static func make(_ draft: CoverLetter, persona: ResolvedPersona, job: Job, match: MatchReport, context: AnalysisContext,
                     phrases: LetterPhrases, redacting: Bool) -> LetterTask {
        var redactor = Redactor(enabled: redacting)
        let workspace = context.workspace
        // The public record only: private fields are never sent, not even as placeholders.
        let record = redactor.redact(persona.publicCV, privatePaths: [])
        var recordText = "title: \(persona.persona.title)\n" + YAMLEmitter.emit(record)
        let body = persona.persona.body.trimmingWhitespace()
        if !body.isEmpty { recordText += "\nThe persona's own text:\n" + redactor.redact(body) + "\n" }
        let posting = "title: \(job.title)\n" + (job.company.map { "company: \($0)\n" } ?? "") + "\n" + job.body

        let results = match.matched + match.missing.inPersonaSources
        var met: [String] = []
        for result in results where !met.contains(result.requirement.name) { met.append(result.requirement.name) }
        let metLines = results.map { "- \($0.requirement.name) (\($0.requirement.importance.rawValue))" }
        let missing = match.missing.nowhere.map { "- \($0.requirement.name) (\($0.requirement.importance.rawValue))" }
        let matchText = "Score \(match.score) of 100.\n\nRequirements the record meets:\n" + (metLines.isEmpty ? "(none)" : metLines.joined(separator: "\n"))
            + "\n\nRequirements the record does not show (do not claim them):\n" + (missing.isEmpty ? "(none)" : missing.joined(separator: "\n")) + "\n"

        let draftText = Self.text(of: draft)
        var sources = [YAMLEmitter.emit(persona.publicCV), persona.persona.title, persona.persona.body, YAMLEmitter.emit(job.frontMatter),
                       job.body, draftText, matchText]
        sources += workspace.knowledge.map { YAMLEmitter.emit($0.root) }
        sources += workspace.answers?.answers.map(\.answer.value) ?? []
        return LetterTask(
            subject: job.path, language: languages[phrases.code] ?? "English",
            sections: [("Job posting (\(job.path))", redactor.redact(posting)),
                       ("The applicant's record: persona \(persona.persona.path), its CV as the persona shows it", recordText),
                       ("How the record matches the posting", matchText),
                       ("The engine's draft", redactor.redact(draftText))],
            sources: sources, met: met, redactor: redactor)
    }

    /// The draft's paragraphs as the letter reads them.
    static func text(of letter: CoverLetter) -> String {
        var lines = [letter.subject, "", letter.salutation, ""] + letter.opening.flatMap { [$0, ""] }
        if let intro = letter.highlightsIntro { lines += [intro, ""] }
        lines += letter.highlights.map { "- \($0.requirement): \($0.text)" }
        if !letter.highlights.isEmpty { lines.append("") }
        lines += letter.closing.flatMap { [$0, ""] } + [letter.signOff]
        return lines.joined(separator: "\n") + "\n"
    }
}
