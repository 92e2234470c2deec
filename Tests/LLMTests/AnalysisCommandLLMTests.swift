import Foundation
@testable import LLM
import Testing
import TestSupport

/// `gap`, `match` and `team` with a configured model: deepened, cached, offline, or not at all.
@Suite struct AnalysisCommandLLMTests {
    static let environment = [LLMHarness.keyVariable: LLMHarness.key]

    func llmIssues(_ stdout: String) throws -> [[String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return (report["issues"] as? [[String: Any]] ?? []).filter { $0["source"] as? String == "llm" }
    }

    @Test func gapIsDeepenedThenAnsweredOfflineFromTheCache() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let runner = try CommandRunner()
        let root = harness.workspace.root
        let miss = try runner.run(["gap", "backend", "--offline", "--today", "2025-06"], in: root)
        #expect(miss.status == 3)
        #expect(miss.stderr.hasPrefix("error: --offline: no cached answer from test-model for the gap of personas/backend.md (key "))
        #expect(miss.stdout.isEmpty)

        let online = try runner.run(["gap", "backend", "--json", "--today", "2025-06"], in: root, environment: Self.environment)
        #expect(online.status == 0, "\(online.stderr)")
        #expect(try llmIssues(online.stdout).count == 1)
        let offline = try runner.run(["gap", "backend", "--json", "--offline", "--today", "2025-06"], in: root)
        #expect(offline.stdout == online.stdout)
        let builtin = try runner.run(["gap", "backend", "--json", "--no-llm", "--today", "2025-06"], in: root)
        #expect(try llmIssues(builtin.stdout).isEmpty)
        #expect(try server.stats().requests == 1)
    }

    @Test func matchAndTeamAreDeepenedToo() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let runner = try CommandRunner()
        let match = try runner.run(["match", "backend", "acme", "--json", "--today", "2025-06"], in: harness.workspace.root, environment: Self.environment)
        #expect(match.status == 0, "\(match.stderr)")
        #expect(try llmIssues(match.stdout).count == 1)
        let team = try runner.run(["team", "platform", "--json", "--today", "2025-06"], in: harness.workspace.root, environment: Self.environment)
        #expect(team.status == 0, "\(team.stderr)")
        #expect(try llmIssues(team.stdout).count == 1)
        let tasks = try server.stats().promptText
        #expect(tasks.contains("Task: match\n") && tasks.contains("## Job posting (jobs/acme.md)"))
        #expect(tasks.contains("Task: team\n") && tasks.contains("## Team (teams/platform.yaml)"))
    }

    @Test func aModelAnsweringGarbageExits3WithAClearMessage() async throws {
        let server = try TestServer()
        try server.script([["content": "<html>oops</html>"], ["content": "still not json"]])
        let harness = try LLMHarness(server: server)
        let result = try CommandRunner().run(["gap", "backend", "--today", "2025-06"], in: harness.workspace.root, environment: Self.environment)
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: test-model answered the gap request for personas/backend.md twice with something unusable: The answer 'still not json' is not JSON"))
    }

    @Test func aMissingKeyOrModelIsAConfigurationError() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let runner = try CommandRunner()
        let noKey = try runner.run(["gap", "backend"], in: harness.workspace.root)
        #expect(noKey.status == 3)
        #expect(noKey.stderr == "error: llm.api_key_env names \(LLMHarness.keyVariable), which is not set in the environment; export it, or use --offline to work from the cache.\n")
        #expect(try server.stats().requests == 0)
        let settings = try #require(harness.workspace.read("personaforge.yaml"))
        try harness.workspace.write("personaforge.yaml", settings.replacingOccurrences(of: "  model: test-model\n", with: ""))
        let noModel = try runner.run(["gap", "backend"], in: harness.workspace.root, environment: Self.environment)
        #expect(noModel.status == 3)
        #expect(noModel.stderr.contains("llm.model is not set"))
    }
}
