import Foundation
@testable import LLM
import TestSupport

/// `scripts/openai-test-server.py` on 127.0.0.1 at a free port, for one test: a real HTTP
/// server speaking Chat Completions that counts what it receives and can be scripted to fail.
final class TestServer: @unchecked Sendable {
    struct Stats {
        var requests: Int
        var maxInFlight: Int
        /// Each completion request as received: `time`, `path`, `headers` (lowercased), `body`.
        var log: [[String: Any]]

        var bodies: [[String: Any]] { log.compactMap { $0["body"] as? [String: Any] } }
        var times: [Double] { log.compactMap { $0["time"] as? Double } }
        /// Every message text of every request, joined.
        var promptText: String {
            bodies.flatMap { ($0["messages"] as? [[String: Any]]) ?? [] }.compactMap { $0["content"] as? String }.joined(separator: "\n")
        }
    }

    private let server: ModelServerProcess
    /// `http://127.0.0.1:PORT/v1`
    var baseURL: String { server.baseURL }
    private let transport = HTTPTransport()

    init(delay: Double = 0) throws {
        server = try ModelServerProcess(arguments: ["--delay", String(delay)])
    }

    var origin: String { String(baseURL.dropLast("/v1".count)) }

    /// Steps used one per completion request, in order (see the script's documentation).
    func script(_ steps: [[String: Any]]) throws { try post("/_script", steps) }

    func configure(_ settings: [String: Any]) throws { try post("/_config", settings) }

    func stats() throws -> Stats {
        let response = try transport.send(method: "GET", url: URL(string: origin + "/_stats")!, headers: [:], body: nil, timeout: 10).get()
        let json = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] ?? [:]
        return Stats(requests: json["requests"] as? Int ?? -1, maxInFlight: json["max_in_flight"] as? Int ?? -1,
                     log: json["log"] as? [[String: Any]] ?? [])
    }

    private func post(_ path: String, _ value: Any) throws {
        let body = try JSONSerialization.data(withJSONObject: value)
        let response = try transport.send(url: URL(string: origin + path)!, headers: ["Content-Type": "application/json"],
                                          body: [UInt8](body), timeout: 10).get()
        guard response.status == 200 else { throw CocoaError(.fileWriteUnknown) }
    }
}

extension HTTPTransport.Failure: LocalizedError {}
