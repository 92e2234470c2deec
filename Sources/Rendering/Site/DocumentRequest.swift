import Core

/// One document to plan (a persona, or a CV's page): what it is called, what it is made from,
/// and which formats to make of it.
struct DocumentRequest {
    /// The output path without its extension: `personas/backend-engineer`.
    var base: String
    var title: String
    var description: String?
    /// The workspace file it presents, for diagnostics and the page's "source" line.
    var source: String
    var inputs: [String]
    var template: CompiledTemplate
    /// Made only for the formats that carry it (PDF, DOCX): most builds make neither.
    var identity: () -> DocumentIdentity
    /// In `SitePlanning.documentFormats` order.
    var formats: [String]
    var context: @Sendable () -> TemplateValue
}

extension SitePlanning {
    /// The document formats the settings ask for, in a fixed order.
    var documentFormats: [String] {
        let wanted = Set(settings.formats)
        return DocumentRequest.formats.filter(wanted.contains)
    }
}

extension DocumentRequest {
    /// Every format a document can be made in.
    static let formats = ["md", "html", "pdf", "docx"]
}
