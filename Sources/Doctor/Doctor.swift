import Core
import Foundation
import Workspace

/// `personaforge doctor`: the health of the set-up, like a readiness probe. Each check is a named
/// step in one visible list; a check that cannot run says so as its own result.
public enum Doctor {
    public struct Options: Sendable {
        /// The workspace folder (absolute); nil outside a workspace (the machine's checks still run).
        public var root: String?
        /// `--out`: the output folder instead of the settings' one.
        public var output: String?
        public var environment: [String: String]
        /// Seconds to wait for the model server.
        public var timeout: Double

        public init(root: String?, output: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment, timeout: Double = 5) {
            self.root = root
            self.output = output
            self.environment = environment
            self.timeout = timeout
        }
    }

    /// What a check reads: the options, and the workspace when there is one.
    struct Context: Sendable {
        var options: Options
        var workspace: Workspace?
    }

    static let steps: [(name: String, run: @Sendable (Context) async -> [DoctorCheck])] = [
        ("libraries", LibraryChecks.run),
        ("fonts", FontChecks.run),
        ("workspace", WorkspaceHealth.run),
        ("output", OutputFolderCheck.run),
        ("llm", ModelEndpointCheck.run),
        ("cache", CacheCheck.run),
    ]

    public static func run(_ options: Options) async -> DoctorReport {
        var workspace: Workspace?
        if let root = options.root { workspace = try? await WorkspaceLoader.load(root: root) }
        let context = Context(options: options, workspace: workspace)
        var checks: [DoctorCheck] = []
        for step in steps { checks += await step.run(context) }
        return DoctorReport(checks: checks)
    }
}
