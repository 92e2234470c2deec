import ArgumentParser
import Foundation
import LLM
import Workspace
import YAMLSupport

extension PersonaForge {
    struct Usage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "usage",
            abstract: "LLM calls, tokens, cache hits and estimated cost, by model, by day and by command.",
            discussion: "Read from .personaforge/llm/ledger.jsonl. Costs use llm.prices in personaforge.yaml (dollars per million tokens).")

        @OptionGroup var options: WorkspaceOptions

        @Option(help: "Only calls on or after this day (YYYY-MM-DD).")
        var since: String?

        func validate() throws {
            if let since, since.count != 10 || JSONResumeDate(since) == nil {
                throw ValidationError("--since takes a day as YYYY-MM-DD, for example 2025-06-01.")
            }
        }

        func run() async throws {
            let console = options.console
            let workspace: Workspace
            do {
                workspace = try await WorkspaceLoader.load(root: options.root)
            } catch let error as WorkspaceLoader.NotAWorkspace {
                console.error("error: \(error)")
                throw ExitCode(1)
            }
            let (entries, unreadable) = Ledger.read(LLMSession.ledgerPath(root: workspace.root))
            let summary = UsageSummary(entries: entries, unreadableLines: unreadable, since: since,
                                       configuration: LLMConfiguration(settings: workspace.settings))
            console.out(options.json ? Console.json(summary) : UsagePrinter.text(summary))
        }
    }
}
