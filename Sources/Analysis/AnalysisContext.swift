import Core
import Workspace
import YAMLSupport

/// What every analysis of one workspace shares, worked out once: the taxonomy extended by the
/// knowledge files, the knowledge entries, the answers, and the month the analyses take as today.
///
/// Immutable and `Sendable`: build one per workspace and run analyses from many tasks.
public struct AnalysisContext: Sendable {
    public let workspace: Workspace
    /// The month analyses take as the present (future dates, gaps, stale skills, ongoing roles).
    public let today: JSONResumeDate
    public private(set) var taxonomy: SkillTaxonomy
    let knowledgeItems: [KnowledgeItem]
    let answers: AnswerBook
    /// The settings' `owner`, folded for comparison.
    let owner: String?
    let todayMonth: Int

    public init(workspace: Workspace, today: JSONResumeDate, taxonomy: SkillTaxonomy = .shipped) {
        self.workspace = workspace
        self.today = today
        var taxonomy = taxonomy
        knowledgeItems = KnowledgeItem.read(workspace.knowledge, into: &taxonomy)
        self.taxonomy = taxonomy
        answers = AnswerBook(workspace.answers)
        owner = workspace.settings.owner.map(Self.fold)
        todayMonth = today.monthIndex
    }

    /// This context with a taxonomy that knows more names (a team's own required skills).
    func with(taxonomy: SkillTaxonomy) -> AnalysisContext {
        var copy = self
        copy.taxonomy = taxonomy
        return copy
    }

    static func fold(_ name: String) -> String {
        Writing.words(name).map { $0.lowercased() }.joined(separator: " ")
    }

    /// Knowledge files describe the workspace's owner (`owner:` in personaforge.yaml, matched to
    /// the CV's `basics.name`); with no owner set they describe the one person of a one-CV workspace.
    /// In a workspace of many people's CVs they are vocabulary only.
    func knowledgeApplies(to resolved: ResolvedPersona) -> Bool {
        guard resolved.persona.kind == .professional else { return false }
        let name = resolved.cv["basics"]?["name"]?.scalarText ?? resolved.persona.name
        if let owner { return name.map(Self.fold) == owner }
        return workspace.cvs.count <= 1
    }

    func knowledge(for resolved: ResolvedPersona) -> [KnowledgeItem] {
        knowledgeApplies(to: resolved) ? knowledgeItems : []
    }

    // MARK: - Analyses

    /// The CV-quality report of a persona (professional or audience).
    public func gap(for persona: ResolvedPersona) -> GapReport {
        var analyzer = GapAnalyzer(persona: persona, context: self)
        return analyzer.report()
    }

    /// What a professional persona shows and its sources hold, for matching against many postings.
    public func profile(for persona: ResolvedPersona) -> PersonaProfile {
        PersonaProfile(persona, context: self)
    }

    /// The requirements of a job's posting.
    public func posting(for job: Job) -> Posting {
        PostingParser(taxonomy: taxonomy).parse(job)
    }

    /// How well a persona fits a job.
    public func match(_ persona: ResolvedPersona, against job: Job) -> MatchReport {
        match(profile(for: persona), against: posting(for: job))
    }

    /// How well a profile fits a posting (both computed once, reused across pairs).
    public func match(_ profile: PersonaProfile, against posting: Posting) -> MatchReport {
        MatchAnalyzer(context: self).match(profile, posting)
    }

    /// One profile against many postings (a persona's jobs, or every job): each question about
    /// the person is hashed once for all of them.
    public func matches(_ profile: PersonaProfile, against postings: [Posting]) -> [MatchReport] {
        let analyzer = MatchAnalyzer(context: self)
        return postings.map { analyzer.match(profile, $0) }
    }

    /// Coverage, gaps and single points of failure of a team.
    public func team(_ team: Team) -> TeamReport {
        TeamAnalyzer(context: self).analyze(team)
    }

    /// Every question the analyses of this workspace can ask, answered or not, one per id.
    public func allQuestions() -> [ClarifyingQuestion] {
        var questions: [ClarifyingQuestion] = []
        var postings: [String: Posting] = [:]
        for persona in workspace.personas {
            guard let resolved = workspace.resolved[persona.path] else { continue }
            var analyzer = GapAnalyzer(persona: resolved, context: self)
            questions += analyzer.candidateQuestions()
            guard persona.kind == .professional else { continue }
            let jobs = linkedJobs(of: persona)
            guard !jobs.isEmpty else { continue }
            let profile = self.profile(for: resolved)
            for job in jobs {
                let posting = postings[job.path] ?? self.posting(for: job)
                postings[job.path] = posting
                questions += MatchAnalyzer(context: self).candidateQuestions(profile, posting)
            }
        }
        for team in workspace.teams { questions += TeamAnalyzer(context: self).candidateQuestions(team) }
        return questions.uniquedAndSorted()
    }

    /// The questions nobody has answered yet.
    public func openQuestions() -> [ClarifyingQuestion] {
        allQuestions().filter { answers[$0.id] == nil }
    }

    /// The jobs a persona is matched against: its `jobs:` and the jobs naming it as their `persona:`.
    public func linkedJobs(of persona: Persona) -> [Job] {
        let listed = Set(persona.jobs.map(\.value))
        return workspace.jobs.filter { listed.contains($0.path) || $0.persona?.value == persona.path }
    }

    /// The aggregated knowledge base: knowledge files, CVs and answers; one persona's person when given.
    /// Without `openQuestions` it leaves out the questions nobody answered (the build's knowledge
    /// report: each persona's own report has them), which spares running every analysis again.
    public func knowledgeBase(for persona: ResolvedPersona? = nil, openQuestions: Bool = true) -> KnowledgeBaseReport {
        KnowledgeBaseBuilder(context: self).build(for: persona, openQuestions: openQuestions)
    }
}
