import Core
import Workspace
import YAMLSupport

/// The analysis engine's entry points for the build and the command line: pure functions of a
/// loaded workspace and the month taken as today. For many reports of one workspace, make one
/// `AnalysisContext` and call its methods instead (the knowledge files are read once).
public enum Analysis {
    /// Where answers to clarifying questions live.
    public static let answersPath = "knowledge/answers.yaml"
    /// The virtual build input carrying the month analyses take as today.
    public static let todayInput = "analysis:today"

    /// The CV-quality report of a persona.
    public static func gap(for persona: ResolvedPersona, workspace: Workspace, today: JSONResumeDate) -> GapReport {
        AnalysisContext(workspace: workspace, today: today).gap(for: persona)
    }

    /// How well a persona fits a job.
    public static func match(_ persona: ResolvedPersona, job: Job, workspace: Workspace, today: JSONResumeDate) -> MatchReport {
        AnalysisContext(workspace: workspace, today: today).match(persona, against: job)
    }

    /// A team's coverage of the skills it needs.
    public static func team(_ team: Team, workspace: Workspace, today: JSONResumeDate) -> TeamReport {
        AnalysisContext(workspace: workspace, today: today).team(team)
    }

    /// The aggregated knowledge base, with the open questions.
    public static func knowledgeBase(workspace: Workspace, today: JSONResumeDate) -> KnowledgeBaseReport {
        AnalysisContext(workspace: workspace, today: today).knowledgeBase()
    }

    /// The requirements read from a job's posting.
    public static func requirements(of job: Job, workspace: Workspace) -> Posting {
        AnalysisContext(workspace: workspace, today: JSONResumeDate("2000-01")!).posting(for: job)
    }

    // MARK: - What each report reads, for the build's fingerprints

    /// The virtual inputs analyses depend on besides files: the month taken as today.
    public static func virtualInputs(today: JSONResumeDate) -> [String: String] {
        [todayInput: today.description]
    }

    /// Inputs every analysis reads: settings (the owner), knowledge files (vocabulary and
    /// evidence), answers, and today.
    static func sharedInputs(_ workspace: Workspace) -> [String] {
        [WorkspaceScanner.settingsFile] + workspace.knowledge.map(\.path).sorted()
            + [workspace.answers?.path ?? answersPath, todayInput]
    }

    /// The files (and virtual inputs) a persona's gap report is made from.
    public static func inputs(gap persona: ResolvedPersona, workspace: Workspace) -> [String] {
        unique([persona.persona.path] + (persona.cvPath.map { [$0] } ?? []) + sharedInputs(workspace))
    }

    /// The files (and virtual inputs) a persona-job match report is made from.
    public static func inputs(match persona: ResolvedPersona, job: Job, workspace: Workspace) -> [String] {
        unique([persona.persona.path] + (persona.cvPath.map { [$0] } ?? []) + [job.path] + sharedInputs(workspace))
    }

    /// The files (and virtual inputs) a team report is made from: the team, its members and their CVs.
    public static func inputs(team: Team, workspace: Workspace) -> [String] {
        let members = team.members.map(\.value)
        let cvs = members.compactMap { workspace.resolved[$0]?.cvPath }
        return unique([team.path] + members + cvs + sharedInputs(workspace))
    }

    /// The knowledge base and its questions read everything analysable.
    public static func inputs(knowledgeBase workspace: Workspace) -> [String] {
        unique(workspace.personas.map(\.path) + workspace.cvs.keys.sorted() + workspace.jobs.map(\.path)
               + workspace.teams.map(\.path) + sharedInputs(workspace))
    }

    static func unique(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }

    /// The month of a moment given in seconds since 1970 (UTC): how callers turn their clock or
    /// `SOURCE_DATE_EPOCH` into the `today` the analyses take.
    public static func month(ofEpochSeconds seconds: Int64) -> JSONResumeDate {
        // Civil-from-days (Howard Hinnant), so no calendar or time zone is involved.
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let yearText = String(year)
        return JSONResumeDate(String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + (month < 10 ? "0" : "") + String(month))!
    }
}
