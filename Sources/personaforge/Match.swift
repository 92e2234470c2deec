import Analysis
import ArgumentParser
import LLM

extension PersonaForge {
    struct Match: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "match",
            abstract: "Role match of a persona against a job: score, matched and missing requirements, issues, questions.",
            discussion: "PERSONA and JOB are workspace paths or ids. Exit status: 0, or 1 when --fail-on is reached; 2 for usage errors; 3 when the configured model could not answer.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var analysis: AnalysisOptions
        @OptionGroup var llm: LLMOptions

        @Argument(help: "The persona: personas/NAME.md or NAME.")
        var persona: String

        @Argument(help: "The job: jobs/NAME.md or NAME.")
        var job: String

        func run() async throws {
            let session = try await AnalysisSession.load(options, today: try analysis.month(options.console))
            let (resolved, posting) = (try session.persona(persona), try session.job(job))
            session.noteErrors(in: Analysis.inputs(match: resolved, job: posting, workspace: session.workspace))
            let context = session.context, found = context.match(resolved, against: posting)
            let report = try await llm.deepen(found, in: session, command: "match") {
                Deepening.match(found, persona: resolved, job: posting, context: context, session: $0)
            }
            session.console.out(options.json ? Console.json(report) : session.printer.match(report))
            try analysis.exitIfThresholdReached(report.issues)
        }
    }
}
