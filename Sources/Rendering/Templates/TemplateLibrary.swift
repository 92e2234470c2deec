import Core
import Workspace
import YAMLSupport

/// The templates a workspace can use: the shipped ones, overlaid file by file by the workspace's
/// own `templates/ID/` folders (which may also add new ids).
public struct TemplateLibrary: Sendable {
    public var templates: [String: TemplateDefinition]

    public init(templates: [String: TemplateDefinition]) { self.templates = templates }

    public subscript(id: String) -> TemplateDefinition? { templates[id] }

    public var ids: [String] { templates.keys.sorted() }

    /// The shipped templates' files by folder, hashed once per process: a build plans with them
    /// twice and `export --bench` on every rendering.
    static let shippedFolders: [String: [String: TemplateDefinition.File]] = {
        var folders: [String: [String: TemplateDefinition.File]] = [:]
        for (path, text) in ShippedTemplates.files {
            let parts = path.split(separator: "/", maxSplits: 1)
            guard parts.count == 2 else { continue }
            folders[String(parts[0]), default: [:]][String(parts[1])] =
                .init(inputPath: "builtin:templates/" + path, text: text, hash: SHA256.hex(text))
        }
        return folders
    }()

    /// Loads shipped templates and the workspace's overrides, reporting manifest problems.
    public static func load(_ workspace: Workspace?) -> (TemplateLibrary, [Diagnostic]) {
        var folders = shippedFolders
        // Filtered before sorting: a workspace may hold tens of thousands of files, and only a few templates.
        for file in (workspace?.files.values.filter { $0.path.hasPrefix("templates/") } ?? []).sorted(by: { $0.path < $1.path }) {
            let parts = file.path.split(separator: "/", maxSplits: 2)
            guard parts.count == 3 else { continue }
            folders[String(parts[1]), default: [:]][String(parts[2])] = .init(inputPath: file.path, text: file.text, hash: file.hash)
        }
        var templates: [String: TemplateDefinition] = [:]
        var diagnostics: [Diagnostic] = []
        for (folder, files) in folders.sorted(by: { $0.key < $1.key }) {
            guard let manifest = files["template.yaml"] else {
                diagnostics.append(.error(at: SourceLocation(file: "templates/\(folder)"), code: "template-manifest-missing",
                                          "The template folder templates/\(folder) has no template.yaml.",
                                          hint: "Add templates/\(folder)/template.yaml with id, name and kind."))
                continue
            }
            let file = manifest.inputPath.replacingOccurrences(of: "builtin:", with: "")
            let root: YAMLNode
            do throws(Diagnostic) {
                guard let parsed = try YAMLParser.parse(manifest.text, file: file) else {
                    diagnostics.append(.error(at: SourceLocation(file: file), code: "empty-file", "\(file) is empty."))
                    continue
                }
                root = parsed
            } catch {
                diagnostics.append(error)
                continue
            }
            let problems = SchemaValidator.validate(root, against: .object(TemplateManifest.schema))
            diagnostics += problems
            guard !problems.hasErrors, let id = root["id"]?.scalarText else { continue }
            if id != folder {
                diagnostics.append(.error(at: root["id"]!.location, code: "template-id-mismatch",
                                          "The template in templates/\(folder) says its id is '\(id)'.",
                                          hint: "A template's id is its folder's name: write id: \(folder)."))
                continue
            }
            let (style, styleProblems) = TemplateStyle.read(root["style"])
            var definition = TemplateDefinition(
                id: id, name: root["name"]?.scalarText ?? id, kind: root["kind"]?.scalarText ?? "cv",
                formats: root["formats"]?.strings.map(\.value) ?? TemplateManifest.formats,
                description: root["description"]?.scalarText, files: files)
            definition.style = style
            // A bad style stops only the PDF and DOCX made with it; the check runs here so that
            // `check`, `build` and `export` all report it, once, at its place in template.yaml.
            diagnostics += styleProblems
            if styleProblems.isEmpty, definition.kind != "site" { diagnostics += DocumentPDF.check(definition) }
            templates[id] = definition
        }
        return (TemplateLibrary(templates: templates), diagnostics)
    }
}
