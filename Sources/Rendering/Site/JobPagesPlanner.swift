import Analysis
import Core
import Workspace

/// Plans the jobs dashboard and one page per job: the posting, the requirements read from it,
/// and how the job's persona matches them. A page lists exactly the files its analysis reads.
enum JobPagesPlanner {
    /// What the job pages read: each job's analyses (shared with its page and the dashboard),
    /// the files they read, and its letter's link. Made before the other planners run, so that a
    /// full build can make the analyses while they do (`AnalysesAhead.make`).
    struct Analyses {
        var jobs: [Job] = []
        var inputs: [String: [String]] = [:]
        var postings: [String: Memo<Posting>] = [:]
        var matches: [String: Memo<MatchReport>] = [:]
        var scores: [String: Memo<Int?>] = [:]
        var personas: [String: ResolvedPersona] = [:]
        /// Each job's letter page, and whether the user wrote it.
        var letterLinks: [String: (String, Bool)] = [:]

        /// The analyses in the order the job pages read them: a job's match (which reads its
        /// posting and its persona's profile), else its posting.
        var inReadingOrder: [any MemoPreparing] {
            jobs.map { job -> any MemoPreparing in
                if let match = matches[job.path] { return match }
                return postings[job.path]!
            }
        }
    }

    static func analyses(_ planning: inout SitePlanning) -> Analyses {
        let workspace = planning.workspace
        var analyses = Analyses()
        analyses.jobs = planning.jobs
        let buildable = Set(planning.personas.map(\.path))
        let letters = Dictionary(LetterPlanner.select(planning).letters.filter { $0.formats.contains("html") }.map { ($0.job.path, $0) },
                                 uniquingKeysWith: { first, _ in first })
        for job in analyses.jobs {
            analyses.postings[job.path] = planning.analyses.posting(for: job, reads: 1)  // by the job's page
            var read = Analysis.inputs(posting: job, workspace: workspace)
            if let path = job.persona?.value, buildable.contains(path), let resolved = workspace.resolved[path], resolved.persona.kind == .professional {
                analyses.personas[job.path] = resolved
                read = Analysis.inputs(match: resolved, job: job, workspace: workspace)
                // Read twice by the job's page (its score, the match itself), which renders beside
                // the job's match report; the dashboard, after the pages, keeps only the score.
                let match = planning.analyses.match(resolved, against: job, reads: 2)
                analyses.matches[job.path] = match
                analyses.scores[job.path] = Memo { match.value.score }
            } else if let path = job.persona?.value {
                read.append(path)  // Its title is shown.
            }
            if let letter = letters[job.path], case .handEdited(let file) = letter.source { read.append(file.path) }
            analyses.inputs[job.path] = read
        }
        analyses.letterLinks = letters.mapValues { letter -> (String, Bool) in
            if case .handEdited = letter.source { return ("\(letter.base).html", true) }
            return ("\(letter.base).html", false)
        }
        return analyses
    }

    static func plan(_ planning: inout SitePlanning, analyses: Analyses, into plan: inout OutputPlan) {
        guard let page = planning.page else { return }
        let workspace = planning.workspace, settings = planning.settings, locale = planning.locale, today = planning.today
        let jobs = analyses.jobs, inputs = analyses.inputs
        plan.virtualInputs.merge(Analysis.virtualInputs(today: today)) { _, new in new }
        let (frozenMatches, frozenScores, frozenPostings, frozenPersonas) = (analyses.matches, analyses.scores, analyses.postings, analyses.personas)
        let letterLinks = analyses.letterLinks
        @Sendable func extras(_ job: Job) -> JobContext.Extras {
            JobContext.Extras(score: frozenScores[job.path]?.value ?? nil, letter: letterLinks[job.path]?.0,
                              letterIsOwn: letterLinks[job.path]?.1 ?? false)
        }

        let list = planning.compile(planning.site, file: "jobs.html.mustache", shape: ContextShapes.jobsDashboard, into: &plan)
        if let jobPage = planning.compile(planning.site, file: "job.html.mustache", shape: ContextShapes.jobDetail, into: &plan) {
            let reports = settings.reports
            for job in jobs {
                let path = "jobs/\(job.slug).html"
                let resolved = frozenPersonas[job.path]
                plan.outputs.append(PlannedOutput(path: path, inputs: SitePlanner.unique(planning.siteInputs + jobPage.inputs + inputs[job.path]!),
                                                  group: SharedAnalyses.group(of: job)) {
                    let reportHref = reports ? resolved.map { "../reports/match/\(job.slug)/\($0.persona.slug).html" } : nil
                    let value = JobContext.detail(job, workspace: workspace, locale: locale, extras: extras(job),
                                                  posting: frozenPostings[job.path]!.value, match: frozenMatches[job.path]?.value,
                                                  contact: resolved.map { CoverLetter.Contact.sender(for: job, persona: $0) }, reportHref: reportHref)
                    return .init(page.page(path, title: job.title, description: job.company, source: job.path, content: jobPage.renderBytes(value, escaping: .html)))
                })
            }
        }
        // After the pages, which leave their scores behind: the dashboard reads every job's.
        if let list {
            let all = planning.siteInputs + list.inputs + jobs.flatMap { inputs[$0.path]! }
            let byPath = Dictionary(jobs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            plan.outputs.append(PlannedOutput(path: "jobs/index.html", inputs: SitePlanner.unique(all)) {
                let pipeline = JobPipeline(jobs: jobs)
                let value = JobContext.dashboard(pipeline, jobs: byPath, workspace: workspace, locale: locale,
                                                 extras: Dictionary(jobs.map { ($0.path, extras($0)) }, uniquingKeysWith: { first, _ in first }))
                return .init(page.page("jobs/index.html", title: "Jobs", description: nil, source: nil, content: list.renderBytes(value, escaping: .html)))
            })
        }
    }
}
