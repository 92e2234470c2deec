import Core
import YAMLSupport

/// One template: its manifest and its files, each known by the input path that fingerprints it.
public struct TemplateDefinition: Sendable {
    public struct File: Sendable {
        /// `builtin:templates/classic/document.md.mustache` or `templates/classic/document.md.mustache`.
        public var inputPath: String
        public var text: String
        public var hash: String
    }

    public var id: String
    public var name: String
    public var kind: String
    public var formats: [String]
    public var description: String?
    /// The manifest's `style:`, flattened, for the PDF and DOCX writers.
    public var style = TemplateStyle()
    /// By file name within the folder: `document.md.mustache`, `style.css`, `template.yaml`.
    public var files: [String: File]

    /// Where template.yaml is, as diagnostics name it: `templates/classic/template.yaml`.
    public var manifestDisplayPath: String {
        files["template.yaml"].map { CompiledTemplate.displayPath($0.inputPath) } ?? "templates/\(id)/template.yaml"
    }

    /// Whether the template renders `format` (`md`, `html`, `pdf`, `docx`).
    public func renders(_ format: String) -> Bool { formats.contains(format) }

    /// Every file's input path, sorted: a document made with this template depends on all of them.
    public var inputPaths: [String] { files.values.map(\.inputPath).sorted() }

    /// Mustache partials: files named `_NAME.EXT.mustache`, included as `{{> NAME}}`.
    public var partialFiles: [(name: String, file: File)] {
        files.filter { $0.key.hasPrefix("_") && $0.key.hasSuffix(".mustache") }
            .map { (String($0.key.dropFirst().split(separator: ".").first!), $0.value) }
            .sorted { $0.name < $1.name }
    }
}
