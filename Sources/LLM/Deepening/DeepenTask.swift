import Analysis
import Core
import Workspace
import YAMLSupport

/// One analysis report to deepen: the sources the model reads (redacted for the prompt, whole for
/// the fact check), the findings it already has, and where field paths point.
struct DeepenTask: Sendable {
    /// `gap`, `match` or `team`.
    var kind: String
    /// What it is about, for messages: `personas/backend.md`, `personas/backend.md against jobs/acme.md`.
    var subject: String
    /// The file clarifying questions are about (part of their ids).
    var scope: String
    /// Prompt sections, placeholders already in place: heading and text.
    var sections: [(heading: String, text: String)]
    /// The unredacted texts a finding's facts must come from.
    var sources: [String]
    /// The deterministic findings, one line each, redacted: the model is told not to repeat them.
    var existing: [String]
    /// The tree field paths are resolved in, and the place a finding points at when its path resolves nowhere.
    var fieldRoot: YAMLNode?
    var fallback: SourceLocation?
    var redactor: Redactor

    static func gap(_ persona: ResolvedPersona, report: GapReport, context: AnalysisContext, redacting: Bool) -> DeepenTask {
        var redactor = Redactor(enabled: redacting)
        let (section, root) = personaSection(persona, redactor: &redactor)
        var task = DeepenTask(kind: "gap", subject: persona.persona.path, scope: scope(of: persona), sections: [section],
                              sources: personaSources(persona, context: context), existing: [], fieldRoot: root,
                              fallback: SourceLocation(file: persona.cvPath ?? persona.persona.path), redactor: redactor)
        task.note(report.issues, report.questions)
        return task
    }

    static func match(_ persona: ResolvedPersona, job: Job, report: MatchReport, context: AnalysisContext, redacting: Bool) -> DeepenTask {
        var redactor = Redactor(enabled: redacting)
        let (section, root) = personaSection(persona, redactor: &redactor)
        var posting = "title: \(job.title)\n" + (job.company.map { "company: \($0)\n" } ?? "") + "\n" + job.body
        posting = redactor.redact(posting)
        var task = DeepenTask(kind: "match", subject: "\(persona.persona.path) against \(job.path)", scope: scope(of: persona),
                              sections: [section, ("Job posting (\(job.path))", posting)],
                              sources: personaSources(persona, context: context) + [YAMLEmitter.emit(job.frontMatter), job.body],
                              existing: [], fieldRoot: root, fallback: SourceLocation(file: persona.cvPath ?? persona.persona.path),
                              redactor: redactor)
        let score = "Score \(report.score) of 100 (\(report.potentialScore) with everything the sources hold); missing: "
            + (report.missing.inPersonaSources + report.missing.nowhere).map(\.requirement.name).joined(separator: ", ")
        task.existing.append(score)
        task.sources.append(score)
        task.note(report.issues, report.questions)
        return task
    }

    static func team(_ team: Team, report: TeamReport, context: AnalysisContext, redacting: Bool) -> DeepenTask {
        var redactor = Redactor(enabled: redacting)
        let workspace = context.workspace
        var members = ""
        var sources = [YAMLEmitter.emit(team.root)]
        for member in team.members {
            guard let resolved = workspace.resolved[member.value] else { continue }
            let cv = resolved.cv
            let skills = (cv["skills"]?.sequence ?? []).compactMap { $0["name"]?.scalarText }
            let work = (cv["work"]?.sequence ?? []).compactMap { entry -> String? in
                guard let position = entry["position"]?.scalarText else { return nil }
                return position + (entry["name"]?.scalarText.map { " at \($0)" } ?? "")
            }
            members += "- \(member.value): \(resolved.persona.title)\n  skills: \(skills.joined(separator: ", "))\n  work: \(work.joined(separator: "; "))\n"
            sources += personaSources(resolved, context: context)
        }
        let description = "name: \(team.name)\n" + (team.description.map { "description: \($0)\n" } ?? "")
            + "required_skills: \(team.requiredSkills.map(\.value).joined(separator: ", "))\n"
        var task = DeepenTask(kind: "team", subject: team.path, scope: team.path,
                              sections: [("Team (\(team.path))", redactor.redact(description)), ("Members", redactor.redact(members))],
                              sources: sources, existing: [], fieldRoot: team.root, fallback: SourceLocation(file: team.path), redactor: redactor)
        task.existing.append("Uncovered skills: " + report.uncovered.joined(separator: ", "))
        task.note(report.issues, report.questions)
        return task
    }

    /// The persona as the model sees it: its effective CV (or audience front matter) and body.
    static func personaSection(_ persona: ResolvedPersona, redactor: inout Redactor) -> ((heading: String, text: String), YAMLNode) {
        let professional = persona.persona.kind == .professional
        let root = professional ? persona.cv : persona.persona.frontMatter
        let shown = redactor.redact(root, privatePaths: persona.privatePaths)
        var text = "title: \(persona.persona.title)\n" + YAMLEmitter.emit(shown)
        let body = persona.persona.body.trimmingWhitespace()
        if !body.isEmpty { text += "\nThe persona's own text:\n" + redactor.redact(body) + "\n" }
        let heading = professional
            ? "Persona (\(persona.persona.path)), its CV as the persona shows it" + (persona.cvPath.map { " (from \($0))" } ?? "")
            : "Audience persona (\(persona.persona.path))"
        return ((heading, text), root)
    }

    /// Everything the persona's person is known by: persona file, whole CV, knowledge, answers.
    static func personaSources(_ persona: ResolvedPersona, context: AnalysisContext) -> [String] {
        let workspace = context.workspace
        var sources = [YAMLEmitter.emit(persona.persona.frontMatter), persona.persona.body, YAMLEmitter.emit(persona.cv)]
        if let path = persona.cvPath, let cv = workspace.cvs[path] { sources.append(YAMLEmitter.emit(cv.root)) }
        sources += workspace.knowledge.map { YAMLEmitter.emit($0.root) }
        sources += workspace.answers?.answers.map(\.answer.value) ?? []
        return sources
    }

    static func scope(of persona: ResolvedPersona) -> String {
        persona.persona.kind == .professional ? persona.cvPath ?? persona.persona.path : persona.persona.path
    }

    /// Adds the deterministic findings: to the prompt (so the model does not repeat them) and to
    /// the fact check's sources (a number the engine computed is not the model's invention).
    mutating func note(_ issues: [AnalysisIssue], _ questions: [ClarifyingQuestion]) {
        for issue in issues {
            existing.append(redactor.redact("\(issue.severity.rawValue) \(issue.code) at \(issue.field): \(issue.message)"))
            sources += [issue.message, issue.suggestion]
        }
        for question in questions {
            existing.append(redactor.redact("question (\(question.kind)) \(question.subject): \(question.question)"))
            sources += [question.question, question.why, question.subject]
        }
    }
}
