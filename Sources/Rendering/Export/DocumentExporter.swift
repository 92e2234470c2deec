import Core
import MarkdownSupport
import Workspace

/// One document rendered outside the build (`personaforge export`): a persona or a CV, in one
/// format, with any template of the right kind. The same content path as the build's: template
/// -> Markdown -> tree -> the format.
public enum DocumentExporter {
    public enum Format: String, CaseIterable, Sendable {
        case md, html, pdf, docx

        /// Formats that are bytes, not text: never written to a terminal.
        public var isBinary: Bool { self == .pdf || self == .docx }
    }

    /// What to export: a persona (`personas/x.md` or `x`) or a CV (`cvs/jane.yaml` or `jane`).
    public enum Subject: Sendable {
        case persona(ResolvedPersona)
        case cv(CV)
    }

    /// Finds a persona or CV by path or id, or explains what exists.
    public static func subject(_ reference: String, in workspace: Workspace) throws(Diagnostic) -> Subject {
        let trimmed = reference.hasPrefix("./") ? String(reference.dropFirst(2)) : reference
        if let resolved = workspace.resolved[trimmed] ?? workspace.resolved["personas/\(trimmed).md"] {
            return .persona(resolved)
        }
        if let cv = workspace.cvs[trimmed] ?? workspace.cvs.values.first(where: { $0.slug == trimmed }) {
            return .cv(cv)
        }
        let known = workspace.personas.map(\.slug) + workspace.cvs.values.map(\.slug)
        let suggestion = Suggestion.closest(to: trimmed, in: known)
        throw Diagnostic.error(at: nil, code: "unknown-document",
                               "There is no persona or CV '\(reference)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "."),
                               hint: "Name a persona (personas/backend.md or backend) or a CV (cvs/jane.yaml or jane).")
    }

    /// The document in `format`, through its template (or `templateID`), checked before rendering.
    public static func export(_ subject: Subject, format: Format, workspace: Workspace, templateID: String?) throws(Diagnostic) -> [UInt8] {
        var warnings: [Diagnostic] = []
        return try export(subject, format: format, workspace: workspace, templateID: templateID, warnings: &warnings)
    }

    /// The same, collecting what the writer noticed on the way (characters no installed font has).
    public static func export(_ subject: Subject, format: Format, workspace: Workspace, templateID: String?,
                              warnings: inout [Diagnostic]) throws(Diagnostic) -> [UInt8] {
        let (library, problems) = TemplateLibrary.load(workspace)
        let (markdown, compiled) = try markdown(subject, workspace: workspace, library: library, problems: problems, templateID: templateID)
        let source = source(of: subject)
        switch format {
        case .md:
            return Array(markdown.utf8)
        case .html:
            return Array(try html(markdown: markdown, title: title(of: subject), source: source, workspace: workspace, library: library).utf8)
        case .pdf:
            let identity = identity(of: subject, settings: workspace.settings)
            switch DocumentPDF.style(of: compiled.definition, locale: identity.locale) {
            case .success(let style):
                let pdf = try DocumentPDF.render(markdown: markdown, file: source, style: style, identity: identity)
                warnings += pdf.warnings
                return pdf.bytes
            case .failure(let list): throw list.diagnostics[0]
            }
        case .docx:
            let identity = identity(of: subject, settings: workspace.settings)
            switch DocumentDOCX.style(of: compiled.definition, locale: identity.locale) {
            case .success(let style): return try DocumentDOCX.render(markdown: markdown, file: source, style: style, identity: identity)
            case .failure(let list): throw list.diagnostics[0]
            }
        }
    }

    /// The document's Markdown through its template (or `templateID`), checked before rendering.
    public static func markdown(_ subject: Subject, workspace: Workspace, templateID: String?) throws(Diagnostic) -> (String, CompiledTemplate) {
        let (library, problems) = TemplateLibrary.load(workspace)
        return try markdown(subject, workspace: workspace, library: library, problems: problems, templateID: templateID)
    }

    static func markdown(_ subject: Subject, workspace: Workspace, library: TemplateLibrary, problems: [Diagnostic],
                         templateID: String?) throws(Diagnostic) -> (String, CompiledTemplate) {
        let settings = workspace.settings
        let kind: String
        let context: TemplateValue
        switch subject {
        case .persona(let resolved):
            kind = resolved.persona.kind == .audience ? "audience" : "cv"
            context = kind == "cv" ? DocumentContext.professional(resolved, settings: settings) : DocumentContext.audience(resolved, settings: settings)
        case .cv(let cv):
            kind = "cv"
            context = DocumentContext.cvPage(cv, settings: settings)
        }
        let defaultID: String? = switch subject {
        case .persona(let resolved): resolved.persona.template
        case .cv: nil
        }
        let id = templateID ?? defaultID ?? settings.template(for: kind) ?? (kind == "cv" ? "classic" : "audience")
        guard let definition = library[id] else {
            // A template folder that failed to load explains itself better than "there is none".
            if let problem = problems.first(where: { $0.severity == .error && $0.location?.file.hasPrefix("templates/\(id)/") == true }) { throw problem }
            throw Diagnostic.error(at: nil, code: "unknown-template",
                                   "There is no template '\(id)'" + Suggestion.didYouMean(id, in: library.ids),
                                   hint: "Templates: \(library.ids.joined(separator: ", ")).")
        }
        guard definition.kind == kind else {
            throw Diagnostic.error(at: nil, code: "template-kind", "The template '\(id)' renders \(definition.kind) documents, not \(kind) documents.",
                                   hint: "Use one of: \(library.templates.values.filter { $0.kind == kind }.map(\.id).sorted().joined(separator: ", ")).")
        }
        let shape = kind == "cv" ? ContextShapes.cvDocument : ContextShapes.audienceDocument
        let (compiled, diagnostics) = CompiledTemplate.compile(definition, file: "document.md.mustache", shape: shape)
        guard let compiled else { throw diagnostics.first(where: { $0.severity == .error }) ?? .error(at: nil, code: "template", "The template '\(id)' could not be compiled.") }
        return (SitePlanner.finished(compiled.renderBytes(context, escaping: SitePlanner.markdown)), compiled)
    }

    /// A standalone HTML page for the document, with the site's stylesheet inlined so the file
    /// works on its own.
    public static func html(markdown: String, title: String, source: String, workspace: Workspace) throws(Diagnostic) -> String {
        try html(markdown: markdown, title: title, source: source, workspace: workspace, library: TemplateLibrary.load(workspace).0)
    }

    static func html(markdown: String, title: String, source: String, workspace: Workspace, library: TemplateLibrary) throws(Diagnostic) -> String {
        guard let site = library["site"] else { throw .error(at: nil, code: "template-missing", "There is no 'site' template.") }
        let (layout, diagnostics) = CompiledTemplate.compile(site, file: "layout.html.mustache", shape: ContextShapes.layout)
        guard let layout else { throw diagnostics.first ?? .error(at: nil, code: "template", "The site layout could not be compiled.") }
        let content = PageLayout.html(fromMarkdown: markdown)
        var page = String(decoding: PageLayout(layout: layout, site: DocumentContext.site(workspace.settings))
            .page("export.html", title: title, description: nil, source: source, content: content), as: UTF8.self)
        if let css = site.files["style.css"]?.text {
            page = page.replacingOccurrences(of: "<link rel=\"stylesheet\" href=\"assets/style.css\">", with: "<style>\n\(css)</style>")
        }
        return page
    }

    public static func title(of subject: Subject) -> String {
        switch subject {
        case .persona(let resolved): resolved.persona.title
        case .cv(let cv): cv.name ?? cv.slug
        }
    }

    public static func source(of subject: Subject) -> String {
        switch subject {
        case .persona(let resolved): resolved.persona.path
        case .cv(let cv): cv.path
        }
    }

    /// The files the document is made from: its own, and a persona's CV.
    public static func sources(of subject: Subject) -> [String] {
        switch subject {
        case .persona(let resolved): [resolved.persona.path] + (resolved.cvPath.map { [$0] } ?? [])
        case .cv(let cv): [cv.path]
        }
    }

    public static func identity(of subject: Subject, settings: Settings) -> DocumentIdentity {
        switch subject {
        case .persona(let resolved):
            resolved.persona.kind == .audience ? .audience(resolved, settings: settings) : .professional(resolved, settings: settings)
        case .cv(let cv): .cv(cv, settings: settings)
        }
    }
}
