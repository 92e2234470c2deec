import Core
import DOCX
import MarkdownSupport
import Typesetting

/// A document's DOCX: the same Markdown tree as its PDF, written as WordprocessingML with the
/// same template style keys and the same document properties.
public enum DocumentDOCX {
    /// The template's style as Word reads it: the keys DOCX knows (the PDF's check has already
    /// reported unknown ones), with the footer in `locale`'s words unless the template sets it.
    public static func style(of template: TemplateDefinition, locale: LocaleStrings) -> Result<DOCXStyle, DiagnosticList> {
        let known = Set(DOCXStyle.keys)
        var settings = template.style.settings.filter { known.contains($0.key) }
        if settings["page_label"] == nil { settings["page_label"] = locale.pageLabel }
        do throws(DOCXStyleError) {
            var style = try DOCXStyle(settings: settings)
            // Word spaces lines by the font's own metrics; the writer needs them to match the PDF's
            // length. Without Pango (a machine that cannot typeset PDFs) DejaVu Sans's are kept.
            if let metrics = FontMetrics.measure(family: style.font) {
                (style.fontExtent, style.fontLineSpacing) = (metrics.extent, metrics.lineSpacing)
            }
            return .success(style)
        } catch {
            let manifest = template.manifestDisplayPath
            return .failure(DiagnosticList(error.problems.map { problem in
                .error(at: template.style.location(of: problem.key, keyItself: problem.isUnknownKey) ?? SourceLocation(file: manifest),
                       code: "bad-style-value", "style.\(problem.key) in the template '\(template.id)': \(problem.message)", hint: problem.hint)
            }))
        }
    }

    public static func render(markdown: String, file: String, style: DOCXStyle, identity: DocumentIdentity) throws(Diagnostic) -> [UInt8] {
        let document = CommonMarkConverter.parse(markdown, file: file)
        let metadata = DOCXMetadata(title: identity.title, author: identity.author, subject: identity.subject,
                                    keywords: identity.keywords.isEmpty ? nil : identity.keywords.joined(separator: ", "),
                                    language: identity.locale.code)
        do throws(DOCXError) {
            // Images are not read from the workspace: only files the build tracks may shape an output.
            return try DOCXWriter.render(document, style: style, metadata: metadata, headerName: identity.runningHeader, resourceFolder: nil)
        } catch {
            throw .error(at: SourceLocation(file: file), code: "docx-failed", "The DOCX for \(file) could not be made: \(error.description)",
                         hint: "This is PersonaForge's fault or the machine's (memory); please report it with the file.")
        }
    }
}
