import ArgumentParser
import Build
import Core
import Dispatch
import Foundation
import PreviewServer
import Rendering
import Typesetting
import Workspace

extension PersonaForge {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Build, serve the output on 127.0.0.1 with live reload, and rebuild on every change.",
            discussion: "Pages reload by themselves after a rebuild; a rebuild's errors show over the page and in the terminal. Ctrl-C stops.")

        @OptionGroup var options: WorkspaceOptions

        @Option(help: "The port (0 picks a free one).")
        var port: UInt16 = 8000

        @Option(help: "The address to listen on. Anything but 127.0.0.1 also needs --allow-remote.")
        var host: String = "127.0.0.1"

        @Flag(help: "Allow --host to be an address other machines can reach: they can then read your site.")
        var allowRemote = false

        @Option(name: .customShort("j"), help: "How many outputs to render at once (default: one per core).")
        var jobs: Int?

        @Option(help: "The output folder, overriding the settings' 'output'.")
        var out: String?

        func validate() throws {
            let loopback = ["127.0.0.1", "localhost"]
            if !loopback.contains(host), !allowRemote {
                throw ValidationError("serve listens on 127.0.0.1 only; to listen on \(host), pass --allow-remote as well (anyone who can reach this machine could read your site).")
            }
            if let jobs, jobs < 1 { throw ValidationError("-j needs a number of at least 1.") }
        }

        func run() async throws {
            ProcessMemory.returnLargeBlocksPromptly()
            let console = options.console
            var build = BuildOptions(root: options.root, toolFingerprint: ToolFingerprint.current)
            build.output = out
            build.jobs = jobs
            TypesetWorkers.enable(jobs: jobs)
            let server = PreviewServer(.init(build: build, host: host == "localhost" ? "127.0.0.1" : host, port: port))
            // Ctrl-C (and a polite kill) stop the server cleanly: the command returns and exits 0.
            let signals = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { server.stop() }
                source.resume()
                return source
            }
            defer { signals.forEach { $0.cancel() } }
            let root = options.root
            do {
                try await server.run(observe: { event in ServeLog.print(event, console: console, root: root) }) { address in
                    console.out("Serving \(address) (Ctrl-C to stop)")
                    fflush(nil)
                }
            } catch let error as WorkspaceLoader.NotAWorkspace {
                console.error("error: \(error)")
                throw ExitCode(1)
            } catch let error as ServeError {
                console.error("error: \(error)")
                throw ExitCode(1)
            }
            console.error("Stopped.")
        }
    }
}

/// What `serve` prints after each build: the build summary, and the errors in full.
enum ServeLog {
    static func print(_ event: PreviewServer.Event, console: Console, root: String) {
        switch event {
        case .built(let report, let elapsed, let first):
            console.report(report.diagnostics)
            if first || !report.upToDate {
                BuildSummary(report: report, dryRun: false, explain: false, elapsed: elapsed, root: root).print(to: console)
            }
        case .failed(let message):
            console.error("error: the rebuild failed: \(message)")
        }
    }
}
