@testable import Analysis
import Testing

/// Team gaps: coverage, uncovered skills, single points of failure, seniority mix.
@Suite struct TeamTests {
    static let workspace = """
    -- personaforge.yaml --
    name: Test
    -- cvs/ana.yaml --
    basics: {name: Ana}
    work:
      - name: Acme
        position: Staff Engineer
        startDate: "2015-01"
        highlights: [Ran Go services on Kubernetes for 40 teams.]
    -- cvs/ben.yaml --
    basics: {name: Ben}
    work:
      - name: Globex
        position: Junior Designer
        startDate: "2023-01"
        highlights: [Designed 12 Figma prototypes and a Go CLI.]
      - name: Initech
        position: Intern
        startDate: "2022-01"
        endDate: "2022-12"
        highlights: [Wrote Terraform modules for 3 environments.]
    -- personas/ana.md --
    ---
    title: Staff Engineer
    cv: cvs/ana.yaml
    ---
    -- personas/ben.md --
    ---
    title: Junior Designer
    cv: cvs/ben.yaml
    work: {include: [Globex]}
    ---
    -- teams/core.yaml --
    name: Core
    description: Must be able to run production systems with Terraform.
    members: [personas/ana.md, personas/ben.md]
    required_skills: [Go, Kubernetes, Figma, Rust]
    """

    func report() async throws -> TeamReport {
        let harness = try await AnalysisHarness(Self.workspace)
        return harness.context.team(try harness.team("teams/core.yaml"))
    }

    @Test func findsTheUncoveredSkillAndTheSinglePointsOfFailure() async throws {
        let report = try await report()
        #expect(report.neededSkills.map(\.name) == ["Go", "Kubernetes", "Figma", "Rust", "Terraform"])
        #expect(report.uncovered == ["Rust"])
        #expect(report.singlePointsOfFailure.map { "\($0.skill): \($0.member)" } == [
            "Kubernetes: personas/ana.md", "Figma: personas/ben.md", "Terraform: personas/ben.md",
        ])
        let rust = try #require(report.issues.first { $0.code == "uncovered-skill" })
        #expect(rust.severity == .error)
        #expect(rust.field == "required_skills[3]")
        #expect(rust.evidence?.line == 4)
    }

    @Test func buildsTheCoverageMatrix() async throws {
        let report = try await report()
        let rows = Dictionary(uniqueKeysWithValues: report.coverage.map { ($0.skill, $0.cells.map(\.coverage)) })
        #expect(rows["Go"] == [.shown, .shown])
        #expect(rows["Kubernetes"] == [.shown, .none])
        // Ben's Terraform work is in his CV, but his persona leaves that role out.
        #expect(rows["Terraform"] == [.none, .inSources])
        #expect(report.issues.contains { $0.code == "not-shown" && $0.entry == "Terraform" })
    }

    @Test func describesTheSeniorityMix() async throws {
        let report = try await report()
        #expect(report.seniorityMix.map(\.level) == ["staff / lead", "junior"])
        #expect(report.members.map(\.seniority) == ["staff / lead", "junior"])
    }

    @Test func asksEachMemberAboutUncoveredSkills() async throws {
        let report = try await report()
        #expect(Set(report.questions.map(\.scope)) == ["cvs/ana.yaml", "cvs/ben.yaml"])
        #expect(report.questions.allSatisfy { $0.subject == "Rust" })
    }
}
