import Core
import Foundation
import Rendering
import Synchronization

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

    /// Runs `jobs` workers (default: one per core), each taking the next outputs in plan order
    /// when it is free, so a worker given cheap outputs never idles while another has costly ones.
    /// `previousContents`: each output's content hash from the last build, by path.
    /// `fresh`: the folder is a staging folder this build made (`OutputFolder.makeStaging`): no
    /// output is there yet to compare with, and no reader sees a file until the whole folder is
    /// moved into place, so each is written straight to its path.
    static func run(_ outputs: [PlannedOutput], folder: String, jobs: Int?, previousContents: [String: String] = [:],
                    fresh: Bool = false) async throws -> [Result] {
        let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, outputs.count))
        // Workers take runs of outputs that share what they are made from (a document's formats).
        var runStarts = outputs.indices.filter { $0 == 0 || !outputs[$0].followsPrevious }
        runStarts.append(outputs.count)
        let runs = runStarts
        let queue = Queue()
        return try await withThrowingTaskGroup(of: [Result].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var results: [Result] = []
                    while true {
                        let run = queue.next.add(1, ordering: .relaxed).oldValue
                        guard run + 1 < runs.count else { break }
                        for index in runs[run]..<runs[run + 1] {
                            try Task.checkCancellation()
                            results.append(try make(outputs[index], folder: folder, previousContent: previousContents[outputs[index].path], fresh: fresh))
                        }
                    }
                    return results
                }
            }
            var all: [Result] = []
            for try await results in group { all += results }
            return all
        }
    }

    /// The next run of outputs to take, shared by the workers.
    final class Queue: Sendable {
        let next = Atomic<Int>(0)
    }

    static func make(_ output: PlannedOutput, folder: String, previousContent: String? = nil, fresh: Bool = false) throws -> Result {
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
        let changed: Bool
        if fresh {
            try FileSystem.create(rendered.bytes, at: file)
            changed = true
        } else {
            changed = try AtomicFile.writeIfChanged(rendered.bytes, to: file)
        }
        return Result(path: output.path, outcome: changed ? .written : .unchanged, content: content, warnings: rendered.warnings)
    }
}
