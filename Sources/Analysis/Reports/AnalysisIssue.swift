import Core

/// One finding of an analysis: what is wrong, where, and how to fix it.
public struct AnalysisIssue: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        case info, warning, error

        var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// A stable, machine-readable name of the check: `weak-opening`, `date-gap`, ...
    public var code: String
    public var severity: Severity
    /// The field the issue is about, as a path into the CV or persona: `work[0].highlights[2]`.
    public var field: String
    /// The entry it belongs to, for grouping: `work[0] Acme Pay`.
    public var entry: String?
    /// What is wrong, as a sentence.
    public var message: String
    /// What to do about it, as a sentence.
    public var suggestion: String
    /// Where the evidence is written.
    public var evidence: SourceLocation?
    /// `builtin` for the deterministic engine; the LLM layer adds `llm`.
    public var source: String

    public init(code: String, severity: Severity, field: String, entry: String? = nil, message: String,
                suggestion: String, evidence: SourceLocation?, source: String = "builtin") {
        self.code = code
        self.severity = severity
        self.field = field
        self.entry = entry
        self.message = message
        self.suggestion = suggestion
        self.evidence = evidence
        self.source = source
    }
}

extension Array where Element == AnalysisIssue {
    /// Most severe first, then by place in the files, then by check: the same order on every run.
    public func sortedForReport() -> [AnalysisIssue] {
        sorted { a, b in
            if a.severity != b.severity { return a.severity > b.severity }
            switch (a.evidence, b.evidence) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: break
            }
            return (a.code, a.field, a.message) < (b.code, b.field, b.message)
        }
    }

    /// The most severe issue's severity, or nil when there are none.
    public var highestSeverity: AnalysisIssue.Severity? { map(\.severity).max() }

    /// How many issues of each severity.
    public var counts: IssueCounts {
        var counts = IssueCounts(errors: 0, warnings: 0, info: 0)
        for issue in self {
            switch issue.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .info: counts.info += 1
            }
        }
        return counts
    }
}

/// Issue totals, for summaries.
public struct IssueCounts: Sendable, Hashable, Codable {
    public var errors: Int
    public var warnings: Int
    public var info: Int
}
