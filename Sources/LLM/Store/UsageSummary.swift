/// What the ledger adds up to: calls, cache hits, failures, tokens and estimated cost, in total
/// and by model, by day and by command. The numbers behind `personaforge usage`.
public struct UsageSummary: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        public var name: String
        /// Requests that went to a server (failed ones included).
        public var calls: Int = 0
        /// Answers the cache gave, at no cost.
        public var cached: Int = 0
        public var failed: Int = 0
        public var tokensIn: Int = 0
        public var tokensOut: Int = 0
        /// Dollars; calls of models without a price count nothing here, and in `unpriced`.
        public var cost: Double = 0
        public var unpriced: Int = 0
        public var latencyMs: Int = 0

        init(name: String) { self.name = name }

        mutating func add(_ entry: Ledger.Entry, cost entryCost: Double?) {
            if entry.cached { cached += 1; return }
            calls += 1
            if entry.outcome != "ok" { failed += 1 }
            tokensIn += entry.tokensIn
            tokensOut += entry.tokensOut
            latencyMs += entry.latencyMs
            if let entryCost { cost += entryCost } else if entry.outcome == "ok" { unpriced += 1 }
        }
    }

    public var total: Row
    public var byModel: [Row]
    public var byDay: [Row]
    public var byCommand: [Row]
    /// Ledger lines that could not be read (a line cut short by a crash).
    public var unreadableLines: Int

    /// Adds up `entries` from `since` (a `YYYY-MM-DD` day) on; a call recorded without a cost is
    /// priced with today's `configuration.prices` when they name its model.
    public init(entries: [Ledger.Entry], unreadableLines: Int = 0, since: String? = nil, configuration: LLMConfiguration) {
        var total = Row(name: "total")
        var models: [String: Row] = [:], days: [String: Row] = [:], commands: [String: Row] = [:]
        for entry in entries where since.map({ entry.day >= $0 }) ?? true {
            let cost = entry.cost ?? configuration.cost(model: entry.model, tokensIn: entry.tokensIn, tokensOut: entry.tokensOut)
            total.add(entry, cost: cost)
            models[entry.model, default: Row(name: entry.model)].add(entry, cost: cost)
            days[entry.day, default: Row(name: entry.day)].add(entry, cost: cost)
            commands[entry.command, default: Row(name: entry.command)].add(entry, cost: cost)
        }
        self.total = total
        byModel = models.values.sorted { $0.name < $1.name }
        byDay = days.values.sorted { $0.name < $1.name }
        byCommand = commands.values.sorted { $0.name < $1.name }
        self.unreadableLines = unreadableLines
    }
}
