import Analysis
import Dispatch
import Synchronization
import Workspace
import YAMLSupport

/// The analyses the planners share, each made at most once per build and only when an output
/// that needs it is stale: a persona's profile and a job's posting serve every match made from
/// them, and a job's match with its persona serves its report and its letter alike. Filled while
/// planning (one thread); the outputs' closures capture the memos themselves.
struct SharedAnalyses {
    /// One analysis context for the whole build (the taxonomy with the knowledge base's names).
    let context: Memo<AnalysisContext>
    private var profiles: [String: Memo<PersonaProfile>] = [:]
    private var postings: [String: Memo<Posting>] = [:]
    private var matches: [String: Memo<MatchReport>] = [:]

    init(workspace: Workspace, today: JSONResumeDate) {
        context = Memo { AnalysisContext(workspace: workspace, today: today) }
    }

    /// Starts making the analysis context (parsing the skill taxonomy, about 10 ms, unless a full
    /// build started that before it scanned: `SkillTaxonomy.prepareShipped`) on
    /// another thread, for a build whose planning leaves a core idle: the first output that
    /// needs it then finds it made, instead of holding up the other workers waiting for it.
    /// Then, on the same thread, the analyses in `ahead`, in order, and any given to `make`
    /// later, until `stop` is called on the returned value (when the build needs both cores again).
    func prepareContext(thenMake ahead: [any MemoPreparing] = []) -> AnalysesAhead {
        let control = AnalysesAhead()
        control.make([context])
        control.make(ahead)
        return control
    }

    /// A persona as the analyses read it: reading its CV is the costly part, done once however many
    /// jobs name it. `reads`, here and below: how often the caller's outputs read it; the value is
    /// let go after the last read of all its callers, not held to the end of the build.
    mutating func profile(for resolved: ResolvedPersona, reads: Int) -> Memo<PersonaProfile> {
        let context = context
        return Self.shared(&profiles, resolved.persona.path, reads: reads) { context.value.profile(for: resolved) }
    }

    /// The requirements read from a job's posting.
    mutating func posting(for job: Job, reads: Int) -> Memo<Posting> {
        let context = context
        return Self.shared(&postings, job.path, reads: reads) { context.value.posting(for: job) }
    }

    /// How `resolved` matches `job`'s posting.
    mutating func match(_ resolved: ResolvedPersona, against job: Job, reads: Int) -> Memo<MatchReport> {
        let key = resolved.persona.path + "\n" + job.path
        if let made = matches[key] {
            made.expect(reads)
            return made
        }
        // The match reads the profile and the posting once, when it is made.
        let (context, profile, posting) = (context, profile(for: resolved, reads: 1), posting(for: job, reads: 1))
        let made = Memo(uses: reads) { context.value.match(profile.value, against: posting.value) }
        matches[key] = made
        return made
    }

    /// The render group of the outputs reading `job`'s analyses (`PlannedOutput.group`): its match
    /// reports, its letter and its page render one after another, so its match, posting and
    /// persona's profile are made and let go within a few outputs.
    static func group(of job: Job) -> String { "job:" + job.path }

    /// The memo under `key`, expecting `reads` more reads; made with `make` the first time.
    private static func shared<Value>(_ memos: inout [String: Memo<Value>], _ key: String, reads: Int,
                                      make: @escaping @Sendable () -> Value) -> Memo<Value> {
        if let made = memos[key] {
            made.expect(reads)
            return made
        }
        let made = Memo(uses: reads, make)
        memos[key] = made
        return made
    }
}

/// The analyses made ahead while planning (`SharedAnalyses.prepareContext`), one after another on
/// a thread of their own; `stop` leaves the rest to the outputs that read them (the one being
/// made is finished).
public final class AnalysesAhead: Sendable {
    private struct Queue {
        var pending: [any MemoPreparing] = []
        var running = false
        var stopped = false
    }

    private let queue = Mutex(Queue())

    /// How many analyses of a kind are made ahead at most (one call of `make`: the postings, then
    /// the job pages' matches). Each is held until its page renders, near the end of the build:
    /// at 10,000 personas, planning leaves time for every job's match, and holding them all
    /// raised the peak memory by 16 MiB. At 1,000 personas 50 to 90 matches are made before
    /// planning ends.
    static let madeAtMost = 128

    /// Makes `memos` (the first `madeAtMost` of them) after those given before.
    func make(_ memos: [any MemoPreparing]) {
        let start = queue.withLock { queue -> Bool in
            guard !queue.stopped, !memos.isEmpty else { return false }
            queue.pending += memos.prefix(Self.madeAtMost)
            defer { queue.running = true }
            return !queue.running
        }
        guard start else { return }
        DispatchQueue.global(qos: .userInitiated).async { self.work() }
    }

    public func stop() {
        queue.withLock { queue in
            queue.stopped = true
            queue.pending = []
        }
    }

    private func work() {
        while let memo = queue.withLock({ queue -> (any MemoPreparing)? in
            guard !queue.stopped, !queue.pending.isEmpty else {
                queue.running = false
                return nil
            }
            return queue.pending.removeFirst()
        }) {
            memo.prepare()
        }
    }
}
