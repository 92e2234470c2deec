import Foundation
@testable import LLM
import Testing
import TestSupport

/// `personaforge build` deepens its gap, match and team reports through the session, once.
@Suite struct BuildReportLLMTests {
    @Test func theBuildDeepensReportsOnceAndARebuildSendsNoRequest() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let runner = try CommandRunner()
        let environment = [LLMHarness.keyVariable: LLMHarness.key, "SOURCE_DATE_EPOCH": "1750000000"]
        let first = try runner.run(["build"], in: harness.workspace.root, environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        // One gap report per persona (two), one match (backend against acme), one team.
        #expect(try server.stats().requests == 4)
        let gap = try #require(harness.workspace.read("_build/reports/gap/backend.json"))
        #expect(gap.contains("\"source\" : \"llm\""))
        #expect(try #require(harness.workspace.read("_build/reports/team/platform.json")).contains("\"source\" : \"llm\""))

        let again = try runner.run(["build", "--clean"], in: harness.workspace.root, environment: environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try server.stats().requests == 4)
        #expect(harness.workspace.read("_build/reports/gap/backend.json") == gap)

        // Another model is another question: the reports it shapes are redone, nothing else.
        let settings = try #require(harness.workspace.read("personaforge.yaml"))
        try harness.workspace.write("personaforge.yaml", settings.replacingOccurrences(of: "model: test-model", with: "model: other-model"))
        harness.workspace.touchForward("personaforge.yaml")
        #expect(try runner.run(["build"], in: harness.workspace.root, environment: environment).status == 0)
        #expect(try server.stats().requests == 8)
    }

    @Test func anOfflineBuildUsesTheCacheAloneAndNamesEveryMiss() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let runner = try CommandRunner()
        let clock = ["SOURCE_DATE_EPOCH": "1750000000"]
        // No key and no cache: every deepened report is a miss, named; everything else is built.
        let cold = try runner.run(["build", "--offline"], in: harness.workspace.root, environment: clock)
        #expect(cold.status == 1)
        #expect(cold.stderr.contains("personas/backend.md:1:1: error: --offline: no cached answer from test-model for the gap of personas/backend.md"))
        #expect(cold.stderr.contains("error: --offline: no cached answer from test-model for the team of teams/platform.yaml"))
        #expect(cold.stderr.contains("Build once with the network (without --offline) to fill the cache."))
        #expect(!harness.workspace.exists("_build/reports/gap/backend.json"))
        #expect(harness.workspace.exists("_build/personas/backend.html"))
        #expect(try server.stats().requests == 0)

        var online = clock
        online[LLMHarness.keyVariable] = LLMHarness.key
        #expect(try runner.run(["build"], in: harness.workspace.root, environment: online).status == 0)
        let deepened = try #require(harness.workspace.read("_build/reports/gap/backend.json"))
        #expect(try server.stats().requests == 4)
        let warm = try runner.run(["build", "--offline", "--clean"], in: harness.workspace.root, environment: clock)
        #expect(warm.status == 0, "\(warm.stderr)")
        #expect(harness.workspace.read("_build/reports/gap/backend.json") == deepened)
        #expect(try server.stats().requests == 4)
    }

    @Test func aModelThatCannotAnswerFailsOnlyItsReports() async throws {
        let server = try TestServer()
        try server.script(Array(repeating: ["status": 500, "body": ["error": ["message": "down"]]], count: 40))
        let harness = try LLMHarness(server: server, llm: ["max_concurrency: 1"])
        let result = try CommandRunner().run(["build"], in: harness.workspace.root,
                                             environment: [LLMHarness.keyVariable: LLMHarness.key, "SOURCE_DATE_EPOCH": "1750000000"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("personas/backend.md:1:1: error: \(server.baseURL) answered HTTP 500 (down) to all 4 tries; try again later."))
        // The reports failed; every other output was made, and no report file is half written.
        #expect(!harness.workspace.exists("_build/reports/gap/backend.json"))
        #expect(harness.workspace.exists("_build/personas/backend.html"))
        #expect(harness.workspace.exists("_build/reports/knowledge.json"))
    }
}
