import Analysis
import ArgumentParser
import Foundation
import LLM
import Workspace

extension PersonaForge {
    /// Deepens every professional persona's gap report through one LLM session, from several
    /// threads at once as the build does: for the benchmark (bench/llm-bench.py), not for users.
    struct DeepenAll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deepen-all",
            abstract: "Deepen every gap report through the configured model (for benchmarks).",
            shouldDisplay: false)

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var llm: LLMOptions

        @Option(help: "Threads asking at once (default: llm.max_concurrency).")
        var threads: Int?

        struct Result: Encodable {
            var reports: Int
            var llmIssues: Int
            var seconds: Double
            var reportsPerSecond: Double
        }

        func run() async throws {
            let session = try await AnalysisSession.load(options, today: AnalysisOptions.month(today: nil))
            let model = try llm.session(session.workspace, command: "deepen-all", console: session.console)
            let context = session.context
            let personas = session.workspace.personas.filter { $0.kind == .professional }.compactMap { session.workspace.resolved[$0.path] }
            let workers = max(1, threads ?? model.configuration.maxConcurrency)
            let start = ContinuousClock.now
            let issues = try await llm.run(session.console) { () throws(LLMError) in
                let next = Counter(), found = Counter(), failure = FirstFailure()
                let group = DispatchGroup()
                for _ in 0..<workers {
                    group.enter()
                    Thread {
                        defer { group.leave() }
                        while case let index = next.increment() - 1, index < personas.count, !failure.happened {
                            do throws(LLMError) {
                                let deepened = try model.deepen(.gap(context.gap(for: personas[index]), persona: personas[index], context: context, session: model))
                                found.add(deepened.issues.filter { $0.source == "llm" }.count)
                            } catch {
                                failure.record(error)
                            }
                        }
                    }.start()
                }
                group.wait()
                if let error = failure.error { throw error }
                return found.value
            }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            session.console.out(Console.json(Result(reports: personas.count, llmIssues: issues, seconds: seconds,
                                                     reportsPerSecond: seconds > 0 ? Double(personas.count) / seconds : 0)))
        }
    }
}

/// A number shared by the benchmark's threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    func increment() -> Int { add(1) }
    @discardableResult func add(_ amount: Int) -> Int { lock.lock(); defer { lock.unlock() }; count += amount; return count }
}

/// The first error any thread met; the others stop taking work.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: LLMError?
    var happened: Bool { error != nil }
    var error: LLMError? { lock.lock(); defer { lock.unlock() }; return first }
    func record(_ error: LLMError) { lock.lock(); if first == nil { first = error }; lock.unlock() }
}
