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
        /// The hash of the output's content, when it has one.
        var content: String? = nil
        /// What the user should hear of though the output was made.
        var warnings: [Diagnostic] = []
    }

    /// Runs `jobs` workers (default: one per core), each taking outputs in turn.
    /// `previousContents`: each output's content hash from the last build, by path.
    static func run(_ outputs: [PlannedOutput], folder: String, jobs: Int?, previousContents: [String: String] = [:]) async throws -> [Result] {
        let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, outputs.count))
        return try await withThrowingTaskGroup(of: [Result].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var results: [Result] = []
                    for index in stride(from: worker, to: outputs.count, by: workers) {
                        try Task.checkCancellation()
                        results.append(try make(outputs[index], folder: folder, previousContent: previousContents[outputs[index].path]))
                    }
                    return results
                }
            }
            var all: [Result] = []
            for try await results in group { all += results }
            return all
        }
    }

    static func make(_ output: PlannedOutput, folder: String, previousContent: String? = nil) throws -> Result {
        let file = FileSystem.join(folder, output.path)
        var content: String?
        let rendered: PlannedOutput.Rendered
        do {
            if let describe = output.content {
                let hash = SHA256.hex(try describe())
                content = hash
                // Made from the same content as the file there: the same bytes, without rendering them.
                if hash == previousContent, FileSystem.exists(file) { return Result(path: output.path, outcome: .unchanged, content: hash) }
            }
            rendered = try output.render()
        } catch {
            return Result(path: output.path, outcome: .failed(error))
        }
        let changed = try AtomicFile.writeIfChanged(rendered.bytes, to: file)
        return Result(path: output.path, outcome: changed ? .written : .unchanged, content: content, warnings: rendered.warnings)
    }
}
