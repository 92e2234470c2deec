@testable import Analysis
import Foundation
import Testing

/// Role matching: aliases and word boundaries, the split between what the CV has and what is
/// nowhere, years, degrees, seniority, and the score.
@Suite struct MatchTests {
    static let workspace = """
    -- personaforge.yaml --
    name: Test
    -- cvs/sam.yaml --
    basics:
      name: Sam Match
      email: sam@example.com
    work:
      - name: Acme
        position: Senior Backend Engineer
        startDate: "2019-01"
        highlights:
          - Built Golang services on Postgres, deployed on k8s.
          - Rewrote the dashboard in JS, cutting load time by 50%.
          - {text: Ran the Kafka cluster for 3 years., tags: [data]}
    education:
      - institution: TU Berlin
        studyType: Master of Science
        area: Computer Science
    skills:
      - name: Golang
      - name: Kafka
    -- personas/backend.md --
    ---
    title: Senior Backend Engineer
    cv: cvs/sam.yaml
    tags: [backend]
    skills: {exclude: [Kafka]}
    ---
    -- jobs/role.md --
    ---
    title: Senior Backend Engineer
    ---
    ## Requirements

    - 5+ years of experience with Go.
    - PostgreSQL and Kubernetes.
    - Java.
    - Kafka.
    - Bachelor's degree in Computer Science.

    ## Nice to have

    - JavaScript.
    - Rust.
    """

    func report() async throws -> MatchReport {
        let harness = try await AnalysisHarness(Self.workspace)
        return harness.context.match(try harness.persona("personas/backend.md"), against: try harness.job("jobs/role.md"))
    }

    @Test func matchesThroughAliasesButNotAcrossWordBoundaries() async throws {
        let report = try await report()
        #expect(report.matched.map(\.requirement.name) == [
            "Senior", "5+ years of Go", "Go", "PostgreSQL", "Kubernetes", "Bachelor's degree in Computer Science", "JavaScript",
        ])
        // "JS" and "JavaScript" are JavaScript, never Java.
        #expect(report.missing.nowhere.map(\.requirement.name) == ["Java", "Rust"])
        let postgres = try #require(report.matched.first { $0.requirement.name == "PostgreSQL" })
        #expect(postgres.evidence.first?.text == "Built Golang services on Postgres, deployed on k8s.")
        #expect(postgres.evidence.first?.location?.line == 9)
        #expect(postgres.evidence.first?.source == .persona)
    }

    @Test func splitsWhatTheCVHasFromRealGaps() async throws {
        let report = try await report()
        // Kafka is in the CV (a skill and a highlight) but the persona excludes and untags it.
        let kafka = try #require(report.missing.inPersonaSources.first)
        #expect(report.missing.inPersonaSources.map(\.requirement.name) == ["Kafka"])
        #expect(kafka.evidence.first?.source == .cv)
        #expect(kafka.evidence.first?.location?.file == "cvs/sam.yaml")
        let issue = try #require(report.issues.first { $0.code == "not-in-persona" })
        #expect(issue.severity == .warning)
        #expect(issue.message == "Kafka is required; your CV has it (work[0] Acme), but this persona does not show it.")
        let java = try #require(report.issues.first { $0.code == "missing-requirement" && $0.message.hasPrefix("Java ") })
        #expect(java.severity == .warning)
        #expect(java.evidence?.line == 8)
    }

    @Test func scoresWithTheWeightsShown() async throws {
        let report = try await report()
        // Possible: seniority 2, years 3, Go 3, PostgreSQL 3, Kubernetes 3, Java 3, Kafka 3, degree 2, JavaScript 1, Rust 1 = 24.
        // Earned: everything but Java, Kafka and Rust = 17. Potential adds Kafka = 20.
        #expect(report.score == 71)
        #expect(report.potentialScore == 83)
        #expect(report.weights.skill.required == 3 && report.weights.skill.preferred == 1)
        #expect(report.matched.first { $0.requirement.kind == .years }?.credit == 1)
    }

    @Test func asksAboutRealGapsOnly() async throws {
        let report = try await report()
        #expect(report.questions.map(\.subject) == ["Java", "Rust"])
        #expect(report.questions.allSatisfy { $0.kind == "skill" && $0.scope == "cvs/sam.yaml" })
    }

    @Test func broaderSkillsAreShownByWhatImpliesThem() async throws {
        let harness = try await AnalysisHarness("""
        -- personaforge.yaml --
        name: Test
        -- cvs/ops.yaml --
        basics: {name: Ops}
        work:
          - name: Acme
            position: Engineer
            startDate: "2020-01"
            highlights: [Ran 12 EKS clusters and the Kafka brokers behind checkout.]
        -- personas/ops.md --
        ---
        title: Engineer
        cv: cvs/ops.yaml
        ---
        -- jobs/platform.md --
        ---
        title: Engineer
        ---
        ## Requirements
        - AWS, Kubernetes and Docker.
        - Event streaming.
        """)
        let report = harness.context.match(try harness.persona("personas/ops.md"), against: try harness.job("jobs/platform.md"))
        #expect(report.matched.map(\.requirement.name) == ["AWS", "Kubernetes", "Docker", "Stream processing"])
        #expect(report.matched.allSatisfy { $0.evidence.first?.location?.line == 6 })
    }

    @Test func creditsPartOfTheYearsAsked() async throws {
        let harness = try await AnalysisHarness(Self.workspace.replacingOccurrences(of: "5+ years of experience with Go", with: "10+ years of experience with Go"))
        let report = harness.context.match(try harness.persona("personas/backend.md"), against: try harness.job("jobs/role.md"))
        let years = try #require(report.missing.nowhere.first { $0.requirement.kind == .years })
        #expect(years.credit > 0.6 && years.credit < 0.75)
        #expect(years.note == "about 6.5 years of Go shown in dated roles, of 10 asked")
    }
}
