import Core
import Foundation

/// `.personaforge/llm/ledger.jsonl`: one line per model call — when, which model, tokens,
/// whether the cache answered, how long it took, what it cost — for `personaforge usage`.
///
/// Lines are appended with one `write` each to a file opened with `O_APPEND`, so builds running
/// calls on many threads (or two processes) never interleave inside a line.
public final class Ledger: Sendable {
    public struct Entry: Sendable, Hashable, Codable {
        /// UTC, ISO 8601: `2025-06-01T09:30:00Z`.
        public var time: String
        /// The command that made the call: `build`, `gap`, `generate`, ...
        public var command: String
        /// What was asked: `gap`, `match`, `team`, `draft-personas`.
        public var task: String
        public var model: String
        public var cached: Bool
        public var tokensIn: Int
        public var tokensOut: Int
        public var latencyMs: Int
        /// Dollars, from the settings' prices at the time; nil when the model has no price.
        public var cost: Double?
        /// `ok`, or the kind of failure (`timeout`, `server`, ...).
        public var outcome: String
        /// The first 16 hex digits of the cache key.
        public var key: String

        public var day: String { String(time.prefix(10)) }

        enum CodingKeys: String, CodingKey {
            case time, command, task, model, cached, outcome, key, cost
            case tokensIn = "tokens_in", tokensOut = "tokens_out", latencyMs = "latency_ms"
        }

        var json: JSONValue {
            var fields: [String: JSONValue] = [
                "time": .string(time), "command": .string(command), "task": .string(task), "model": .string(model),
                "cached": .bool(cached), "tokens_in": .number(Double(tokensIn)), "tokens_out": .number(Double(tokensOut)),
                "latency_ms": .number(Double(latencyMs)), "outcome": .string(outcome), "key": .string(key),
            ]
            if let cost { fields["cost"] = .number(cost) }
            return .object(fields)
        }
    }

    public let path: String
    let command: String
    let configuration: LLMConfiguration
    private let lock = NSLock()

    public init(path: String, command: String, configuration: LLMConfiguration) {
        self.path = path
        self.command = command
        self.configuration = configuration
    }

    func record(task: String, model: String, key: String, cached: Bool, tokensIn: Int, tokensOut: Int, seconds: Double, outcome: String) {
        let entry = Entry(time: Self.timestamp(Date()), command: command, task: task, model: model, cached: cached,
                          tokensIn: tokensIn, tokensOut: tokensOut, latencyMs: Int((seconds * 1000).rounded()),
                          cost: cached ? 0 : configuration.cost(model: model, tokensIn: tokensIn, tokensOut: tokensOut),
                          outcome: outcome, key: String(key.prefix(16)))
        append(entry)
    }

    func append(_ entry: Entry) {
        let line = Array((entry.json.serialized + "\n").utf8)
        lock.lock()
        defer { lock.unlock() }
        let directory = (path as NSString).deletingLastPathComponent
        var descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        }
        // A ledger that cannot be written must not fail the call it records.
        guard descriptor >= 0 else { return }
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    /// Every entry in the ledger, oldest first, and how many lines could not be read.
    public static func read(_ path: String) -> (entries: [Entry], unreadable: Int) {
        guard let bytes = FileSystem.read(path) else { return ([], 0) }
        var entries: [Entry] = []
        var unreadable = 0
        let decoder = JSONDecoder()
        for line in bytes.split(separator: 0x0A) where !line.isEmpty {
            if let entry = try? decoder.decode(Entry.self, from: Data(line)) { entries.append(entry) } else { unreadable += 1 }
        }
        return (entries, unreadable)
    }

    /// `2025-06-01T09:30:00Z`: a formatter per line would cost more than the line.
    static func timestamp(_ date: Date) -> String { CivilTime.iso8601(Int64(date.timeIntervalSince1970.rounded(.down))) }
}
