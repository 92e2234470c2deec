import Analysis
import Testing

/// Every report renders to Markdown the site can show, with user text escaped.
@Suite struct MarkdownReportTests {
    @Test func rendersAGapReport() async throws {
        let harness = try await AnalysisHarness(CVQualityTests.flawed)
        let markdown = harness.context.gap(for: try harness.persona("personas/p.md")).markdown()
        #expect(markdown.hasPrefix("# Gap analysis: Backend Engineer\n\nPersona `personas/p.md`, CV `cvs/flawed.yaml`, as of 2025-06.\n"))
        #expect(markdown.contains("\n## Errors\n\n- **work\\[3\\].endDate** (work\\[3\\] Globex) `cvs/flawed.yaml:30`: The end date 2018-02 is before the start date 2019-06."))
        #expect(markdown.contains("\n## Questions\n"))
    }

    @Test func rendersMatchTeamAndKnowledgeReports() async throws {
        let harness = try await AnalysisHarness(MatchTests.workspace)
        let match = harness.context.match(try harness.persona("personas/backend.md"), against: try harness.job("jobs/role.md")).markdown()
        #expect(match.contains("**Score 71/100** (83 if the persona showed everything your sources hold)"))
        #expect(match.contains("| Requirement | Kind | Importance | Points | Evidence |"))
        #expect(match.contains("## In your sources but not in this persona"))
        #expect(match.contains("| skill | 3 | 1 |"))
        let teamHarness = try await AnalysisHarness(TeamTests.workspace)
        let team = teamHarness.context.team(try teamHarness.team("teams/core.yaml")).markdown()
        #expect(team.contains("| Skill | Staff Engineer | Junior Designer |"))
        #expect(team.contains("| Kubernetes | ✔ | – |"))
        #expect(team.contains("## Single points of failure"))
        let kb = harness.context.knowledgeBase().markdown()
        #expect(kb.hasPrefix("# Knowledge base\n\n## Skills\n"))
    }
}
