import Analysis
import ArgumentParser
import Core
import Foundation
import Workspace

extension PersonaForge {
    /// Runs every analysis of the workspace and reports how long each kind took: for the
    /// benchmark (bench/analysis-bench.py), not for users.
    struct AnalyseAll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "analyse-all",
            abstract: "Time every gap report, every persona x job match and every team report (for benchmarks).",
            shouldDisplay: false)

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var analysis: AnalysisOptions

        @Option(help: "Which persona-job pairs to match: all (every professional persona against every job) or linked.")
        var pairs: String = "all"

        struct Timings: Encodable {
            var personas = 0, professional = 0, jobs = 0, teams = 0, matches = 0
            var issues = 0, questions = 0, averageScore = 0.0
            var milliseconds: [String: Double] = [:]
        }

        func run() async throws {
            var timings = Timings()
            var clock = ContinuousClock.now
            func lap(_ name: String) {
                let now = ContinuousClock.now
                let elapsed = now - clock
                timings.milliseconds[name] = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                clock = now
            }
            let session = try await AnalysisSession.load(options, today: try analysis.month(options.console))
            lap("load")
            let context = session.context
            let workspace = context.workspace
            let personas = workspace.personas.compactMap { workspace.resolved[$0.path] }
            timings.personas = personas.count
            lap("context")

            let gaps = await Self.parallel(personas) { context.gap(for: $0) }
            timings.issues = gaps.reduce(0) { $0 + $1.issues.count }
            timings.questions = gaps.reduce(0) { $0 + $1.questions.count }
            lap("gap")

            let professional = personas.filter { $0.persona.kind == .professional }
            timings.professional = professional.count
            let profiles = await Self.parallel(professional) { context.profile(for: $0) }
            lap("profiles")
            let postings = await Self.parallel(workspace.jobs) { context.posting(for: $0) }
            let postingsByPath = Dictionary(uniqueKeysWithValues: postings.map { ($0.job, $0) })
            timings.jobs = postings.count
            lap("postings")

            let linkedOnly = pairs == "linked"
            let indexed = Array(zip(professional, profiles))
            let scores = await Self.parallel(indexed) { resolved, profile -> (Int, Int) in
                let targets = linkedOnly ? context.linkedJobs(of: resolved.persona).compactMap { postingsByPath[$0.path] } : postings
                let reports = context.matches(profile, against: targets)
                return (reports.reduce(0) { $0 + $1.score }, reports.count)
            }
            timings.matches = scores.reduce(0) { $0 + $1.1 }
            timings.averageScore = timings.matches == 0 ? 0 : Double(scores.reduce(0) { $0 + $1.0 }) / Double(timings.matches)
            lap("match")

            let teams = await Self.parallel(workspace.teams) { context.team($0) }
            timings.teams = teams.count
            lap("team")

            if options.json {
                session.console.out(Console.json(timings))
            } else {
                let phases = ["load", "context", "gap", "profiles", "postings", "match", "team"]
                session.console.out(phases.map { "\($0): \(DecimalText.fixed(timings.milliseconds[$0] ?? 0, places: 1)) ms" }.joined(separator: "\n"))
                session.console.out("\(timings.personas) personas, \(timings.matches) matches, \(timings.teams) teams; average score \(DecimalText.fixed(timings.averageScore, places: 1))")
            }
        }

        /// `transform` over `items` on every core, results in order.
        static func parallel<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) async -> [R] {
            let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
            let chunk = max(1, (items.count + workers * 8 - 1) / (workers * 8))
            return await withTaskGroup(of: (Int, [R]).self) { group in
                for (index, start) in stride(from: 0, to: items.count, by: chunk).enumerated() {
                    let slice = Array(items[start..<min(start + chunk, items.count)])
                    group.addTask { (index, slice.map(transform)) }
                }
                var parts: [(Int, [R])] = []
                for await part in group { parts.append(part) }
                return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
            }
        }
    }
}
