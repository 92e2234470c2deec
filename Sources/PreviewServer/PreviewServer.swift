import Build
import Core
import Foundation
import Synchronization

/// `personaforge serve`: builds the workspace, serves the output on a local address, watches the
/// workspace and rebuilds what changed, telling open pages to reload (or showing the rebuild's
/// errors over them).
public final class PreviewServer: Sendable {
    public struct Configuration: Sendable {
        public var build: BuildOptions
        /// An IPv4 address; the command allows only loopback unless asked.
        public var host: String
        /// 0 picks a free port.
        public var port: UInt16

        public init(build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000) {
            self.build = build
            self.host = host
            self.port = port
        }
    }

    /// What the terminal hears about: each build (with how long it took; `first` for the initial
    /// one), and rebuilds that failed for the environment's reasons (a full disk).
    public enum Event: Sendable {
        case built(BuildReport, elapsed: Duration, first: Bool)
        case failed(String)
    }

    public typealias Observer = @Sendable (Event) -> Void

    let configuration: Configuration
    let state = SiteState()
    let changes: AsyncStream<Void>
    let continuation: AsyncStream<Void>.Continuation
    private let parts = Mutex<(server: HTTPServer?, watcher: WorkspaceWatcher?)>((nil, nil))

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        // Changes that arrive during a build collapse into one more build.
        (changes, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Builds, starts serving (calling `ready` with the address), then rebuilds on every change
    /// until `stop()`. Throws for what stops it from starting: not a workspace, the port taken.
    public func run(observe: @escaping Observer, ready: (String) -> Void) async throws {
        let first = try await build(observe: observe, first: true)
        let listener: Socket
        do {
            listener = try Socket.listen(host: configuration.host, port: configuration.port)
        } catch {
            throw ServeError.cannotListen(host: configuration.host, port: configuration.port, reason: error)
        }
        let server = HTTPServer(listener: listener, files: StaticFiles(root: first.outputFolder), state: state)
        let watcher = WorkspaceWatcher(root: configuration.build.root)
        let continuation = self.continuation
        try watcher.start { _ in continuation.yield(()) }
        server.start()
        parts.withLock { $0 = (server, watcher) }
        ready("http://\(configuration.host):\(listener.port)/")
        for await _ in changes {
            // An editor's save is often several events; let them land before building.
            try? await Task.sleep(for: .milliseconds(50))
            do {
                _ = try await build(observe: observe, first: false)
            } catch {
                observe(.failed("\(error)"))
                state.update(changed: false, errors: "\(error)")
            }
        }
    }

    /// Stops watching and serving; `run` returns soon after. Safe to call from a signal handler's queue.
    public func stop() {
        let (server, watcher) = parts.withLock { $0 }
        watcher?.stop()
        server?.stop()
        state.stop()
        continuation.finish()
    }

    func build(observe: Observer, first: Bool) async throws -> BuildReport {
        let start = ContinuousClock.now
        let report = try await Builder.run(configuration.build)
        observe(.built(report, elapsed: ContinuousClock.now - start, first: first))
        let changed = !report.upToDate && (report.rendered.count > report.unchanged.count || !report.removed.isEmpty)
        state.update(changed: changed, errors: report.succeeded ? nil : errorText(report))
        return report
    }

    /// The rebuild's problems as the terminal shows them, without colour, for the page.
    func errorText(_ report: BuildReport) -> String {
        let root = configuration.build.root
        let formatter = DiagnosticFormatter(colored: false) { path in
            FileSystem.read(FileSystem.join(root, path)).flatMap { String(validating: $0, as: UTF8.self) }
        }
        var text = formatter.format(report.diagnostics.filter { $0.severity == .error })
        if !report.failed.isEmpty { text += "\n\nNot rebuilt (their last good version is shown): " + report.failed.joined(separator: ", ") }
        return text
    }
}

/// Why the server could not start.
public enum ServeError: Error, CustomStringConvertible {
    case cannotListen(host: String, port: UInt16, reason: SocketError)

    public var description: String {
        switch self {
        case .cannotListen(let host, let port, let reason):
            reason.addressInUse
                ? "Port \(port) on \(host) is in use by another program; choose another with --port (0 picks a free one)."
                : "Cannot listen on \(host):\(port): \(reason)."
        }
    }
}
