import Core
import MarkdownSupport
import Workspace
import YAMLSupport

/// Decides every output a workspace has and what each is made from. Rendering happens later, in
/// the build, and only for the outputs whose inputs changed.
public enum SitePlanner {
    static let settingsInput = WorkspaceScanner.settingsFile
    static let markdown = MustacheRenderer.Escaping.markdown(MarkdownEscaping.escape)

    public static func plan(_ workspace: Workspace) -> OutputPlan {
        let (library, libraryProblems) = TemplateLibrary.load(workspace)
        var plan = OutputPlan(diagnostics: libraryProblems)
        for template in library.templates.values {
            for file in template.files.values where file.inputPath.hasPrefix("builtin:") { plan.virtualInputs[file.inputPath] = file.hash }
        }
        var compiler = TemplateCache(library: library)
        let errors = workspace.filesWithErrors
        let settings = workspace.settings
        let locale = LocaleStrings.named(settings.locale)
        let wantMarkdown = settings.formats.contains("md"), wantHTML = settings.formats.contains("html")

        guard let site = library["site"] else {
            plan.diagnostics.append(.error(at: nil, code: "template-missing", "There is no 'site' template, so no HTML pages can be made."))
            return plan
        }
        let layout = compiler.compile(site, file: "layout.html.mustache", shape: ContextShapes.layout, into: &plan.diagnostics)
        let page = layout.map { PageLayout(layout: $0, site: DocumentContext.site(settings)) }
        if let style = site.files["style.css"] {
            plan.outputs.append(PlannedOutput(path: "assets/style.css", inputs: [style.inputPath]) { Array(style.text.utf8) })
        }

        // Documents: personas and CV pages, as Markdown and as HTML pages.
        let personas = workspace.personas.filter { persona in
            !errors.contains(persona.path) && !(persona.cv.map { errors.contains($0.value) } ?? false)
        }
        // Files with errors make nothing, including those too broken to become a model value.
        let parsed = parsedPaths(workspace)
        for file in workspace.files.keys.sorted() where errors.contains(file) || !parsed.contains(file) {
            switch FileKind.of(file) {
            case .persona: plan.skipped += outputs(for: "personas/" + SourceFile.id(of: file).dropFirst("personas/".count), markdown: wantMarkdown, html: wantHTML)
            case .cv: plan.skipped += outputs(for: "cvs/" + SourceFile.id(of: file).dropFirst("cvs/".count), markdown: false, html: wantHTML)
            case .job: plan.skipped.append("jobs/" + SourceFile.id(of: file).dropFirst("jobs/".count) + ".html")
            case .team: plan.skipped.append("teams/" + SourceFile.id(of: file).dropFirst("teams/".count) + ".html")
            default: break
            }
        }
        let buildable = Set(personas.map(\.path))
        for persona in workspace.personas where !errors.contains(persona.path) && !buildable.contains(persona.path) {
            plan.skipped += outputs(for: "personas/\(persona.slug)", markdown: wantMarkdown, html: wantHTML)
        }
        for persona in personas {
            guard let resolved = workspace.resolved[persona.path] else { continue }
            let kind = persona.kind == .audience ? "audience" : "cv"
            let id = persona.template ?? settings.template(for: kind) ?? (kind == "cv" ? "classic" : "audience")
            let base = "personas/\(persona.slug)"
            guard let definition = library[id], definition.kind == kind else {
                plan.diagnostics.append(unknownTemplate(id, kind: kind, library: library, persona: persona, settings: settings))
                plan.skipped += outputs(for: base, markdown: wantMarkdown, html: wantHTML)
                continue
            }
            let shape = kind == "cv" ? ContextShapes.cvDocument : ContextShapes.audienceDocument
            guard let document = compiler.compile(definition, file: "document.md.mustache", shape: shape, into: &plan.diagnostics) else {
                plan.skipped += outputs(for: base, markdown: wantMarkdown, html: wantHTML)
                continue
            }
            let inputs = [settingsInput, persona.path] + (resolved.cvPath.map { [$0] } ?? []) + document.inputs
            let context: @Sendable () -> TemplateValue = {
                kind == "cv" ? DocumentContext.professional(resolved, settings: settings) : DocumentContext.audience(resolved, settings: settings)
            }
            let summary = kind == "cv" ? resolved.publicCV["basics"]?["summary"]?.scalarText : persona.frontMatter["quote"]?.scalarText
            addDocument(base, title: persona.title, description: summary, source: persona.path, inputs: inputs,
                        template: document, page: page, markdown: wantMarkdown, html: wantHTML, context: context, into: &plan)
        }

        let cvs = workspace.cvs.values.filter { !errors.contains($0.path) }.sorted { $0.path < $1.path }
        let cvTemplateID = settings.template(for: "cv") ?? "classic"
        if let definition = library[cvTemplateID], definition.kind == "cv",
           let document = compiler.compile(definition, file: "document.md.mustache", shape: ContextShapes.cvDocument, into: &plan.diagnostics) {
            for cv in cvs {
                // A CV's page is HTML only: its source is already structured data, and the
                // Markdown documents people send are the personas'.
                addDocument("cvs/\(cv.slug)", title: cv.name ?? cv.slug, description: cv.label, source: cv.path,
                            inputs: [settingsInput, cv.path] + document.inputs, template: document, page: page,
                            markdown: false, html: wantHTML, context: { DocumentContext.cvPage(cv, settings: settings) }, into: &plan)
            }
        }

        guard let page else { return plan }
        let siteInputs = [settingsInput] + page.layout.inputs + (site.files["style.css"].map { [$0.inputPath] } ?? [])

        // The index lists everything; it depends on every persona, CV, job and team.
        if let index = compiler.compile(site, file: "index.html.mustache", shape: ContextShapes.index, into: &plan.diagnostics) {
            let inputs = siteInputs + index.inputs + personas.map(\.path) + personas.compactMap(\.cv?.value)
                + cvs.map(\.path) + workspace.jobs.map(\.path) + workspace.teams.map(\.path)
            plan.outputs.append(PlannedOutput(path: "index.html", inputs: unique(inputs)) {
                let content = index.render(SiteContext.index(workspace, personas: personas, cvs: cvs, locale: locale), escaping: .html)
                return page.page("index.html", title: settings.name, description: nil, source: nil, content: content)
            })
        }

        let jobs = workspace.jobs.filter { !errors.contains($0.path) }
        if let list = compiler.compile(site, file: "jobs.html.mustache", shape: ContextShapes.jobs, into: &plan.diagnostics) {
            let inputs = siteInputs + list.inputs + jobs.map(\.path) + jobs.compactMap(\.persona?.value)
            plan.outputs.append(PlannedOutput(path: "jobs/index.html", inputs: unique(inputs)) {
                let content = list.render(SiteContext.jobs(workspace, jobs: jobs, locale: locale), escaping: .html)
                return page.page("jobs/index.html", title: "Jobs", description: nil, source: nil, content: content)
            })
        }
        if let jobPage = compiler.compile(site, file: "job.html.mustache", shape: ContextShapes.jobPage, into: &plan.diagnostics) {
            for job in jobs {
                let path = "jobs/\(job.slug).html"
                let inputs = siteInputs + jobPage.inputs + [job.path] + (job.persona.map { [$0.value] } ?? [])
                plan.outputs.append(PlannedOutput(path: path, inputs: unique(inputs)) {
                    let posting = PageLayout.html(fromMarkdown: job.body, file: job.path)
                    let value: TemplateValue = ["site": DocumentContext.site(settings),
                                                "job": SiteContext.job(job, workspace: workspace, root: "../", locale: locale),
                                                "posting": .raw(posting)]
                    let content = jobPage.render(value, escaping: .html)
                    return page.page(path, title: job.title, description: job.company, source: job.path, content: content)
                })
            }
        }

        if let teamPage = compiler.compile(site, file: "team.html.mustache", shape: ContextShapes.team, into: &plan.diagnostics) {
            for team in workspace.teams where !errors.contains(team.path) {
                let path = "teams/\(team.slug).html"
                let members = team.members.compactMap { workspace.persona(at: $0.value) }
                let inputs = siteInputs + teamPage.inputs + [team.path] + members.map(\.path) + members.compactMap(\.cv?.value)
                plan.outputs.append(PlannedOutput(path: path, inputs: unique(inputs)) {
                    let content = teamPage.render(SiteContext.team(team, workspace: workspace), escaping: .html)
                    return page.page(path, title: team.name, description: team.description, source: team.path, content: content)
                })
            }
        }
        return plan
    }

    /// Paths of the files that became model values (personas, CVs, jobs, teams).
    static func parsedPaths(_ workspace: Workspace) -> Set<String> {
        Set(workspace.personas.map(\.path) + workspace.cvs.keys + workspace.jobs.map(\.path) + workspace.teams.map(\.path))
    }

    /// Adds a document's Markdown and HTML outputs; the HTML is made from the same Markdown.
    static func addDocument(_ base: String, title: String, description: String?, source: String, inputs: [String],
                            template: CompiledTemplate, page: PageLayout?, markdown: Bool, html: Bool,
                            context: @escaping @Sendable () -> TemplateValue, into plan: inout OutputPlan) {
        // Both formats come from one rendering of the document, made by whichever needs it first.
        let document = Memo { finished(template.render(context(), escaping: SitePlanner.markdown)) }
        if markdown {
            plan.outputs.append(PlannedOutput(path: base + ".md", inputs: unique(inputs)) {
                Array(document.value.utf8)
            })
        }
        if html, let page {
            let path = base + ".html"
            plan.outputs.append(PlannedOutput(path: path, inputs: unique(inputs + page.layout.inputs)) {
                let content = PageLayout.html(fromMarkdown: document.value, file: source)
                return page.page(path, title: title, description: description, source: source, content: content)
            })
        }
    }

    /// Templates leave blank lines behind skipped sections; a document ends with one newline.
    static func finished(_ markdown: String) -> String {
        var end = markdown.endIndex
        while end > markdown.startIndex, markdown[markdown.index(before: end)].isWhitespace { end = markdown.index(before: end) }
        return markdown[..<end] + "\n"
    }

    static func outputs(for base: String, markdown: Bool, html: Bool) -> [String] {
        (markdown ? [base + ".md"] : []) + (html ? [base + ".html"] : [])
    }

    static func unique(_ inputs: [String]) -> [String] {
        var seen: Set<String> = []
        return inputs.filter { seen.insert($0).inserted }
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

/// Compiles each template file once per build, remembering failures so they are reported once.
struct TemplateCache {
    let library: TemplateLibrary
    var compiled: [String: CompiledTemplate?] = [:]

    init(library: TemplateLibrary) { self.library = library }

    mutating func compile(_ definition: TemplateDefinition, file: String, shape: TemplateShape, into diagnostics: inout [Diagnostic]) -> CompiledTemplate? {
        let key = definition.id + "/" + file
        if let done = compiled[key] { return done }
        let (template, problems) = CompiledTemplate.compile(definition, file: file, shape: shape)
        diagnostics += problems
        compiled[key] = template
        return template
    }
}
