import Analysis
import Core
import LLM
import Workspace
import YAMLSupport

/// One job's cover letter outside the build (`personaforge letter`): the user's own
/// `letters/JOB.md` as written, or a draft through a cover-letter template.
public struct LetterDocument: Sendable {
    public enum Origin: String, Sendable, Codable {
        /// `letters/JOB.md`: the user's file, used as is.
        case handEdited = "hand-edited"
        /// Written by the letter engine from the persona and the posting.
        case drafted
    }

    public var job: Job
    public var origin: Origin
    /// The Markdown of the letter: the user's file byte for byte, or the rendered draft.
    public var markdown: String
    /// The draft's parts (nil for a hand-edited letter).
    public var draft: CoverLetter?
    /// The workspace file the letter is read from or written for.
    public var source: String
    /// The cover-letter template: the draft's words, and every format's style.
    public var templateID: String
    /// The persona a draft was written from.
    var persona: ResolvedPersona?
    public var title: String { "Cover letter: \(job.title)" }

    /// The letter for `job`. `persona` and `templateID` override the job's own choices for a draft;
    /// `draftEvenIfEdited` ignores a hand-edited letter (to show what the engine would write).
    /// `llm` writes a draft's paragraphs when it configures a model; a hand-edited letter never
    /// goes to it. Its failure is a diagnostic about the job whose code starts `llm-`.
    public static func make(for job: Job, workspace: Workspace, today: JSONResumeDate, persona: String? = nil,
                            templateID: String? = nil, draftEvenIfEdited: Bool = false, llm: LLMSession? = nil) throws(Diagnostic) -> LetterDocument {
        let id = templateID ?? job.coverLetterTemplate?.value ?? workspace.settings.template(for: "cover-letter") ?? "cover-letter"
        if !draftEvenIfEdited, let file = workspace.files[job.letterPath] {
            return LetterDocument(job: job, origin: .handEdited, markdown: file.text, draft: nil, source: file.path, templateID: id)
        }
        let at = job.frontMatter.keyNode("persona")?.location ?? SourceLocation(file: job.path)
        guard let personaPath = persona ?? job.persona?.value else {
            throw .error(at: SourceLocation(file: job.path), code: "letter-without-persona",
                         "\(job.path) names no persona to write the letter from.",
                         hint: "Add 'persona: personas/NAME.md' to the job, or pass --persona NAME.")
        }
        guard let resolved = workspace.resolved[personaPath] else {
            if let first = workspace.diagnostics.first(where: { $0.severity == .error && $0.location?.file == personaPath }) {
                throw .error(at: at, code: "persona-has-errors",
                             "The persona \(personaPath) has errors (the first at \(first.location!): \(first.message)), so no letter can be drafted from it.",
                             hint: "Fix it (personaforge check lists its problems), or pass --persona NAME.")
            }
            throw .error(at: at, code: "unknown-persona", "There is no persona \(personaPath).",
                         hint: "Personas: " + workspace.personas.prefix(8).map(\.slug).joined(separator: ", ") + ".")
        }
        guard resolved.persona.kind == .professional else {
            throw .error(at: at, code: "letter-audience-persona",
                         "\(personaPath) is an audience persona; a cover letter is written from a professional one.")
        }
        let (library, problems) = TemplateLibrary.load(workspace)
        if let problem = problems.first(where: { $0.severity == .error }) { throw problem }
        let letterTemplates = library.templates.values.filter { $0.kind == "cover-letter" }.map(\.id).sorted()
        guard let definition = library[id], definition.kind == "cover-letter" else {
            throw .error(at: nil, code: library[id] == nil ? "unknown-template" : "template-kind",
                         library[id] == nil ? "There is no template '\(id)'" + Suggestion.didYouMean(id, in: letterTemplates)
                                            : "The template '\(id)' does not render cover letters.",
                         hint: "Cover-letter templates: \(letterTemplates.joined(separator: ", ")).")
        }
        let (compiled, diagnostics) = CompiledTemplate.compile(definition, file: "document.md.mustache", shape: ContextShapes.coverLetter)
        guard let compiled else {
            throw diagnostics.first { $0.severity == .error } ?? .error(at: nil, code: "template", "The template '\(id)' could not be compiled.")
        }
        let context = AnalysisContext(workspace: workspace, today: today)
        let draft = try LetterDrafting.write(job: job, persona: resolved, match: context.match(resolved, against: job), context: context, llm: llm)
        return LetterDocument(job: job, origin: .drafted, markdown: render(draft, job: job, persona: resolved.persona, template: compiled,
                                                                          settings: workspace.settings),
                              draft: draft, source: job.path, templateID: id, persona: resolved)
    }

    /// The letter typeset as a PDF in its template's style, with what the typesetter noticed
    /// (characters no font has) as warnings.
    public func pdf(workspace: Workspace) throws(Diagnostic) -> PlannedOutput.Rendered {
        let definition = try template(in: workspace)
        let identity = DocumentIdentity.letter(for: job, persona: persona, workspace: workspace)
        switch DocumentPDF.style(of: definition, locale: identity.locale) {
        case .success(let style): return try DocumentPDF.render(markdown: markdown, file: source, style: style, identity: identity)
        case .failure(let problems): throw problems.diagnostics.first ?? .error(at: nil, code: "template-style", "The template's style is not valid.")
        }
    }

    /// The letter as a Word document, in the same template style keys as the PDF.
    public func docx(workspace: Workspace) throws(Diagnostic) -> [UInt8] {
        let definition = try template(in: workspace)
        let identity = DocumentIdentity.letter(for: job, persona: persona, workspace: workspace)
        switch DocumentDOCX.style(of: definition, locale: identity.locale) {
        case .success(let style): return try DocumentDOCX.render(markdown: markdown, file: source, style: style, identity: identity)
        case .failure(let problems): throw problems.diagnostics.first ?? .error(at: nil, code: "template-style", "The template's style is not valid.")
        }
    }

    /// The cover-letter template whose style every format uses.
    func template(in workspace: Workspace) throws(Diagnostic) -> TemplateDefinition {
        let (library, _) = TemplateLibrary.load(workspace)
        guard let definition = library[templateID], definition.kind == "cover-letter" else {
            throw .error(at: nil, code: "unknown-template", "There is no cover-letter template '\(templateID)'.",
                         hint: "Cover-letter templates: " + library.templates.values.filter { $0.kind == "cover-letter" }.map(\.id).sorted().joined(separator: ", ") + ".")
        }
        return definition
    }

    /// A draft through a compiled cover-letter template, as the build renders it.
    static func render(_ draft: CoverLetter, job: Job, persona: Persona, template: CompiledTemplate, settings: Settings) -> String {
        let value = LetterContext.value(draft, job: job, persona: persona, settings: settings)
        return SitePlanner.finished(template.renderBytes(value, escaping: SitePlanner.markdown))
    }
}
