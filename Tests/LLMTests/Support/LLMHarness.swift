import Analysis
import Foundation
@testable import LLM
import TestSupport
import Workspace
import YAMLSupport

/// A workspace whose settings point at a test server, and the values the tests ask about.
struct LLMHarness {
    static let key = "sk-test-7d1e9c0ffee51de"
    static let keyVariable = "PF_TEST_LLM_KEY"
    /// Short waits, so retry tests take a second, not a minute.
    static let fastRetry = RetryPolicy(attempts: 4, baseDelay: 0.2, maxDelay: 2, longestWait: 10)

    let workspace: TemporaryWorkspace
    let server: TestServer?

    /// `llm` lines (`max_concurrency: 3`) are added to the settings' llm block, replacing a default of the same key.
    init(server: TestServer?, llm: [String] = [], files: String = Fixtures.workspace) throws {
        self.server = server
        var settings = "-- personaforge.yaml --\nversion: 1\nname: Test workspace\nprivate: [basics.phone]\n"
        if let server {
            var lines = ["provider: openai-compatible", "base_url: \(server.baseURL)", "model: test-model",
                         "api_key_env: \(Self.keyVariable)", "timeout_seconds: 5",
                         "prices: {test-model: {input_per_million: 1.5, output_per_million: 6}}"]
            for line in llm {
                let key = line.prefix { $0 != ":" }
                lines.removeAll { $0.hasPrefix(key + ":") }
                lines.append(line)
            }
            settings += "llm:\n" + lines.map { "  \($0)\n" }.joined()
        }
        let rest = files.replacingOccurrences(of: Fixtures.settings, with: "")
        workspace = try TemporaryWorkspace(settings + "\n" + rest)
    }

    func load() async throws -> Workspace { try await WorkspaceLoader.load(root: workspace.root) }

    func session(_ loaded: Workspace, offline: Bool = false, environment: [String: String] = [keyVariable: key],
                 retry: RetryPolicy = fastRetry, command: String = "test") throws -> LLMSession {
        try LLMSession(settings: loaded.settings, root: loaded.root, command: command, offline: offline, environment: environment, retry: retry)
    }

    static func context(_ workspace: Workspace) -> AnalysisContext {
        AnalysisContext(workspace: workspace, today: JSONResumeDate("2025-06")!)
    }

    /// The gap report of `persona`, deepened through `session`.
    func deepenedGap(_ session: LLMSession, _ workspace: Workspace, persona: String = "personas/backend.md") throws -> GapReport {
        let context = Self.context(workspace)
        let resolved = try require(workspace.resolved[persona], "no persona \(persona)")
        return try session.deepen(.gap(context.gap(for: resolved), persona: resolved, context: context, session: session))
    }

    /// Every file under the workspace (`.personaforge/` included), by relative path.
    func allFiles() -> [String: [UInt8]] { workspace.tree("") }
}

/// `#require` without Testing's macro in a helper that is not a test.
func require<T>(_ value: T?, _ message: String = "missing value") throws -> T {
    guard let value else { throw CocoaError(.coderValueNotFound, userInfo: [NSLocalizedDescriptionKey: message]) }
    return value
}
