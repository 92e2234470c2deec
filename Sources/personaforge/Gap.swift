import Analysis
import ArgumentParser

extension PersonaForge {
    struct Gap: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "CV-quality gap analysis of a persona: issues by severity, and clarifying questions.",
            discussion: "PERSONA is a workspace path (personas/backend.md) or an id (backend). Exit status: 0, or 1 when --fail-on is reached; 2 for usage errors.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var analysis: AnalysisOptions

        @Argument(help: "The persona: personas/NAME.md or NAME.")
        var persona: String

        func run() async throws {
            let session = try await AnalysisSession.load(options, today: try analysis.month(options.console))
            let resolved = try session.persona(persona)
            session.noteErrors(in: Analysis.inputs(gap: resolved, workspace: session.workspace))
            let report = session.context.gap(for: resolved)
            session.console.out(options.json ? Console.json(report) : session.printer.gap(report))
            try analysis.exitIfThresholdReached(report.issues)
        }
    }
}
