import Analysis
import ArgumentParser
import Core
import Workspace

extension PersonaForge {
    struct Jobs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jobs",
            abstract: "The job pipeline: every job with its status and what it waits on.",
            discussion: "Jobs are jobs/*.md files; their status is one of \(DocumentSchemas.jobStatuses.joined(separator: ", ")).",
            subcommands: [List.self, Stats.self], defaultSubcommand: List.self)

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the jobs, most advanced first.")

            @OptionGroup var options: WorkspaceOptions

            @Option(help: "Only jobs with this status: \(DocumentSchemas.jobStatuses.joined(separator: ", ")).")
            var status: String?

            func validate() throws {
                if let status, JobPipeline.Status(rawValue: status) == nil {
                    throw ValidationError("Unknown status '\(status)'\(Suggestion.didYouMean(status, in: DocumentSchemas.jobStatuses)). Statuses: \(DocumentSchemas.jobStatuses.joined(separator: ", ")).")
                }
            }

            func run() async throws {
                let workspace = try await PipelineLoading.load(options)
                var pipeline = JobPipeline(jobs: workspace.jobs)
                if let status = status.flatMap(JobPipeline.Status.init) {
                    pipeline = JobPipeline(jobs: workspace.jobs.filter { $0.status == status.rawValue })
                }
                options.console.out(options.json ? Console.json(pipeline.jobs) : JobPipelinePrinter(workspace: workspace).list(pipeline))
            }
        }

        struct Stats: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts by status, by month applied and by persona.")

            @OptionGroup var options: WorkspaceOptions

            func run() async throws {
                let workspace = try await PipelineLoading.load(options)
                let pipeline = JobPipeline(jobs: workspace.jobs)
                options.console.out(options.json ? Console.json(pipeline) : JobPipelinePrinter(workspace: workspace).stats(pipeline))
            }
        }
    }
}

/// Loading a workspace for the pipeline commands: a folder that is not one is the user's error
/// (exit 1), and jobs with errors are named on stderr (they are counted as far as they read).
enum PipelineLoading {
    static func load(_ options: WorkspaceOptions) async throws -> Workspace {
        let console = options.console
        let workspace: Workspace
        do {
            workspace = try await WorkspaceLoader.load(root: options.root)
        } catch let error as WorkspaceLoader.NotAWorkspace {
            console.error("error: \(error)")
            throw ExitCode(1)
        }
        let broken = workspace.filesWithErrors.filter { $0.hasPrefix("jobs/") }.sorted()
        for path in broken {
            console.error("note: \(path) has errors; it is counted as far as it reads (personaforge check lists them).")
        }
        return workspace
    }
}
