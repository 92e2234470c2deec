import Analysis
import ArgumentParser
import LLM

extension PersonaForge {
    struct TeamCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "team",
            abstract: "Team gap analysis: coverage of needed skills, uncovered skills, single points of failure, seniority mix.",
            discussion: "TEAM is a workspace path (teams/platform.yaml) or an id (platform). Exit status: 0, or 1 when --fail-on is reached; 2 for usage errors; 3 when the configured model could not answer.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var analysis: AnalysisOptions
        @OptionGroup var llm: LLMOptions

        @Argument(help: "The team: teams/NAME.yaml or NAME.")
        var team: String

        func run() async throws {
            let session = try await AnalysisSession.load(options, today: try analysis.month(options.console))
            let found = try session.team(team)
            session.noteErrors(in: Analysis.inputs(team: found, workspace: session.workspace))
            let context = session.context, analysed = context.team(found)
            let report = try await llm.deepen(analysed, in: session, command: "team") {
                Deepening.team(analysed, team: found, context: context, session: $0)
            }
            session.console.out(options.json ? Console.json(report) : session.printer.team(report))
            try analysis.exitIfThresholdReached(report.issues)
        }
    }
}
