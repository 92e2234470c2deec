import ArgumentParser
import Core
import Rendering
import Workspace

extension PersonaForge {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate every file; print compiler-style diagnostics; exit 1 on errors.")

        @OptionGroup var options: WorkspaceOptions

        func run() async throws {
            let console = options.console
            let diagnostics: [Diagnostic]
            do {
                diagnostics = try await WorkspaceCheck.run(root: options.root)
            } catch let error as WorkspaceLoader.NotAWorkspace {
                console.error("error: \(error)")
                throw ExitCode(1)
            }
            if options.json {
                console.out(Console.json(CheckResult(diagnostics: diagnostics)))
            } else {
                console.report(diagnostics)
                console.error(diagnostics.isEmpty ? "No problems found." : "Found \(Console.count(diagnostics)).")
            }
            if diagnostics.hasErrors { throw ExitCode(1) }
        }
    }

    struct CheckResult: Encodable {
        var diagnostics: [Diagnostic]
        var errors: Int { diagnostics.filter { $0.severity == .error }.count }
        var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

        enum CodingKeys: String, CodingKey { case diagnostics, errors, warnings }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(diagnostics, forKey: .diagnostics)
            try container.encode(errors, forKey: .errors)
            try container.encode(warnings, forKey: .warnings)
        }
    }
}
