import ArgumentParser
import Foundation
import Typesetting

extension PersonaForge {
    /// Not for users: a build starts these to typeset PDFs on its other cores (see `TypesetWorkers`).
    struct TypesetWorker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "typeset-worker",
            abstract: "Typesets documents sent on standard input (a build starts it; not for use by hand).",
            shouldDisplay: false
        )

        func run() throws {
            try PDFTypesetter.serveJobs()
        }
    }
}

extension TypesetWorkers {
    /// A build's PDFs use every core it may: one typesets here, the others in workers.
    static func enable(jobs: Int?) {
        // The running executable's own path, read from the kernel: Bundle.main would find it
        // by listing the executable's folder (about a millisecond at every build's start).
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return }
        enable(executable: executable, count: (jobs ?? ProcessInfo.processInfo.activeProcessorCount) - 1)
    }
}
