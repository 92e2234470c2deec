import Analysis
import Core
import LLM
import Workspace

/// Plans each job's cover letter under `letters/`: the user's own `letters/JOB.md`, used exactly
/// as written, or else — when the job sets `cover_letter` — a draft from the job's persona and
/// how it matches the posting, through a cover-letter template. Each format comes from the same
/// Markdown, and each output lists exactly what it was made from.
enum LetterPlanner {
    /// One letter the build makes.
    struct Letter: Sendable {
        enum Source: Sendable {
            /// `letters/JOB.md`, the user's: its text is the letter.
            case handEdited(SourceFile)
            /// A draft from this persona.
            case drafted(ResolvedPersona)
        }

        var job: Job
        var source: Source
        /// The cover-letter template: a draft's words and layout, and every format's style.
        var template: TemplateDefinition?
        /// `letters/acme-pay-staff-backend`.
        var base: String { "letters/\(job.slug)" }
        /// The persona a draft is written from; nil for the user's own letter.
        var persona: ResolvedPersona? {
            if case .drafted(let resolved) = source { return resolved }
            return nil
        }
        var formats: [String]
    }

    struct Selection {
        var letters: [Letter] = []
        /// Outputs that cannot be made because something they need has errors.
        var skipped: [String] = []
        var diagnostics: [Diagnostic] = []
    }

    /// The formats a letter can be made in: all a document can.
    static let supportedFormats: Set<String> = ["md", "html", "pdf", "docx"]

    static func plan(_ planning: inout SitePlanning, into plan: inout OutputPlan) {
        let selection = select(planning)
        plan.diagnostics += selection.diagnostics
        plan.skipped += selection.skipped
        guard !selection.letters.isEmpty else { return }
        let workspace = planning.workspace, settings = planning.settings, today = planning.today
        plan.virtualInputs.merge(Analysis.virtualInputs(today: today)) { _, new in new }
        let analysis = planning.analyses.context
        for letter in selection.letters {
            // A drafted letter can fail (the model may not answer); each format then fails with it.
            let markdown: Memo<Result<String, Diagnostic>>
            var inputs = [SitePlanner.settingsInput]
            var group: String?
            switch letter.source {
            case .handEdited(let file):
                // The user's letter is never sent to a model.
                let text = file.text
                markdown = Memo { .success(text) }
                inputs = [file.path]
            case .drafted(let resolved):
                guard let definition = letter.template,
                      let template = planning.compile(definition, file: "document.md.mustache", shape: ContextShapes.coverLetter, into: &plan) else {
                    plan.skipped += letter.formats.map { "\(letter.base).\($0)" }
                    continue
                }
                let job = letter.job
                let llm = planning.llmSession(into: &plan)
                inputs += Analysis.inputs(match: resolved, job: job, workspace: workspace) + template.inputs
                if llm != nil { inputs.append(LLMSession.buildInput) }
                let match = planning.analyses.match(resolved, against: job, reads: 1)
                // Rendered beside the job's match report and page, which read the same match.
                group = SharedAnalyses.group(of: job)
                markdown = Memo {
                    Result { () throws(Diagnostic) in
                        let written = try LetterDrafting.write(job: job, persona: resolved, match: match.value, context: analysis.value, llm: llm)
                        return LetterDocument.render(written, job: job, persona: resolved.persona, template: template, settings: settings)
                    }
                }
            }
            add(letter, markdown: markdown, inputs: inputs, group: group, page: planning.page,
                identity: .letter(for: letter.job, persona: letter.persona, workspace: workspace), into: &plan)
        }
    }

    static func add(_ letter: Letter, markdown: Memo<Result<String, Diagnostic>>, inputs: [String], group: String? = nil, page: PageLayout?,
                    identity: DocumentIdentity, into plan: inout OutputPlan) {
        let source: String
        switch letter.source {
        case .handEdited(let file): source = file.path
        case .drafted: source = letter.job.path
        }
        let title = "Cover letter: \(letter.job.title)"
        let first = plan.outputs.count
        for format in letter.formats {
            let path = "\(letter.base).\(format)"
            switch format {
            case "md":
                plan.outputs.append(PlannedOutput(path: path, inputs: SitePlanner.unique(inputs), group: group) { () throws(Diagnostic) in
                    .init(Array(try markdown.value.get().utf8))
                })
            case "html":
                guard let page else { continue }
                let downloads = DocumentDownloads.links(base: letter.base, formats: letter.formats)
                plan.outputs.append(PlannedOutput(path: path, inputs: SitePlanner.unique(inputs + page.layout.inputs), group: group) { () throws(Diagnostic) in
                    let content = downloads + PageLayout.html(fromMarkdown: try markdown.value.get())
                    return .init(page.page(path, title: title, description: letter.job.company, source: source, content: content))
                })
            case "pdf":
                // A hand-edited letter is typeset in the style of the job's cover-letter template too.
                guard let definition = letter.template, case .success(let style) = DocumentPDF.style(of: definition, locale: identity.locale) else {
                    plan.skipped.append(path)
                    continue
                }
                let styleInputs = definition.inputPaths
                let content = contentKey("pdf", definition: definition, identity: identity, source: source, markdown: markdown)
                plan.outputs.append(PlannedOutput(path: path, inputs: SitePlanner.unique(inputs + styleInputs), content: content, group: group) { () throws(Diagnostic) in
                    try DocumentPDF.render(markdown: try markdown.value.get(), file: source, style: style, identity: identity)
                })
            case "docx":
                // Word's style comes from the same template keys as the PDF's, for drafted and hand-edited letters alike.
                guard let definition = letter.template else {
                    plan.skipped.append(path)
                    continue
                }
                switch DocumentDOCX.style(of: definition, locale: identity.locale) {
                case .success(let style):
                    let content = contentKey("docx", definition: definition, identity: identity, source: source, markdown: markdown)
                    plan.outputs.append(PlannedOutput(path: path, inputs: SitePlanner.unique(inputs + definition.inputPaths), content: content, group: group) { () throws(Diagnostic) in
                        .init(try DocumentDOCX.render(markdown: try markdown.value.get(), file: source, style: style, identity: identity))
                    })
                case .failure(let problems):
                    if !plan.diagnostics.contains(where: { $0.location == problems.diagnostics.first?.location }) {
                        plan.diagnostics += problems.diagnostics
                    }
                    plan.skipped.append(path)
                }
            default: break
            }
        }
        // The formats share the letter's Markdown: each after the first follows the one before.
        for index in plan.outputs.indices.dropFirst(first + 1) { plan.outputs[index].followsPrevious = true }
    }

    /// What a letter's PDF or DOCX is made from: the template's files, the document properties and
    /// the Markdown. An edit that leaves these as they were (a persona's body, most CV edits for
    /// other jobs) costs the Markdown, not the typesetting.
    static func contentKey(_ format: String, definition: TemplateDefinition, identity: DocumentIdentity, source: String,
                           markdown: Memo<Result<String, Diagnostic>>) -> @Sendable () throws(Diagnostic) -> String {
        let style = definition.files.values.map { "\($0.inputPath)\t\($0.hash)" }.sorted().joined(separator: "\n")
        let header = "\(format)\n\(source)\n\(style)\n\(identity.contentKey)\n"
        return { () throws(Diagnostic) in header + (try markdown.value.get()) }
    }

    // MARK: - Which letters, from what

    /// The letters a workspace has and the problems in asking for them. The job pages call it too,
    /// to link each job to its letter.
    static func select(_ planning: SitePlanning) -> Selection {
        let workspace = planning.workspace, errors = planning.errors
        var selection = Selection()
        let jobsBySlug = Dictionary(workspace.jobs.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let buildable = Set(planning.personas.map(\.path))
        for path in workspace.files.keys.filter({ $0.hasPrefix("letters/") }).sorted() where FileKind.of(path) == .letter {
            let slug = String(SourceFile.id(of: path).dropFirst("letters/".count))
            guard jobsBySlug[slug] != nil else {
                selection.diagnostics.append(.warning(at: SourceLocation(file: path), code: "letter-without-job",
                    "\(path) is not used: there is no job jobs/\(slug).md.",
                    hint: "Name a letter after its job's file, letters/JOB.md for jobs/JOB.md."))
                continue
            }
        }
        for job in workspace.jobs {
            let letterPath = job.letterPath
            let handEdited = workspace.files[letterPath]
            guard handEdited != nil || job.wantsCoverLetter else { continue }
            let template = template(for: job, planning: planning, diagnostics: &selection.diagnostics)
            let formats = planning.documentFormats.filter { format in
                supportedFormats.contains(format) && (format == "md" || format == "html" || template?.renders(format) == true)
            }
            let outputs = formats.map { "letters/\(job.slug).\($0)" }
            if let handEdited {
                if errors.contains(letterPath) { selection.skipped += outputs; continue }
                selection.letters.append(Letter(job: job, source: .handEdited(handEdited), template: template, formats: formats))
                continue
            }
            guard !errors.contains(job.path) else { selection.skipped += outputs; continue }
            let at = job.frontMatter.keyNode("cover_letter")?.location ?? SourceLocation(file: job.path)
            guard let personaPath = job.persona?.value else {
                selection.diagnostics.append(.warning(at: at, code: "letter-without-persona",
                    "\(job.path) asks for a cover letter but names no persona to write it from.",
                    hint: "Add 'persona: personas/NAME.md' to the job, or write the letter yourself in \(letterPath)."))
                continue
            }
            guard let persona = workspace.persona(at: personaPath) else {
                // `check` reports the missing or broken file; the letter is reported as not made.
                selection.skipped += outputs
                continue
            }
            guard persona.kind == .professional else {
                selection.diagnostics.append(.warning(at: job.persona?.location ?? at, code: "letter-audience-persona",
                    "\(personaPath) is an audience persona; a cover letter is written from a professional one.",
                    hint: "Name a professional persona (one drawn from your CV) in the job's 'persona'."))
                continue
            }
            guard buildable.contains(personaPath), let resolved = workspace.resolved[personaPath],
                  template != nil else {
                selection.skipped += outputs
                continue
            }
            selection.letters.append(Letter(job: job, source: .drafted(resolved), template: template, formats: formats))
        }
        return selection
    }

    /// The job's `cover_letter` template, else the settings' default, else the shipped one;
    /// nil (with a diagnostic) when it is unknown or renders something else.
    static func template(for job: Job, planning: SitePlanning, diagnostics: inout [Diagnostic]) -> TemplateDefinition? {
        let library = planning.library, settings = planning.settings
        let id = job.coverLetterTemplate?.value ?? settings.template(for: "cover-letter") ?? "cover-letter"
        let location = job.coverLetterTemplate?.location ?? settings.root?["templates"]?["cover-letter"]?.location
            ?? SourceLocation(file: job.path)
        let letterTemplates = library.templates.values.filter { $0.kind == "cover-letter" }.map(\.id).sorted()
        guard let definition = library[id] else {
            diagnostics.append(.error(at: location, code: "unknown-template",
                "There is no template '\(id)'" + Suggestion.didYouMean(id, in: letterTemplates.isEmpty ? library.ids : letterTemplates),
                hint: "Cover-letter templates: \(letterTemplates.joined(separator: ", ")). A workspace adds its own under templates/ID/."))
            return nil
        }
        guard definition.kind == "cover-letter" else {
            diagnostics.append(.error(at: location, code: "template-kind",
                "The template '\(id)' renders \(definition.kind) documents, not cover letters.",
                hint: "Use a template of kind cover-letter: \(letterTemplates.joined(separator: ", "))."))
            return nil
        }
        return definition
    }
}
