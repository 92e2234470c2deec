import Core
import Workspace
import YAMLSupport

/// The job-search pipeline at a glance: every job with where it stands and what it waits on,
/// counted by status, by the month applied and by the persona used. A pure function of the jobs.
public struct JobPipeline: Sendable, Hashable, Codable {
    /// Where an application stands, in the order applications move.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case saved, applied, interview, offer, rejected, withdrawn

        /// Still moving: not yet rejected or withdrawn.
        public var isActive: Bool { self != .rejected && self != .withdrawn }
    }

    public struct Entry: Sendable, Hashable, Codable {
        public var job: String
        public var slug: String
        public var title: String
        public var company: String?
        public var location: String?
        public var status: Status
        /// `YYYY-MM-DD` (or `YYYY-MM`), as written.
        public var appliedOn: String?
        /// The persona file, when the job names one.
        public var persona: String?
        public var notes: String?
        /// What the application waits on next, in a few words: `apply`, `a reply since 2025-05-12`.
        public var next: String?
    }

    public struct Count: Sendable, Hashable, Codable {
        public var status: Status
        public var count: Int
    }

    /// Jobs applied for in one month, by status.
    public struct Month: Sendable, Hashable, Codable {
        /// `YYYY-MM`.
        public var month: String
        public var count: Int
        public var byStatus: [Count]
    }

    /// Jobs one persona was used for (or none, when `persona` is nil).
    public struct PersonaCount: Sendable, Hashable, Codable {
        public var persona: String?
        public var count: Int
        public var active: Int
        public var byStatus: [Count]
    }

    public var total: Int
    /// Jobs not rejected or withdrawn.
    public var active: Int
    /// Every status, in pipeline order, zeros included.
    public var byStatus: [Count]
    /// Months with at least one application, oldest first. Jobs with no `applied_on` are not in it.
    public var byMonth: [Month]
    /// Personas in path order; jobs with no persona last.
    public var byPersona: [PersonaCount]
    /// Jobs past `saved` (sent applications).
    public var applied: Int
    /// Applications that got an answer: an interview, an offer or a rejection.
    public var responded: Int
    /// Jobs in path order.
    public var jobs: [Entry]

    /// Reads the pipeline from the jobs (in the order given; the workspace keeps them by path).
    public init(jobs: [Job]) {
        let entries = jobs.map(Self.entry)
        self.jobs = entries
        total = entries.count
        active = entries.filter(\.status.isActive).count
        byStatus = Self.counts(entries)
        let dated = Dictionary(grouping: entries.filter { $0.appliedOn != nil }) { String($0.appliedOn!.prefix(7)) }
        byMonth = dated.keys.sorted().map { month in
            Month(month: month, count: dated[month]!.count, byStatus: Self.counts(dated[month]!).filter { $0.count > 0 })
        }
        let personas = Dictionary(grouping: entries) { $0.persona ?? "" }
        byPersona = personas.keys.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }.map { key in
            let members = personas[key]!
            return PersonaCount(persona: key.isEmpty ? nil : key, count: members.count, active: members.filter(\.status.isActive).count,
                                byStatus: Self.counts(members).filter { $0.count > 0 })
        }
        applied = entries.filter { $0.status != .saved && !($0.status == .withdrawn && $0.appliedOn == nil) }.count
        responded = entries.filter { [.interview, .offer, .rejected].contains($0.status) }.count
    }

    public func count(_ status: Status) -> Int { byStatus.first { $0.status == status }?.count ?? 0 }

    static func counts(_ entries: [Entry]) -> [Count] {
        Status.allCases.map { status in Count(status: status, count: entries.filter { $0.status == status }.count) }
    }

    static func entry(_ job: Job) -> Entry {
        // An unknown status is a `check` error; the pipeline counts such a job as saved.
        let status = Status(rawValue: job.status) ?? .saved
        return Entry(job: job.path, slug: job.slug, title: job.title, company: job.company, location: job.location, status: status,
                     appliedOn: job.appliedOn, persona: job.persona?.value, notes: job.notes,
                     next: next(status, appliedOn: job.appliedOn, hasPersona: job.persona != nil))
    }

    /// What each stage waits on. Closed applications wait on nothing.
    static func next(_ status: Status, appliedOn: String?, hasPersona: Bool) -> String? {
        switch status {
        case .saved: return hasPersona ? "apply" : "choose a persona, then apply"
        case .applied: return appliedOn.map { "a reply (applied \($0))" } ?? "a reply"
        case .interview: return "the next interview"
        case .offer: return "your decision on the offer"
        case .rejected, .withdrawn: return nil
        }
    }
}
