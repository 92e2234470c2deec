@testable import Build
import Core
import Foundation
import Testing
import TestSupport

/// `build --offline` with a model configured: no request is tried, a missing answer is named.
@Suite struct OfflineBuildTests {
    @Test func anOfflineBuildNamesEachMissingAnswerAndBuildsTheRest() async throws {
        let harness = try BuildHarness(Fixtures.workspace.replacingOccurrences(of: "private: [basics.phone]", with: """
        private: [basics.phone]
        llm:
          provider: openai-compatible
          base_url: http://127.0.0.1:9/v1
          model: test-model
          timeout_seconds: 1
        """))
        var options = BuildOptions(root: harness.workspace.root, toolFingerprint: harness.tool)
        options.offline = true
        let report = try await Builder.run(options)
        // Nothing listens on port 9: an attempt to reach it would fail as a connection error instead.
        let misses = report.diagnostics.filter { $0.message.contains("--offline: no cached answer") }
        #expect(!misses.isEmpty, "\(report.diagnostics)")
        #expect(!report.diagnostics.contains { $0.message.lowercased().contains("connect") })
        #expect(report.failed.contains("reports/gap/backend.json"))
        #expect(harness.output("personas/backend.html") != nil)
        #expect(harness.output("reports/knowledge.json") != nil)
    }
}
