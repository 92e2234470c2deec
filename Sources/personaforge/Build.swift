import ArgumentParser
import Build
import Core
import Foundation
import Rendering
import Typesetting
import Workspace
import YAMLSupport

extension PersonaForge {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "build", abstract: "Build every output that is out of date.")

        @OptionGroup var options: WorkspaceOptions

        @Flag(help: "List what would be rebuilt and removed; write nothing.")
        var dryRun = false

        @Flag(help: "Say why each output is rebuilt.")
        var explain = false

        @Option(name: .customShort("j"), help: "How many outputs to render at once (default: one per core).")
        var jobs: Int?

        @Flag(help: "Remove the last build's outputs and build everything.")
        var clean = false

        @Flag(help: "Use no network (the built-in engine and cached model answers only).")
        var offline = false

        @Option(help: "Analyse as of this month (YYYY-MM) instead of SOURCE_DATE_EPOCH or the clock.")
        var today: String?

        @Option(help: "The output folder, overriding the settings' 'output'.")
        var out: String?

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("-j needs a number of at least 1.") }
        }

        func run() async throws {
            ProcessMemory.returnLargeBlocksPromptly()
            let console = options.console
            var buildOptions = BuildOptions(root: options.root, toolFingerprint: ToolFingerprint.current)
            buildOptions.output = out
            buildOptions.dryRun = dryRun
            buildOptions.explain = explain
            buildOptions.jobs = jobs
            TypesetWorkers.enable(jobs: jobs)
            defer { TypesetWorkers.finish() }
            buildOptions.clean = clean
            buildOptions.offline = offline
            if let today {
                guard let month = JSONResumeDate(today), month.month != nil else {
                    console.error("error: --today takes a month as YYYY-MM, for example 2025-06; '\(today)' is not one.")
                    throw ExitCode(2)
                }
                buildOptions.today = JSONResumeDate(String(today.prefix(7)))
            }
            let start = ContinuousClock.now
            let report: BuildReport
            do {
                report = try await Builder.run(buildOptions) { console.error("Waiting for another build of this workspace to finish...") }
            } catch let error as WorkspaceLoader.NotAWorkspace {
                console.error("error: \(error)")
                throw ExitCode(1)
            }
            if options.json {
                console.out(Console.json(report))
            } else {
                console.report(report.diagnostics)
                BuildSummary(report: report, dryRun: dryRun, explain: explain, elapsed: ContinuousClock.now - start, root: options.root).print(to: console)
            }
            if !report.succeeded { throw ExitCode(1) }
        }
    }
}
