import Foundation
@testable import LLM
import Testing
import TestSupport

/// Answers are cached by a hash of everything that shaped them; bad answers never are.
@Suite struct CacheTests {
    @Test func aSecondRunWithNothingChangedSendsNoRequest() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let first = try harness.deepenedGap(try harness.session(workspace), workspace)
        #expect(try server.stats().requests == 1)

        // A new session, as a second build or command would make: same answer, no request.
        let again = try harness.deepenedGap(try harness.session(workspace), workspace)
        #expect(try server.stats().requests == 1)
        #expect(again == first)

        // The cached answer is one file keyed by the request's hash.
        let cached = harness.allFiles().keys.filter { $0.hasPrefix(".personaforge/llm/cache/") }
        #expect(cached.count == 1)
        let key = try #require(cached.first.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
        let session = try harness.session(workspace)
        let context = LLMHarness.context(workspace)
        let resolved = try #require(workspace.resolved["personas/backend.md"])
        #expect(session.answerKey(.gap(context.gap(for: resolved), persona: resolved, context: context, session: session)) == key)
    }

    @Test func anythingThatShapesTheAnswerChangesTheKey() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let request = DeepenPrompt.request(.gap(try #require(workspace.resolved["personas/backend.md"]),
                                               report: LLMHarness.context(workspace).gap(for: workspace.resolved["personas/backend.md"]!),
                                               context: LLMHarness.context(workspace), redacting: true))
        let base = LLMConfiguration(settings: workspace.settings)
        var other = base
        other.model = "another-model"
        var warmer = base
        warmer.temperature = 0.7
        var keyless = base
        keyless.apiKeyEnvironmentVariable = "SOMETHING_ELSE"
        #expect(request.key(for: base) != request.key(for: other))
        #expect(request.key(for: base) != request.key(for: warmer))
        // The key's variable is not part of what shapes an answer.
        #expect(request.key(for: base) == request.key(for: keyless))
        var reworded = request
        reworded.promptVersion = "deepen-2"
        #expect(reworded.key(for: base) != request.key(for: base))
    }

    @Test func offlineAnswersFromTheCacheAloneAndNamesAMiss() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        // No key is needed offline.
        let offline = try harness.session(workspace, offline: true, environment: [:])
        let miss = #expect(throws: LLMError.self) { try harness.deepenedGap(offline, workspace) }
        #expect(miss?.kind == .offlineMiss)
        #expect(miss?.message.contains("the gap of personas/backend.md") == true)
        #expect(try server.stats().requests == 0)

        let online = try harness.deepenedGap(try harness.session(workspace), workspace)
        #expect(try harness.deepenedGap(offline, workspace) == online)
        #expect(try server.stats().requests == 1)
    }

    @Test func garbageIsRetriedOnceThenAClearErrorAndNeverCached() async throws {
        let server = try TestServer()
        try server.script([["content": "Sure! Here are some thoughts about the CV."], ["content": "{\"issues\": ["]])
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let session = try harness.session(workspace)
        let error = #expect(throws: LLMError.self) { try harness.deepenedGap(session, workspace) }
        #expect(error?.kind == .invalidAnswer)
        #expect(error?.message.contains("twice with something unusable") == true)
        #expect(error?.message.contains("not JSON") == true)
        #expect(try server.stats().requests == 2)
        #expect(!harness.allFiles().keys.contains { $0.hasPrefix(".personaforge/llm/cache/") })
        // The next run asks again (nothing was cached), and a good answer is used.
        #expect(try harness.deepenedGap(session, workspace).issues.contains { $0.source == "llm" })
        #expect(try server.stats().requests == 3)
    }

    @Test func aSchemaViolationIsRepairedByOneRetryThatSaysWhatWasWrong() async throws {
        let server = try TestServer()
        try server.script([["json": ["issues": "none", "questions": []]]])
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let report = try harness.deepenedGap(try harness.session(workspace), workspace)
        #expect(report.issues.contains { $0.source == "llm" })
        let bodies = try server.stats().bodies
        #expect(bodies.count == 2)
        let repair = try #require(bodies.last?["messages"] as? [[String: String]])
        #expect(repair.map { $0["role"] } == ["system", "user", "assistant", "user"])
        // The model's own answer goes back as it was (the script's key order is the dictionary's).
        #expect(repair[2]["content"]?.contains("\"issues\": \"none\"") == true && repair[2]["content"]?.contains("\"questions\": []") == true)
        #expect(repair[3]["content"]?.contains("issues should be a list, not text.") == true)
    }

    @Test func anAnswerCutOffAtTheTokenLimitIsNeverUsedOrCached() async throws {
        let server = try TestServer()
        let valid: [String: Any] = ["issues": [], "questions": []]
        try server.script([["json": valid, "finish_reason": "length"], ["json": valid, "finish_reason": "length"]])
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let error = #expect(throws: LLMError.self) { try harness.deepenedGap(try harness.session(workspace), workspace) }
        #expect(error?.kind == .invalidAnswer)
        #expect(error?.message.contains("The answer was cut off at the token limit") == true)
        #expect(try server.stats().requests == 2)
        #expect(!harness.allFiles().keys.contains { $0.hasPrefix(".personaforge/llm/cache/") })
    }

    @Test func aDamagedCacheFileIsAMissAndIsReplaced() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        _ = try harness.deepenedGap(try harness.session(workspace), workspace)
        let file = try #require(harness.allFiles().keys.first { $0.hasPrefix(".personaforge/llm/cache/") })
        try harness.workspace.write(file, "{\"key\": \"trunc")
        _ = try harness.deepenedGap(try harness.session(workspace), workspace)
        #expect(try server.stats().requests == 2)
        #expect(harness.workspace.read(file)?.hasPrefix("{\"answer\":") == true)
    }
}
