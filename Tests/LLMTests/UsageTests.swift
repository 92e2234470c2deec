import Foundation
@testable import LLM
import Testing
import TestSupport

/// The ledger records every call; `personaforge usage` adds it up by model, day and command.
@Suite struct UsageTests {
    static func line(_ time: String, _ command: String, _ model: String, cached: Bool = false, tokensIn: Int = 1000,
                     tokensOut: Int = 100, outcome: String = "ok", cost: Double? = nil) -> String {
        var fields = "\"time\":\"\(time)\",\"command\":\"\(command)\",\"task\":\"gap\",\"model\":\"\(model)\",\"cached\":\(cached),"
            + "\"tokens_in\":\(tokensIn),\"tokens_out\":\(tokensOut),\"latency_ms\":250,\"outcome\":\"\(outcome)\",\"key\":\"0123456789abcdef\""
        if let cost { fields += ",\"cost\":\(cost)" }
        return "{\(fields)}\n"
    }

    @Test func usageSummarisesByModelDayAndCommand() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace.replacingOccurrences(
            of: "private: [basics.phone]", with: "private: [basics.phone]\nllm:\n  prices:\n    big: {input_per_million: 10, output_per_million: 30}"))
        try workspace.write(".personaforge/llm/ledger.jsonl", [
            Self.line("2025-06-01T09:00:00Z", "build", "big", cost: 0.5),
            Self.line("2025-06-01T09:00:01Z", "build", "big", cached: true),
            Self.line("2025-06-02T10:00:00Z", "gap", "big"),
            Self.line("2025-06-02T10:00:05Z", "gap", "small", tokensIn: 0, tokensOut: 0, outcome: "timeout"),
            Self.line("2025-06-02T10:00:09Z", "generate", "small", tokensIn: 2000, tokensOut: 500),
            "{\"time\": \"2025-06-0", // a line cut short by a crash
        ].joined())
        let runner = try CommandRunner()
        let json = try runner.run(["usage", "--json"], in: workspace.root)
        #expect(json.status == 0, "\(json.stderr)")
        let summary = try JSONDecoder().decode(UsageSummary.self, from: Data(json.stdout.utf8))
        #expect(summary.total.calls == 4)
        #expect(summary.total.cached == 1)
        #expect(summary.total.failed == 1)
        #expect(summary.total.tokensIn == 4000)
        #expect(summary.total.tokensOut == 700)
        // 0.5 recorded, plus 1,000 in and 100 out at today's price for `big`; `small` has none.
        #expect(abs(summary.total.cost - 0.513) < 1e-9)
        #expect(summary.total.unpriced == 1)
        #expect(summary.byModel.map(\.name) == ["big", "small"])
        #expect(summary.byDay.map { [$0.name, "\($0.calls)", "\($0.cached)"] } == [["2025-06-01", "1", "1"], ["2025-06-02", "3", "0"]])
        #expect(summary.byCommand.map(\.name) == ["build", "gap", "generate"])
        #expect(summary.unreadableLines == 1)

        let text = try runner.run(["usage"], in: workspace.root)
        #expect(text.stdout.hasPrefix("LLM usage: 4 calls to a model, 1 answered from the cache, 1 failed; 4,000 tokens in, 700 out; about $0.51.\n"))
        #expect(text.stdout.contains("1 call of small had no price; add llm.prices to personaforge.yaml to estimate them."))
        #expect(text.stdout.contains("by model  calls  cached  failed  tokens in  tokens out   cost\nbig           2       1       0      2,000         200  $0.51\n"))
        let since = try JSONDecoder().decode(UsageSummary.self, from: Data(try runner.run(["usage", "--json", "--since", "2025-06-02"], in: workspace.root).stdout.utf8))
        #expect(since.total.calls == 3)
        #expect(try runner.run(["usage", "--since", "June"], in: workspace.root).status == 64)
    }

    @Test func everyCallIsRecordedWithTokensCostAndCacheHits() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        _ = try harness.deepenedGap(try harness.session(workspace, command: "gap"), workspace)
        _ = try harness.deepenedGap(try harness.session(workspace, command: "build"), workspace)
        let (entries, unreadable) = Ledger.read(LLMSession.ledgerPath(root: workspace.root))
        #expect(unreadable == 0)
        #expect(entries.map(\.command) == ["gap", "build"])
        #expect(entries.map(\.cached) == [false, true])
        #expect(entries.allSatisfy { $0.model == "test-model" && $0.task == "gap" && $0.outcome == "ok" && $0.tokensIn > 100 })
        let first = entries[0]
        #expect(first.cost == (Double(first.tokensIn) * 1.5 + Double(first.tokensOut) * 6) / 1_000_000)
        #expect(entries[1].cost == 0)
        #expect(first.time.hasSuffix("Z") && first.time.count == 20)
    }

    @Test func noLedgerMeansNothingToReport() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let result = try CommandRunner().run(["usage"], in: workspace.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("No LLM calls recorded yet."))
    }
}

@Suite struct LedgerTimestampTests {
    @Test func timestampsAreUTCInISO8601() {
        #expect(Ledger.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(Ledger.timestamp(Date(timeIntervalSince1970: 1_750_000_000.9)) == "2025-06-15T15:06:40Z")
        #expect(Ledger.timestamp(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }
}
