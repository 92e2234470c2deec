/// One line of `personaforge doctor`: what was checked, how it stands, and what to do about it.
public struct DoctorCheck: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable, Comparable {
        case ok, warning, error

        public static func < (a: Status, b: Status) -> Bool {
            [Status.ok, .warning, .error].firstIndex(of: a)! < [Status.ok, .warning, .error].firstIndex(of: b)!
        }
    }

    /// Stable, for tools: `library.cmark-gfm`, `font.DejaVu Sans`, `output`, `llm`, `cache`, `workspace`.
    public var id: String
    public var status: Status
    /// What was found, in a sentence or a phrase: `cmark-gfm 0.29.0.gfm.6`.
    public var detail: String
    /// What to do, when the status is not ok.
    public var fix: String?

    public init(_ id: String, _ status: Status, _ detail: String, fix: String? = nil) {
        self.id = id
        self.status = status
        self.detail = detail
        self.fix = fix
    }
}

/// Every check, in the order they ran, with the counts.
public struct DoctorReport: Sendable, Hashable, Codable {
    public var checks: [DoctorCheck]
    public var ok: Int
    public var warnings: Int
    public var errors: Int

    public init(checks: [DoctorCheck]) {
        self.checks = checks
        ok = checks.filter { $0.status == .ok }.count
        warnings = checks.filter { $0.status == .warning }.count
        errors = checks.filter { $0.status == .error }.count
    }

    public var healthy: Bool { errors == 0 }
}
