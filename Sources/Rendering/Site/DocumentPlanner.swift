import Core
import MarkdownSupport
import Workspace
import YAMLSupport

/// Plans the documents: each persona through its template, and each CV's page.
enum DocumentPlanner {
    static func plan(_ planning: inout SitePlanning, into plan: inout OutputPlan) {
        let settings = planning.settings, workspace = planning.workspace
        let documentFormats = planning.documentFormats
        skipBrokenFiles(planning, into: &plan)
        for persona in planning.personas {
            guard let resolved = workspace.resolved[persona.path] else { continue }
            let kind = persona.kind == .audience ? "audience" : "cv"
            let id = persona.template ?? settings.template(for: kind) ?? (kind == "cv" ? "classic" : "audience")
            let base = "personas/\(persona.slug)"
            guard let definition = planning.library[id], definition.kind == kind else {
                plan.diagnostics.append(unknownTemplate(id, kind: kind, library: planning.library, persona: persona, settings: settings))
                plan.skipped += outputs(for: base, formats: documentFormats)
                continue
            }
            let formats = documentFormats.filter { $0 == "md" || $0 == "html" || definition.renders($0) }
            let shape = kind == "cv" ? ContextShapes.cvDocument : ContextShapes.audienceDocument
            guard let document = planning.compile(definition, file: "document.md.mustache", shape: shape, into: &plan) else {
                plan.skipped += outputs(for: base, formats: formats)
                continue
            }
            let inputs = [SitePlanner.settingsInput, persona.path] + (resolved.cvPath.map { [$0] } ?? []) + document.inputs
            let context: @Sendable () -> TemplateValue = {
                kind == "cv" ? DocumentContext.professional(resolved, settings: settings) : DocumentContext.audience(resolved, settings: settings)
            }
            let identity = { kind == "cv" ? DocumentIdentity.professional(resolved, settings: settings) : DocumentIdentity.audience(resolved, settings: settings) }
            let summary = kind == "cv" ? resolved.publicBasics?["summary"]?.scalarText : persona.frontMatter["quote"]?.scalarText
            addDocument(DocumentRequest(base: base, title: persona.title, description: summary, source: persona.path, inputs: inputs,
                                        template: document, identity: identity, formats: formats, context: context),
                        page: planning.page, into: &plan)
        }

        let cvTemplateID = settings.template(for: "cv") ?? "classic"
        if let definition = planning.library[cvTemplateID], definition.kind == "cv",
           let document = planning.compile(definition, file: "document.md.mustache", shape: ContextShapes.cvDocument, into: &plan) {
            for cv in planning.cvs {
                // A CV's page is HTML only: its source is already structured data, and the
                // Markdown documents people send are the personas'.
                addDocument(DocumentRequest(base: "cvs/\(cv.slug)", title: cv.name ?? cv.slug, description: cv.label, source: cv.path,
                                            inputs: [SitePlanner.settingsInput, cv.path] + document.inputs, template: document,
                                            identity: { DocumentIdentity.cv(cv, settings: settings) },
                                            formats: planning.wantHTML ? ["html"] : [], context: { DocumentContext.cvPage(cv, settings: settings) }),
                            page: planning.page, into: &plan)
            }
        }
    }

    /// Files with errors make nothing, including those too broken to become a model value; their
    /// outputs are reported as failed (and their last good version kept).
    static func skipBrokenFiles(_ planning: SitePlanning, into plan: inout OutputPlan) {
        let workspace = planning.workspace, errors = planning.errors
        let formats = planning.documentFormats, html = planning.wantHTML
        let parsed = Set(workspace.personas.map(\.path) + workspace.cvs.keys + workspace.jobs.map(\.path) + workspace.teams.map(\.path))
        // The few files that made nothing, in path order (not all of them sorted to find those).
        for file in workspace.files.keys.filter({ errors.contains($0) || !parsed.contains($0) }).sorted() {
            switch FileKind.of(file) {
            case .persona: plan.skipped += outputs(for: "personas/" + SourceFile.id(of: file).dropFirst("personas/".count), formats: formats)
            case .cv: plan.skipped += outputs(for: "cvs/" + SourceFile.id(of: file).dropFirst("cvs/".count), formats: html ? ["html"] : [])
            case .job: plan.skipped.append("jobs/" + SourceFile.id(of: file).dropFirst("jobs/".count) + ".html")
            case .team: plan.skipped.append("teams/" + SourceFile.id(of: file).dropFirst("teams/".count) + ".html")
            default: break
            }
        }
        let buildable = Set(planning.personas.map(\.path))
        for persona in workspace.personas where !errors.contains(persona.path) && !buildable.contains(persona.path) {
            plan.skipped += outputs(for: "personas/\(persona.slug)", formats: formats)
        }
    }

    /// Adds a document's outputs, all made from one rendering of its Markdown: the Markdown
    /// itself, the HTML page, the PDF and the DOCX, as `formats` asks.
    static func addDocument(_ request: DocumentRequest, page: PageLayout?, into plan: inout OutputPlan) {
        let template = request.template, context = request.context
        let inputs = SitePlanner.unique(request.inputs)
        let base = request.base, source = request.source
        // Each format's output, as a function of the shared Markdown; nil for formats that make nothing.
        typealias Render = @Sendable (Memo<[UInt8]>) throws(Diagnostic) -> PlannedOutput.Rendered
        var outputs: [(path: String, inputs: [String], render: Render)] = []
        lazy var identity = request.identity()
        for format in request.formats {
            let path = base + "." + format
            switch format {
            case "md":
                outputs.append((path, inputs, { document in .init(document.value) }))
            case "html":
                guard let page else { continue }
                let title = request.title, description = request.description
                let downloads = Array(DocumentDownloads.links(base: base, formats: request.formats).utf8)
                outputs.append((path, SitePlanner.unique(inputs + page.layout.inputs), { document in
                    let html = PageLayout.html(fromMarkdown: document.value)
                    let content = downloads.isEmpty ? html : downloads + html
                    return .init(page.page(path, title: title, description: description, source: source, content: content))
                }))
            case "pdf":
                switch DocumentPDF.style(of: template.definition, locale: identity.locale) {
                case .success(let style):
                    let made = identity
                    outputs.append((path, inputs, { document throws(Diagnostic) in
                        try DocumentPDF.render(markdown: String(decoding: document.value, as: UTF8.self), file: source, style: style, identity: made)
                    }))
                case .failure:
                    // Reported once, with the template's other problems, when the library was loaded.
                    plan.skipped.append(path)
                }
            case "docx":
                switch DocumentDOCX.style(of: template.definition, locale: identity.locale) {
                case .success(let style):
                    let made = identity
                    outputs.append((path, inputs, { document throws(Diagnostic) in
                        .init(try DocumentDOCX.render(markdown: String(decoding: document.value, as: UTF8.self), file: source, style: style, identity: made))
                    }))
                case .failure(let problems):
                    // The PDF's check passed or reported these already; report what only Word refuses, once per template.
                    if !plan.diagnostics.contains(where: { $0.location == problems.diagnostics.first?.location }) {
                        plan.diagnostics += problems.diagnostics
                    }
                    plan.skipped.append(path)
                }
            default:
                continue
            }
        }
        // Made by whichever output needs it first; the others wait for it. Let go after the last
        // of them has read it, so a large build does not hold every document until it ends.
        let document = Memo(uses: outputs.count) { SitePlanner.finishedBytes(template.renderBytes(context(), escaping: SitePlanner.markdown)) }
        for (index, output) in outputs.enumerated() {
            let render = output.render
            var planned = PlannedOutput(path: output.path, inputs: output.inputs) { () throws(Diagnostic) in try render(document) }
            planned.followsPrevious = index > 0
            plan.outputs.append(planned)
        }
    }

    static func outputs(for base: String, formats: [String]) -> [String] {
        formats.map { base + "." + $0 }
    }

    static func unknownTemplate(_ id: String, kind: String, library: TemplateLibrary, persona: Persona, settings: Settings) -> Diagnostic {
        let location = persona.frontMatter["template"]?.location
            ?? settings.root?["templates"]?[kind]?.location
            ?? SourceLocation(file: persona.path)
        if let definition = library[id] {
            return .error(at: location, code: "template-kind",
                          "The template '\(id)' renders \(definition.kind) documents, but \(persona.path) is a \(persona.kind.rawValue) persona.",
                          hint: "Use a template of kind \(kind): \(library.templates.values.filter { $0.kind == kind }.map(\.id).sorted().joined(separator: ", ")).")
        }
        let suggestion = Suggestion.closest(to: id, in: library.ids)
        return .error(at: location, code: "unknown-template",
                      "There is no template '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "."),
                      hint: "Templates: \(library.ids.joined(separator: ", ")). A workspace adds its own under templates/ID/.")
    }
}
