import Core
import MarkdownSupport
import Typesetting

/// A document's PDF: its Markdown typeset in-process with its template's style, the page
/// furniture in its language, and document properties from its identity.
public enum DocumentPDF {
    /// The template's PDF style with the footer in `locale`'s words (unless the template sets
    /// `page_label` itself); every problem is a diagnostic at its place in template.yaml.
    public static func style(of template: TemplateDefinition, locale: LocaleStrings) -> Result<PDFStyle, DiagnosticList> {
        var settings = template.style.settings
        if settings["page_label"] == nil { settings["page_label"] = locale.pageLabel }
        do throws(PDFStyleError) {
            return .success(try PDFStyle(settings: settings))
        } catch {
            return .failure(DiagnosticList(diagnostics(error, template: template)))
        }
    }

    /// The problems with a template's style, located; empty when it is good.
    public static func check(_ template: TemplateDefinition) -> [Diagnostic] {
        if case .failure(let problems) = style(of: template, locale: .named("en")) { return problems.diagnostics }
        return []
    }

    /// Typesets `markdown` (the document `file` rendered through its template), with what the
    /// typesetter noticed as warnings at `file`.
    /// On another core's worker process when this process's fonts are busy (see `TypesetWorkers`).
    public static func render(markdown: String, file: String, style: PDFStyle, identity: DocumentIdentity) throws(Diagnostic) -> PlannedOutput.Rendered {
        do throws(TypesettingError) {
            let rendering = try PDFTypesetter.typeset(markdown: markdown, file: file, style: style, metadata: metadata(identity),
                                                      headerName: identity.runningHeader)
            let warnings = rendering.warnings.map { Diagnostic.warning(at: SourceLocation(file: file), code: "pdf-warning", $0) }
            return PlannedOutput.Rendered(rendering.bytes, warnings: warnings)
        } catch {
            throw failure(error, file: file)
        }
    }

    private static func metadata(_ identity: DocumentIdentity) -> PDFMetadata {
        PDFMetadata(title: identity.title, author: identity.author, subject: identity.subject,
                    keywords: identity.keywords.isEmpty ? nil : identity.keywords.joined(separator: ", "))
    }

    private static func failure(_ error: TypesettingError, file: String) -> Diagnostic {
        .error(at: SourceLocation(file: file), code: "pdf-failed", "The PDF for \(file) could not be made: \(error.message)",
               hint: error.hint ?? "This is PersonaForge's fault or the machine's (disk, memory); please report it with the file.")
    }

    static func diagnostics(_ error: PDFStyleError, template: TemplateDefinition) -> [Diagnostic] {
        let manifest = template.manifestDisplayPath
        return error.problems.map { problem in
            let location = template.style.location(of: problem.key, keyItself: problem.isUnknownKey) ?? SourceLocation(file: manifest)
            return .error(at: location, code: problem.isUnknownKey ? "unknown-style-key" : "bad-style-value",
                          "style.\(problem.key) in the template '\(template.id)': \(problem.message)", hint: problem.hint)
        }
    }
}

/// Several diagnostics as one error value.
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
