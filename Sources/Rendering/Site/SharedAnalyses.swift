import Analysis
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

    /// A persona as the analyses read it: reading its CV is the costly part, done once however many
    /// jobs name it. `reads`: how often the caller reads it; it is let go after the last read of all
    /// its callers, as a large build would otherwise hold every persona's profile to the end.
    mutating func profile(for resolved: ResolvedPersona, reads: Int) -> Memo<PersonaProfile> {
        if let made = profiles[resolved.persona.path] {
            made.expect(reads)
            return made
        }
        let context = context
        let made = Memo(uses: reads) { context.value.profile(for: resolved) }
        profiles[resolved.persona.path] = made
        return made
    }

    /// The requirements read from a job's posting; `reads` as for `profile`.
    mutating func posting(for job: Job, reads: Int) -> Memo<Posting> {
        if let made = postings[job.path] {
            made.expect(reads)
            return made
        }
        let context = context
        let made = Memo(uses: reads) { context.value.posting(for: job) }
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
        // The match reads the profile and the posting once, when it is made.
        let (context, profile, posting) = (context, profile(for: resolved, reads: 1), posting(for: job, reads: 1))
        let made = Memo(uses: reads) { context.value.match(profile.value, against: posting.value) }
        matches[key] = made
        return made
    }

    /// A match of its own for outputs planned far from the others reading the same match (a job's
    /// page, after all the reports): made again from the shared profile and posting in some ten
    /// microseconds, where keeping the shared one in between held every job's report (tens of
    /// kilobytes each) at once. Let go after `reads` reads.
    mutating func separateMatch(_ resolved: ResolvedPersona, against job: Job, reads: Int) -> Memo<MatchReport> {
        let (context, profile, posting) = (context, profile(for: resolved, reads: 1), posting(for: job, reads: 1))
        return Memo(uses: reads) { context.value.match(profile.value, against: posting.value) }
    }

    /// The render group of the outputs reading `job`'s analyses (`PlannedOutput.group`).
    static func group(of job: Job) -> String { "job:" + job.path }

    /// Only the score of `resolved` against `job`, kept for the build: what a list of jobs shows.
    mutating func matchScore(_ resolved: ResolvedPersona, against job: Job) -> Memo<Int?> {
        let match = separateMatch(resolved, against: job, reads: 1)
        return Memo { match.value.score }
    }
}
