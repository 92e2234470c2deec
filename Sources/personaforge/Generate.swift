import Analysis
import ArgumentParser
import LLM
import Workspace

extension PersonaForge {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Draft audience personas from a brief into personas/<project>/; new files only.",
            discussion: """
                BRIEF is a workspace path (briefs/acme-crm.yaml) or an id (acme-crm). The configured model drafts the \
                personas (the built-in drafter with llm.provider: builtin or --no-llm); each becomes a persona file with \
                generated_from: naming the brief. A file that already exists is never overwritten. Exit status: 0; 1 when \
                the brief has errors; 2 for usage errors; 3 when the model could not answer (nothing is written then).
                """)

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var llm: LLMOptions

        @Argument(help: "The brief: briefs/NAME.yaml or NAME.")
        var brief: String

        @Option(help: "How many personas to draft (default: the brief's count, else 3).")
        var count: Int?

        @Flag(help: "Say which files would be written; write nothing.")
        var dryRun = false

        struct Summary: Encodable {
            var brief: String
            var engine: String
            var dryRun: Bool
            var personas: [PersonaFileWriter.Outcome]
        }

        func validate() throws {
            if let count, !(1...50).contains(count) { throw ValidationError("--count takes a number from 1 to 50.") }
        }

        func run() async throws {
            let session = try await AnalysisSession.load(options, today: AnalysisOptions.month(today: nil))
            let found = try session.brief(brief)
            if session.workspace.filesWithErrors.contains(found.path) {
                session.console.report(session.workspace.diagnostics.filter { $0.location?.file == found.path })
                session.console.error("error: \(found.path) has errors; fix them first (personaforge check lists them all).")
                throw ExitCode(1)
            }
            let model = try llm.session(session.workspace, command: "generate", console: session.console)
            let wanted = count ?? found.count, root = session.workspace.root, dryRun = self.dryRun
            let outcomes = try await llm.run(session.console) { () throws(LLMError) in
                let files = try PersonaFileWriter.files(for: try model.draftPersonas(from: found, count: wanted), brief: found)
                return try PersonaFileWriter.write(files, root: root, dryRun: dryRun)
            }
            let summary = Summary(brief: found.path, engine: model.engineName, dryRun: dryRun, personas: outcomes)
            if options.json { session.console.out(Console.json(summary)); return }
            let written = outcomes.filter(\.written).count
            var lines = ["Drafted \(Console.plural(outcomes.count, "persona")) from \(found.path) with \(model.engineName)"
                + (dryRun ? " (dry run: nothing written)" : "") + ":"]
            for outcome in outcomes {
                let verb = outcome.exists ? "kept " : outcome.written ? "wrote" : "would write"
                lines.append("  \(verb) \(outcome.path)" + (outcome.exists ? " (it exists; never overwritten)" : ""))
            }
            if !dryRun { lines.append("\(Console.plural(written, "new file")). Edit them by hand; personaforge check validates them.") }
            session.console.out(lines.joined(separator: "\n"))
        }
    }
}
