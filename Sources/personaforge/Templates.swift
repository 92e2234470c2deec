import ArgumentParser
import Core
import Foundation
import Rendering
import Workspace

extension PersonaForge {
    struct Templates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "templates",
            abstract: "List the templates, or show one.",
            discussion: "A workspace that builds PDFs gets a preview of each document template, page 1 of a sample, under its output folder: _build/templates/ID.png.")

        @OptionGroup var options: WorkspaceOptions

        @Argument(help: "'list' (the default) or 'show'.")
        var action: String = "list"

        @Argument(help: "The template id, for 'show'.")
        var id: String?

        func validate() throws {
            guard ["list", "show"].contains(action) else { throw ValidationError("Use 'templates list' or 'templates show ID'.") }
            if action == "show", id == nil { throw ValidationError("'templates show' needs a template id.") }
        }

        struct Entry: Encodable {
            var id: String, name: String, kind: String, formats: [String], origin: String, description: String?, files: [String]
            /// The preview image's path (relative to the workspace unless the output folder is absolute); nil when none is made.
            var preview: String?
            var previewExists: Bool
            var style: [String: String]
        }

        func run() async throws {
            // Outside a workspace, the shipped templates alone.
            let workspace = FileSystem.exists(options.root + "/" + WorkspaceScanner.settingsFile) ? try await WorkspaceLoader.load(root: options.root) : nil
            let (library, problems) = TemplateLibrary.load(workspace)
            options.console.report(problems)
            let entries = library.ids.compactMap { library[$0] }.map { template in
                let preview = previewPath(template, workspace: workspace)
                return Entry(id: template.id, name: template.name, kind: template.kind, formats: template.formats,
                             origin: template.files.values.contains { !$0.inputPath.hasPrefix("builtin:") } ? "workspace" : "shipped",
                             description: template.description, files: template.files.keys.sorted(), preview: preview,
                             previewExists: preview.map { FileSystem.exists($0.hasPrefix("/") ? $0 : FileSystem.join(options.root, $0)) } ?? false,
                             style: template.style.settings)
            }
            if action == "show" {
                guard let entry = entries.first(where: { $0.id == id }) else {
                    options.console.error("error: There is no template '\(id!)'\(Suggestion.didYouMean(id!, in: library.ids)). Templates: \(library.ids.joined(separator: ", ")).")
                    throw ExitCode(1)
                }
                if options.json { print(Console.json(entry)); return }
                print("\(entry.id): \(entry.name) (\(entry.kind), \(entry.origin))")
                if let description = entry.description { print(description) }
                print("formats: \(entry.formats.joined(separator: ", "))")
                print("files: \(entry.files.joined(separator: ", "))")
                if !entry.style.isEmpty {
                    print("style: " + entry.style.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
                }
                if let preview = entry.preview {
                    print("preview: \(preview)" + (entry.previewExists ? "" : " (not built yet: run personaforge build)"))
                }
                return
            }
            if options.json { print(Console.json(entries)); return }
            let width = entries.map(\.id.count).max() ?? 0
            for entry in entries {
                let preview = entry.preview.map { "  " + $0 + (entry.previewExists ? "" : " (not built)") } ?? ""
                print(entry.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(entry.kind.padding(toLength: 12, withPad: " ", startingAt: 0)) \(entry.formats.joined(separator: ",").padding(toLength: 16, withPad: " ", startingAt: 0)) \(entry.origin.padding(toLength: 9, withPad: " ", startingAt: 0)) \(entry.name)\(preview)")
            }
        }

        /// Where the build puts the template's preview, when it makes one.
        func previewPath(_ template: TemplateDefinition, workspace: Workspace?) -> String? {
            guard let workspace, workspace.settings.formats.contains("pdf"), TemplatePreviews.kinds.contains(template.kind), template.renders("pdf") else { return nil }
            return FileSystem.join(workspace.settings.output, TemplatePreviews.path(for: template.id))
        }
    }
}
