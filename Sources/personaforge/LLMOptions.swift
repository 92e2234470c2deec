import ArgumentParser
import LLM
import Workspace

/// Options of the commands a language model can help: whether to use it, and the network.
struct LLMOptions: ParsableArguments {
    @Flag(help: "Use no network: model answers come from the cache alone, and a missing one is an error.")
    var offline = false

    @Flag(name: .customLong("no-llm"), help: "Only the built-in engine, even when personaforge.yaml configures a model.")
    var noLLM = false

    /// Exit status when the model could not answer (unreachable, invalid answers, an --offline miss).
    static let failureStatus: Int32 = 3

    /// The session for `command`: the settings' provider, or the builtin engine with --no-llm.
    func session(_ workspace: Workspace, command: String, console: Console) throws -> LLMSession {
        do {
            if noLLM { return try LLMSession(configuration: LLMConfiguration(), root: workspace.root, command: command) }
            return try LLMSession(settings: workspace.settings, root: workspace.root, command: command, offline: offline)
        } catch {
            throw Self.failure(error, console: console)
        }
    }

    /// Runs model work off the cooperative pool; a failure is printed and exits with status 3.
    func run<T: Sendable>(_ console: Console, _ work: @escaping @Sendable () throws(LLMError) -> T) async throws -> T {
        do {
            return try await LLMSession.offloaded { try work() }
        } catch let error as LLMError {
            throw Self.failure(error, console: console)
        }
    }

    /// A report deepened by the configured model (as it is with the builtin engine).
    func deepen<Report>(_ report: Report, in session: AnalysisSession, command: String,
                        _ deepening: @escaping @Sendable (LLMSession) -> Deepening<Report>) async throws -> Report {
        let llm = try self.session(session.workspace, command: command, console: session.console)
        guard llm.configuration.usesModel else { return report }
        return try await run(session.console) { () throws(LLMError) in try llm.deepen(deepening(llm)) }
    }

    static func failure(_ error: LLMError, console: Console) -> ExitCode {
        console.error("error: \(error.message)")
        if error.kind == .offlineMiss { console.error("hint: run once without --offline to fill the cache, or use --no-llm for the built-in analysis alone.") }
        return ExitCode(failureStatus)
    }
}
