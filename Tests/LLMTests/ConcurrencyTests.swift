import Foundation
@testable import LLM
import Testing
import TestSupport

/// One session shared by many threads stays within `max_concurrency` and `requests_per_minute`.
@Suite struct ConcurrencyTests {
    /// `count` different requests (so none is a cache hit), from one thread each, all at once.
    func fire(_ count: Int, through session: LLMSession, tag: String = "") throws -> [Result<ModelAnswer, LLMError>] {
        let model = try #require(session.model)
        let results = Locked([Result<ModelAnswer, LLMError>?](repeating: nil, count: count))
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            Thread {
                defer { group.leave() }
                let request = ChatRequest(task: "probe", subject: "request \(tag)\(index)", promptVersion: "test-1",
                                          messages: [.init(.user, "Request number \(tag)\(index).")], schemaName: "findings", schema: Findings.schema)
                let result = Result { () throws(LLMError) in try model.complete(request) }
                results.withLock { $0[index] = result }
            }.start()
        }
        group.wait()
        return results.current.map { $0! }
    }

    @Test func neverMoreRequestsInFlightThanMaxConcurrency() async throws {
        let server = try TestServer(delay: 0.3)
        let harness = try LLMHarness(server: server, llm: ["max_concurrency: 3"])
        let workspace = try await harness.load()
        let results = try fire(10, through: try harness.session(workspace))
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        let stats = try server.stats()
        #expect(stats.requests == 10)
        // The server counts requests open at once: never above the bound, and the bound is used.
        #expect(stats.maxInFlight <= 3)
        #expect(stats.maxInFlight >= 2)
    }

    @Test func requestsPerMinuteSpacesTheStarts() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server, llm: ["max_concurrency: 4", "requests_per_minute: 120"])
        let workspace = try await harness.load()
        _ = try fire(3, through: try harness.session(workspace))
        let times = try server.stats().times.sorted()
        #expect(times.count == 3)
        // 120 a minute: one every half second, so about a second from the first start to the third
        // (unthrottled, all three would arrive within milliseconds). The server sees the first
        // one late by whatever the first request costs the client (loading libcurl, connecting)
        // on a busy machine, hence the margin.
        #expect(times[2] - times[0] >= 0.8)
    }

    @Test func aRetryAfterPausesEveryThreadNotOnlyTheOneThatGotIt() async throws {
        let server = try TestServer()
        try server.script([["status": 429, "headers": ["Retry-After": "2"]]])
        let harness = try LLMHarness(server: server, llm: ["max_concurrency: 4"])
        let workspace = try await harness.load()
        let session = try harness.session(workspace)
        let first = Thread { _ = try? self.fire(1, through: session, tag: "a") }
        first.start()
        // Once the 429 has come back, a request from another thread waits for the pause too.
        try await waitFor(server, requests: 1)
        let second = try fire(1, through: session, tag: "b")
        #expect((try? second[0].get()) != nil)
        try await waitFor(server, requests: 3)
        let times = try server.stats().times.sorted()
        #expect(times.count == 3)
        #expect(times[1] - times[0] >= 1.9)
        #expect(times[2] - times[0] >= 1.9)
    }

    /// Waits until the server has counted `requests`, for at most 30 seconds.
    func waitFor(_ server: TestServer, requests: Int) async throws {
        let deadline = Date().addingTimeInterval(30)
        while try server.stats().requests < requests, Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
    }
}
