import Analysis
import ArgumentParser
import LLM

extension PersonaForge {
    struct Gap: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gap",
            abstract: "CV-quality gap analysis of a persona: issues by severity, and clarifying questions.",
            discussion: "PERSONA is a workspace path (personas/backend.md) or an id (backend). Exit status: 0, or 1 when --fail-on is reached; 2 for usage errors; 3 when the configured model could not answer.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var analysis: AnalysisOptions
        @OptionGroup var llm: LLMOptions

        @Argument(help: "The persona: personas/NAME.md or NAME.")
        var persona: String

        func run() async throws {
            let session = try await AnalysisSession.load(options, today: try analysis.month(options.console))
            let resolved = try session.persona(persona)
            session.noteErrors(in: Analysis.inputs(gap: resolved, workspace: session.workspace))
            let context = session.context, found = context.gap(for: resolved)
            let report = try await llm.deepen(found, in: session, command: "gap") {
                Deepening.gap(found, persona: resolved, context: context, session: $0)
            }
            session.console.out(options.json ? Console.json(report) : session.printer.gap(report))
            try analysis.exitIfThresholdReached(report.issues)
        }
    }
}
