import Core
import MarkdownSupport
import Workspace
import YAMLSupport

/// Plans the documents: each persona through its template, and each CV's page.
enum DocumentPlanner {
    static func plan(_ planning: inout SitePlanning, into plan: inout OutputPlan) {
        let settings = planning.settings, workspace = planning.workspace
        let markdown = planning.wantMarkdown, html = planning.wantHTML
        skipBrokenFiles(planning, into: &plan)
        for persona in planning.personas {
            guard let resolved = workspace.resolved[persona.path] else { continue }
            let kind = persona.kind == .audience ? "audience" : "cv"
            let id = persona.template ?? settings.template(for: kind) ?? (kind == "cv" ? "classic" : "audience")
            let base = "personas/\(persona.slug)"
            guard let definition = planning.library[id], definition.kind == kind else {
                plan.diagnostics.append(unknownTemplate(id, kind: kind, library: planning.library, persona: persona, settings: settings))
                plan.skipped += outputs(for: base, markdown: markdown, html: html)
                continue
            }
            let shape = kind == "cv" ? ContextShapes.cvDocument : ContextShapes.audienceDocument
            guard let document = planning.compile(definition, file: "document.md.mustache", shape: shape, into: &plan) else {
                plan.skipped += outputs(for: base, markdown: markdown, html: html)
                continue
            }
            let inputs = [SitePlanner.settingsInput, persona.path] + (resolved.cvPath.map { [$0] } ?? []) + document.inputs
            let context: @Sendable () -> TemplateValue = {
                kind == "cv" ? DocumentContext.professional(resolved, settings: settings) : DocumentContext.audience(resolved, settings: settings)
            }
            let summary = kind == "cv" ? resolved.publicCV["basics"]?["summary"]?.scalarText : persona.frontMatter["quote"]?.scalarText
            addDocument(base, title: persona.title, description: summary, source: persona.path, inputs: inputs,
                        template: document, page: planning.page, markdown: markdown, html: html, context: context, into: &plan)
        }

        let cvTemplateID = settings.template(for: "cv") ?? "classic"
        if let definition = planning.library[cvTemplateID], definition.kind == "cv",
           let document = planning.compile(definition, file: "document.md.mustache", shape: ContextShapes.cvDocument, into: &plan) {
            for cv in planning.cvs {
                // A CV's page is HTML only: its source is already structured data, and the
                // Markdown documents people send are the personas'.
                addDocument("cvs/\(cv.slug)", title: cv.name ?? cv.slug, description: cv.label, source: cv.path,
                            inputs: [SitePlanner.settingsInput, cv.path] + document.inputs, template: document, page: planning.page,
                            markdown: false, html: html, context: { DocumentContext.cvPage(cv, settings: settings) }, into: &plan)
            }
        }
    }

    /// Files with errors make nothing, including those too broken to become a model value; their
    /// outputs are reported as failed (and their last good version kept).
    static func skipBrokenFiles(_ planning: SitePlanning, into plan: inout OutputPlan) {
        let workspace = planning.workspace, errors = planning.errors
        let markdown = planning.wantMarkdown, html = planning.wantHTML
        let parsed = Set(workspace.personas.map(\.path) + workspace.cvs.keys + workspace.jobs.map(\.path) + workspace.teams.map(\.path))
        for file in workspace.files.keys.sorted() where errors.contains(file) || !parsed.contains(file) {
            switch FileKind.of(file) {
            case .persona: plan.skipped += outputs(for: "personas/" + SourceFile.id(of: file).dropFirst("personas/".count), markdown: markdown, html: html)
            case .cv: plan.skipped += outputs(for: "cvs/" + SourceFile.id(of: file).dropFirst("cvs/".count), markdown: false, html: html)
            case .job: plan.skipped.append("jobs/" + SourceFile.id(of: file).dropFirst("jobs/".count) + ".html")
            case .team: plan.skipped.append("teams/" + SourceFile.id(of: file).dropFirst("teams/".count) + ".html")
            default: break
            }
        }
        let buildable = Set(planning.personas.map(\.path))
        for persona in workspace.personas where !errors.contains(persona.path) && !buildable.contains(persona.path) {
            plan.skipped += outputs(for: "personas/\(persona.slug)", markdown: markdown, html: html)
        }
    }

    /// Adds a document's Markdown and HTML outputs; the HTML is made from the same Markdown.
    static func addDocument(_ base: String, title: String, description: String?, source: String, inputs: [String],
                            template: CompiledTemplate, page: PageLayout?, markdown: Bool, html: Bool,
                            context: @escaping @Sendable () -> TemplateValue, into plan: inout OutputPlan) {
        // Both formats come from one rendering of the document, made by whichever needs it first.
        let document = Memo { SitePlanner.finished(template.render(context(), escaping: SitePlanner.markdown)) }
        if markdown {
            plan.outputs.append(PlannedOutput(path: base + ".md", inputs: SitePlanner.unique(inputs)) {
                Array(document.value.utf8)
            })
        }
        if html, let page {
            let path = base + ".html"
            plan.outputs.append(PlannedOutput(path: path, inputs: SitePlanner.unique(inputs + page.layout.inputs)) {
                let content = PageLayout.html(fromMarkdown: document.value, file: source)
                return page.page(path, title: title, description: description, source: source, content: content)
            })
        }
    }

    static func outputs(for base: String, markdown: Bool, html: Bool) -> [String] {
        (markdown ? [base + ".md"] : []) + (html ? [base + ".html"] : [])
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
