import ArgumentParser
import Core
import Foundation
import Rendering
import Workspace

extension PersonaForge {
    struct Templates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the templates, or show one.")

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
        }

        func run() async throws {
            // Outside a workspace, the shipped templates alone.
            let workspace = FileSystem.exists(options.root + "/" + WorkspaceScanner.settingsFile) ? try await WorkspaceLoader.load(root: options.root) : nil
            let (library, problems) = TemplateLibrary.load(workspace)
            options.console.report(problems)
            let entries = library.ids.compactMap { library[$0] }.map { template in
                Entry(id: template.id, name: template.name, kind: template.kind, formats: template.formats,
                      origin: template.files.values.contains { !$0.inputPath.hasPrefix("builtin:") } ? "workspace" : "shipped",
                      description: template.description, files: template.files.keys.sorted())
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
                return
            }
            if options.json { print(Console.json(entries)); return }
            let width = entries.map(\.id.count).max() ?? 0
            for entry in entries {
                print(entry.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(entry.kind.padding(toLength: 12, withPad: " ", startingAt: 0)) \(entry.formats.joined(separator: ",").padding(toLength: 16, withPad: " ", startingAt: 0)) \(entry.origin)  \(entry.name)")
            }
        }
    }
}
