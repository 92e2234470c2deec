import Foundation
@testable import LLM
import Testing
import TestSupport

/// 429s and 5xx are retried with backoff (or exactly as `Retry-After` asks); the rest fails clearly.
@Suite struct RetryTests {
    @Test func a429WaitsAsLongAsRetryAfterSaysThenSucceeds() async throws {
        let server = try TestServer()
        try server.script([["status": 429, "headers": ["Retry-After": "1"], "body": ["error": ["message": "Rate limit reached"]]]])
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let report = try harness.deepenedGap(try harness.session(workspace), workspace)
        #expect(report.issues.contains { $0.source == "llm" })
        let times = try server.stats().times
        #expect(times.count == 2)
        #expect(times[1] - times[0] >= 0.95)
    }

    @Test func repeated500sBackOffLongerEachTimeThenFailClearly() async throws {
        let server = try TestServer()
        try server.script(Array(repeating: ["status": 500, "body": ["error": ["message": "model overloaded"]]], count: 6))
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let error = #expect(throws: LLMError.self) { try harness.deepenedGap(try harness.session(workspace), workspace) }
        #expect(error?.kind == .server)
        #expect(error?.message == "\(server.baseURL) answered HTTP 500 (model overloaded) to all 4 tries; try again later.")
        let times = try server.stats().times
        #expect(times.count == 4)
        let gaps = zip(times.dropFirst(), times).map { $0 - $1 }
        // Waits of 0.1-0.2 s, 0.2-0.4 s and 0.4-0.8 s (base 0.2 s, doubling, half of each random).
        #expect(gaps[0] >= 0.09)
        #expect(gaps[2] > gaps[0])
        #expect(gaps[2] >= 0.39)
        // Nothing was cached, and the failure is in the ledger.
        #expect(!harness.allFiles().keys.contains { $0.hasPrefix(".personaforge/llm/cache/") })
        #expect(Ledger.read(LLMSession.ledgerPath(root: workspace.root)).entries.map(\.outcome) == ["server"])
    }

    @Test func aSingle503IsRetried() async throws {
        let server = try TestServer()
        try server.script([["status": 503, "body": "<html>Service Unavailable</html>"]])
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        #expect(try harness.deepenedGap(try harness.session(workspace), workspace).issues.contains { $0.source == "llm" })
        #expect(try server.stats().requests == 2)
    }

    @Test func aHungServerHitsTheTimeout() async throws {
        let server = try TestServer()
        try server.script([["hang": true]])
        let harness = try LLMHarness(server: server, llm: ["timeout_seconds: 1"])
        let workspace = try await harness.load()
        let start = Date()
        let error = #expect(throws: LLMError.self) { try harness.deepenedGap(try harness.session(workspace), workspace) }
        let elapsed = Date().timeIntervalSince(start)
        #expect(error?.kind == .timeout)
        #expect(error?.message == "test-model at \(server.baseURL) did not answer within 1 second (llm.timeout_seconds); nothing was cached.")
        #expect(elapsed >= 0.9)
        #expect(elapsed < 15)
        #expect(try server.stats().requests == 1)
    }

    @Test func anUnreachableServerIsAClearErrorAfterRetries() async throws {
        let harness = try LLMHarness(server: nil)
        var configuration = LLMConfiguration(provider: .openAICompatible, baseURL: "http://127.0.0.1:9", model: "m")
        configuration.timeoutSeconds = 5
        let session = try LLMSession(configuration: configuration, root: harness.workspace.root, command: "test", retry: LLMHarness.fastRetry)
        let workspace = try await harness.load()
        let error = #expect(throws: LLMError.self) { try harness.deepenedGap(session, workspace) }
        #expect(error?.kind == .unreachable)
        #expect(error?.message == "Could not reach http://127.0.0.1:9: the connection was refused (4 tries). Check llm.base_url and that the server is running, or use --offline to work from the cache.")
    }

    @Test func refusedKeysAndMissingModelsSayWhatToCheck() async throws {
        let server = try TestServer()
        try server.script([["status": 401, "body": ["error": ["message": "Incorrect API key provided: \(LLMHarness.key)."]]],
                           ["status": 404, "body": ["error": ["message": "model 'test-model' not found"]]]])
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let refused = #expect(throws: LLMError.self) { try harness.deepenedGap(try harness.session(workspace), workspace) }
        // The key never appears in a message, even when the server quotes it.
        #expect(refused?.message == "\(server.baseURL) refused the request (HTTP 401): Incorrect API key provided: ***. Check the key in \(LLMHarness.keyVariable).")
        let missing = #expect(throws: LLMError.self) { try harness.deepenedGap(try harness.session(workspace), workspace) }
        #expect(missing?.message.contains("has no model 'test-model' or no chat completions endpoint (HTTP 404)") == true)
        #expect(try server.stats().requests == 2)
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 1_750_000_000)
        #expect(RetryPolicy.retryAfter("7", now: now) == 7)
        #expect(RetryPolicy.retryAfter("Sun, 15 Jun 2025 15:07:00 GMT", now: now) == 20)
        #expect(RetryPolicy.retryAfter("soon", now: now) == nil)
        #expect(RetryPolicy.retryAfter(nil, now: now) == nil)
        let policy = RetryPolicy(baseDelay: 1, maxDelay: 4)
        for failures in 1...5 {
            let ceiling = min(4, pow(2, Double(failures - 1)))
            #expect((ceiling / 2..<ceiling).contains(policy.backoff(afterFailure: failures)))
        }
    }
}
