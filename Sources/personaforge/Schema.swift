import ArgumentParser
import Core
import Foundation
import Workspace
import YAMLSupport

extension PersonaForge {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the JSON Schema of a file kind, or write them all for your editor.",
            discussion: "Kinds: \(SchemaCatalog.kinds.map(\.name).joined(separator: ", ")).")

        @Argument(help: "The file kind (default: all, with --out).")
        var kind: String?

        @Option(help: "Write every schema into this folder as KIND.schema.json.")
        var out: String?

        func validate() throws {
            if kind == nil && out == nil { throw ValidationError("Name a kind, or give --out FOLDER to write them all.") }
            if let kind, SchemaCatalog.kinds.first(where: { $0.name == kind }) == nil {
                throw ValidationError("Unknown kind '\(kind)'\(Suggestion.didYouMean(kind, in: SchemaCatalog.kinds.map(\.name))). Kinds: \(SchemaCatalog.kinds.map(\.name).joined(separator: ", ")).")
            }
        }

        func run() throws {
            let selected = SchemaCatalog.kinds.filter { kind == nil || $0.name == kind }
            guard let out else {
                print(SchemaCatalog.document(selected[0]), terminator: "")
                return
            }
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for entry in selected {
                try AtomicFile.write(SchemaCatalog.document(entry), to: out + "/\(entry.name).schema.json")
            }
            print("Wrote \(selected.count) schemas to \(out)/.")
        }
    }
}
