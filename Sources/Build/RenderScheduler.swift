import Core
import Foundation
import Rendering

/// Renders stale outputs in parallel and writes each atomically.
enum RenderScheduler {
    enum Outcome: Sendable {
        case written, unchanged
        case failed(Diagnostic)
    }

    struct Result: Sendable {
        var path: String
        var outcome: Outcome
    }

    /// Runs `jobs` workers (default: one per core), each taking outputs in turn.
    static func run(_ outputs: [PlannedOutput], folder: String, jobs: Int?) async throws -> [Result] {
        let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, outputs.count))
        return try await withThrowingTaskGroup(of: [Result].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var results: [Result] = []
                    for index in stride(from: worker, to: outputs.count, by: workers) {
                        try Task.checkCancellation()
                        results.append(try make(outputs[index], folder: folder))
                    }
                    return results
                }
            }
            var all: [Result] = []
            for try await results in group { all += results }
            return all
        }
    }

    static func make(_ output: PlannedOutput, folder: String) throws -> Result {
        let bytes: [UInt8]
        do {
            bytes = try output.render()
        } catch {
            return Result(path: output.path, outcome: .failed(error))
        }
        let changed = try AtomicFile.writeIfChanged(bytes, to: FileSystem.join(folder, output.path))
        return Result(path: output.path, outcome: changed ? .written : .unchanged)
    }
}
