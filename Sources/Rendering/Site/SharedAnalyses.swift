import Analysis
import Workspace
import YAMLSupport

/// The analyses the planners share, each made at most once per build and only when an output
/// that needs it is stale: a job's match with its persona serves its report, its page, the
/// dashboard and its letter alike. Filled while planning (one thread); the outputs' closures
/// capture the memos themselves.
struct SharedAnalyses {
    /// One analysis context for the whole build (the taxonomy with the knowledge base's names).
    let context: Memo<AnalysisContext>
    private var profiles: [String: Memo<PersonaProfile>] = [:]
    private var postings: [String: Memo<Posting>] = [:]
    private var matches: [String: Memo<MatchReport>] = [:]

    init(workspace: Workspace, today: JSONResumeDate) {
        context = Memo { AnalysisContext(workspace: workspace, today: today) }
    }

    /// A persona as the analyses read it: reading its CV is the costly part, done once however many jobs name it.
    mutating func profile(for resolved: ResolvedPersona) -> Memo<PersonaProfile> {
        if let made = profiles[resolved.persona.path] { return made }
        let context = context
        let made = Memo { context.value.profile(for: resolved) }
        profiles[resolved.persona.path] = made
        return made
    }

    /// The requirements read from a job's posting.
    mutating func posting(for job: Job) -> Memo<Posting> {
        if let made = postings[job.path] { return made }
        let context = context
        let made = Memo { context.value.posting(for: job) }
        postings[job.path] = made
        return made
    }

    /// How `resolved` matches `job`'s posting. `reads`: how often the caller's outputs read it;
    /// the report is let go after the last read of all its callers.
    mutating func match(_ resolved: ResolvedPersona, against job: Job, reads: Int) -> Memo<MatchReport> {
        let key = resolved.persona.path + "\n" + job.path
        if let made = matches[key] {
            made.expect(reads)
            return made
        }
        let (context, profile, posting) = (context, profile(for: resolved), posting(for: job))
        let made = Memo(uses: reads) { context.value.match(profile.value, against: posting.value) }
        matches[key] = made
        return made
    }
}
