import Foundation
import Synchronization

/// Other processes of this program that typeset documents for the calls that find the fonts busy.
///
/// In one process, calls take turns with the fonts (see `FontAccess`), which would leave every
/// core but one idle in a build of many PDFs. A worker process has fonts of its own, so a call
/// that finds them busy here sends its document to an idle worker instead: same code, same fonts,
/// same bytes. Workers start when first needed and end when their input closes (this process
/// ending, or crashing). A worker that fails is stopped, and its call typesets here after all.
public enum TypesetWorkers {
    private final class Worker: @unchecked Sendable {
        // @unchecked: a worker is used by the one call that took it from `idle`.
        let process: Process
        let input: FileHandle
        let output: FileHandle

        init(executable: String) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["typeset-worker"]
            let toWorker = Pipe(), fromWorker = Pipe()
            process.standardInput = toWorker
            process.standardOutput = fromWorker
            process.standardError = FileHandle.nullDevice
            try process.run()
            input = toWorker.fileHandleForWriting
            output = fromWorker.fileHandleForReading
        }

        /// For a worker that failed: it may still be running, unable to answer.
        func stop() {
            try? input.close()
            if process.isRunning { process.terminate() }
        }
    }

    private struct State {
        var executable: String?
        /// How many more workers may be started.
        var unstarted = 0
        var idle: [Worker] = []
    }

    private static let state = Mutex(State())

    /// Lets up to `count` workers run `executable typeset-worker` (`executable`: this program);
    /// the workers of an earlier call are finished first.
    public static func enable(executable: String, count: Int) {
        // A worker that has died must be a failed call, not the end of this process.
        signal(SIGPIPE, SIG_IGN)
        finish()
        state.withLock { state in
            state.executable = executable
            state.unstarted = max(0, count)
        }
    }

    /// Ends the workers (their input closes, they finish) and waits for them, so that their
    /// time counts as this process's children's; no more are started.
    public static func finish() {
        let workers = state.withLock { state in
            state.unstarted = 0
            defer { state.idle = [] }
            return state.idle
        }
        for worker in workers {
            try? worker.input.close()
            worker.process.waitUntilExit()
        }
    }

    /// The job typeset by a worker; nil when none is free or the one used failed.
    static func typeset(_ job: TypesetJob) -> Result<PDFRendering, TypesettingError>? {
        guard let worker = take() else { return nil }
        do {
            try TypesetFrame.write(job, to: worker.input)
            if let answer = try TypesetJob.Answer.read(from: worker.output), let outcome = answer.outcome {
                state.withLock { $0.idle.append(worker) }
                return outcome
            }
        } catch {
            // A broken pipe, an early end or an answer that does not decode: the worker is no use.
        }
        worker.stop()
        return nil
    }

    private static func take() -> Worker? {
        let (idle, executable) = state.withLock { state -> (Worker?, String?) in
            if let worker = state.idle.popLast() { return (worker, nil) }
            guard state.unstarted > 0, let executable = state.executable else { return (nil, nil) }
            state.unstarted -= 1
            return (nil, executable)
        }
        if let idle { return idle }
        guard let executable else { return nil }
        return try? Worker(executable: executable)
    }
}
