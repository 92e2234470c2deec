import Analysis
import Core
import MarkdownSupport
import Workspace
import YAMLSupport

/// A preview image per document template: page 1 of a sample document's PDF, as PNG, under the
/// build's output (`templates/classic.png`). The sample is the shipped workspace's, so a preview
/// depends on its template's files alone and is redone only when one of them changes.
public enum TemplatePreviews {
    /// PDF bytes -> PNG bytes of page 1. The build supplies it: Rendering typesets with Pango, and
    /// reading PDFs back takes Poppler, which must not meet Pango in one module.
    public typealias Rasterizer = @Sendable ([UInt8]) throws -> [UInt8]

    /// Where a template's preview goes, relative to the output folder.
    public static func path(for id: String) -> String { "templates/\(id).png" }

    /// The kinds of template that have a sample document to preview.
    public static let kinds = ["cv", "audience", "cover-letter"]

    /// Adds a preview for every template that renders PDF, when the workspace builds PDFs.
    public static func add(to plan: inout OutputPlan, workspace: Workspace, rasterize: @escaping Rasterizer) {
        guard workspace.settings.formats.contains("pdf") else { return }
        let (library, _) = TemplateLibrary.load(workspace)
        for id in library.ids {
            guard let template = library[id], kinds.contains(template.kind), template.renders("pdf"),
                  case .success(let style) = DocumentPDF.style(of: template, locale: .named("en")) else { continue }
            let shape = switch template.kind {
            case "cv": ContextShapes.cvDocument
            case "cover-letter": ContextShapes.coverLetter
            default: ContextShapes.audienceDocument
            }
            // A template that fails its check is reported by the document planner already.
            guard let compiled = CompiledTemplate.compile(template, file: "document.md.mustache", shape: shape).0 else { continue }
            for file in template.files.values where file.inputPath.hasPrefix("builtin:") { plan.virtualInputs[file.inputPath] = file.hash }
            let path = path(for: id)
            plan.outputs.append(PlannedOutput(path: path, inputs: compiled.inputs) { () throws(Diagnostic) in
                // Made when the preview is drawn, not when the build is planned (drafting the sample letter costs).
                guard let sample = sample(kind: template.kind) else {
                    throw .error(at: SourceLocation(file: template.manifestDisplayPath), code: "preview-failed",
                                 "The preview of the template '\(id)' has no sample document to show.", hint: "This is PersonaForge's fault; please report it.")
                }
                let markdown = SitePlanner.finished(compiled.renderBytes(sample.context, escaping: SitePlanner.markdown))
                // A preview shows the template, not the sample's text: what the typesetter noticed is not the user's to fix.
                let pdf = try DocumentPDF.render(markdown: markdown, file: sample.source, style: style, identity: sample.identity).bytes
                do {
                    return .init(try rasterize(pdf))
                } catch {
                    throw .error(at: SourceLocation(file: template.manifestDisplayPath), code: "preview-failed",
                                 "The preview of the template '\(id)' could not be drawn: \(error)",
                                 hint: "Its PDF was made; Poppler could not render it. Check that libpoppler-glib is installed (personaforge doctor).")
                }
            })
        }
    }

    /// The sample a preview shows.
    struct Sample: Sendable {
        var source: String
        var context: TemplateValue
        var identity: DocumentIdentity
    }

    static func sample(kind: String) -> Sample? {
        switch kind {
        case "cv": professional
        case "audience": audience
        case "cover-letter": coverLetter
        default: nil
        }
    }

    static let settings = Settings(root: nil)

    static let professional: Sample? = {
        guard let cv = shippedCV("cvs/jane-doe.yaml"), let persona = shippedPersona("personas/backend-engineer.md") else { return nil }
        let resolved = PersonaResolver.resolve(persona, cv: cv, privateFields: ["basics.phone"]).0
        return Sample(source: persona.path, context: DocumentContext.professional(resolved, settings: settings),
                      identity: .professional(resolved, settings: settings))
    }()

    static let audience: Sample? = {
        guard let persona = shippedPersona("personas/acme-crm/it-manager.md") else { return nil }
        let resolved = PersonaResolver.resolve(persona, cv: nil).0
        return Sample(source: persona.path, context: DocumentContext.audience(resolved, settings: settings),
                      identity: .audience(resolved, settings: settings))
    }()

    /// The sample persona's letter for a sample job, drafted by the built-in engine as the build drafts it.
    static let coverLetter: Sample? = {
        guard let cv = shippedCV("cvs/jane-doe.yaml"), let persona = shippedPersona("personas/backend-engineer.md"),
              let text = shippedText("jobs/acme-pay-staff-backend.md"), let split = try? FrontMatter.split(text, file: "jobs/acme-pay-staff-backend.md"),
              let yaml = split.yaml, let front = try? YAMLParser.parse(yaml, file: "jobs/acme-pay-staff-backend.md", lineOffset: split.yamlFirstLine - 1),
              let today = JSONResumeDate("2025-06") else { return nil }
        let job = Job(path: "jobs/acme-pay-staff-backend.md", frontMatter: front, body: split.body, bodyFirstLine: split.bodyFirstLine)
        let resolved = PersonaResolver.resolve(persona, cv: cv, privateFields: ["basics.phone"]).0
        var workspace = Workspace(root: "", settings: settings)
        workspace.cvs[cv.path] = cv
        workspace.personas = [persona]
        workspace.jobs = [job]
        workspace.resolved[persona.path] = resolved
        let draft = AnalysisContext(workspace: workspace, today: today).coverLetter(for: job, persona: resolved)
        return Sample(source: job.path, context: LetterContext.value(draft, job: job, persona: persona, settings: settings),
                      identity: .letter(for: job, persona: resolved, workspace: workspace))
    }()

    static func shippedText(_ path: String) -> String? {
        ShippedWorkspaceTemplate.files.first { $0.path == path }?.text
    }

    static func shippedCV(_ path: String) -> CV? {
        guard let text = shippedText(path) else { return nil }
        return CV.parse(SourceFile(path: path, text: text, hash: SHA256.hex(text))).0
    }

    static func shippedPersona(_ path: String) -> Persona? {
        guard let text = shippedText(path), let split = try? FrontMatter.split(text, file: path), let yaml = split.yaml,
              let front = try? YAMLParser.parse(yaml, file: path, lineOffset: split.yamlFirstLine - 1) else { return nil }
        let kind = Persona.Kind(rawValue: front["kind"]?.scalarText ?? "professional") ?? .professional
        return Persona(path: path, kind: kind, frontMatter: front, body: split.body, bodyFirstLine: split.bodyFirstLine)
    }
}
