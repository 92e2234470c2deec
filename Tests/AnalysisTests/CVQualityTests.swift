import Analysis
import Foundation
import Testing

/// The CV-quality analysis finds each planted defect at its line, and nothing on a clean CV.
@Suite struct CVQualityTests {
    static let flawed = """
    -- personaforge.yaml --
    name: Test
    -- cvs/flawed.yaml --
    basics:
      name: Pat Flaw
      label: Engineer
      phone: "+1 555 0100"
      summary: Engineer.
    work:
      - name: Acme
        position: Engineer
        startDate: "2021-01"
        highlights:
          - Responsible for the billing service.
          - I built the invoicing API, cutting errors by 30%.
          - Cut AWS costs by 20% across three teams.
          - Cut AWS costs by 20% across three teams.
      - name: Pied Piper
        position: Engineer
        startDate: "2020-06"
        endDate: "2021-06"
        highlights:
          - Built the partner portal.
      - name: Initech
        position: Developer
        startDate: "2016-01"
        endDate: "2017-03"
        highlights:
          - Maintained the PHP monolith for 2 years.
      - name: Globex
        position: Engineer
        startDate: "2019-06"
        endDate: "2018-02"
        highlights:
          - Lead a team of 4 engineers.
      - name: Hooli
        position: Developer
      - name: Vandelay
        position: Engineer
        startDate: "2026-03"
        highlights:
          - Planned 3 migrations.
    skills:
      - name: Kubernetes
      - name: PHP
      - name: AWS
    """ + "\n" + personaFile(cv: "cvs/flawed.yaml")

    @Test func findsEveryPlantedDefectAtItsLine() async throws {
        let harness = try await AnalysisHarness(Self.flawed)
        let report = harness.context.gap(for: try harness.persona("personas/p.md"))
        let found = Set(report.issues.map(Found.init))
        let expected: Set<Found> = [
            Found("missing-contact", .warning, "basics.email", line: 2),
            Found("missing-contact", .info, "basics.location", line: 2),
            Found("missing-contact", .info, "basics.profiles", line: 2),
            Found("short-summary", .info, "basics.summary", line: 5),
            Found("weak-opening", .warning, "work[0].highlights[0]", line: 11),
            Found("no-metric", .info, "work[0].highlights[0]", line: 11),
            Found("first-person", .warning, "work[0].highlights[1]", line: 12),
            Found("duplicate-bullet", .warning, "work[0].highlights[3]", line: 14),
            Found("overlapping-dates", .warning, "work[0].startDate", line: 9),
            Found("no-metric", .info, "work[1].highlights[0]", line: 20),
            Found("date-gap", .warning, "work[1].startDate", line: 17),
            Found("dates-out-of-order", .error, "work[3].endDate", line: 30),
            Found("entry-order", .info, "work[3]", line: 27),
            Found("inconsistent-tense", .warning, "work[3].highlights[0]", line: 32),
            Found("missing-date", .warning, "work[4].startDate", line: 33),
            Found("empty-entry", .info, "work[4]", line: 33),
            Found("future-date", .error, "work[5].startDate", line: 37),
            Found("unevidenced-skill", .warning, "skills[0]", line: 41),
            Found("stale-skill", .info, "skills[1]", line: 42),
            Found("too-short", .warning, "length", line: 7),
        ]
        #expect(found == expected, "unexpected: \(found.subtracting(expected)); missing: \(expected.subtracting(found))")
    }

    @Test func reportsSeverityFirstThenByLine() async throws {
        let harness = try await AnalysisHarness(Self.flawed)
        let issues = harness.context.gap(for: try harness.persona("personas/p.md")).issues
        #expect(issues.prefix(2).map(\.code) == ["dates-out-of-order", "future-date"])
        let warnings = issues.filter { $0.severity == .warning }.compactMap(\.evidence?.line)
        #expect(warnings == warnings.sorted())
        #expect(issues.allSatisfy { $0.source == "builtin" && $0.evidence?.file == "cvs/flawed.yaml" })
    }

    @Test func explainsWeakOpeningsAndGapsInWords() async throws {
        let harness = try await AnalysisHarness(Self.flawed)
        let issues = harness.context.gap(for: try harness.persona("personas/p.md")).issues
        let weak = try #require(issues.first { $0.code == "weak-opening" })
        #expect(weak.message == "'Responsible for' describes a duty, not what you achieved.")
        #expect(weak.entry == "work[0] Acme")
        let gap = try #require(issues.first { $0.code == "date-gap" })
        #expect(gap.message == "No work is shown from 2017-04 to 2020-05 (3 years).")
        let stale = try #require(issues.first { $0.code == "stale-skill" })
        #expect(stale.message == "PHP was last used in 2017-03 (work[2] Initech), 8 years ago.")
    }

    @Test func asksAboutUnevidencedSkillsGapsAndResults() async throws {
        let harness = try await AnalysisHarness(Self.flawed)
        let questions = harness.context.gap(for: try harness.persona("personas/p.md")).questions
        #expect(questions.map(\.kind) == ["metric", "date-gap", "skill"])
        #expect(questions.map(\.subject) == ["work:Pied Piper", "2017-04..2020-05", "Kubernetes"])
        #expect(questions.allSatisfy { $0.scope == "cvs/flawed.yaml" })
        #expect(questions[2].question == "Where have you used Kubernetes? Name a role or project and what it achieved.")
    }

    static let clean = """
    -- personaforge.yaml --
    name: Test
    -- cvs/clean.yaml --
    basics:
      name: Casey Clean
      label: Backend Engineer
      email: casey@example.com
      phone: "+1 555 0100"
      summary: Backend engineer with six years of experience building payment services in Go and PostgreSQL for teams of up to ten engineers.
      location: {city: Berlin, countryCode: DE}
      profiles:
        - {network: GitHub, url: "https://github.com/casey"}
    work:
      - name: Acme Pay
        position: Senior Backend Engineer
        startDate: "2022-03"
        summary: Payments platform team, card acquiring and payouts.
        highlights:
          - Cut settlement latency by 40% by moving nightly batch jobs to event-driven Go services.
          - Designed the PostgreSQL ledger schema that now holds 3 million transactions a month.
          - Led the migration of 14 services to Kubernetes with no customer-facing downtime.
          - Hired and onboarded four engineers, each shipping to production within two weeks.
      - name: Globex
        position: Backend Engineer
        startDate: "2019-01"
        endDate: "2022-02"
        summary: Billing and invoicing for 2,000 business customers.
        highlights:
          - Built the Go billing API that served 200 requests per second at a p99 of 80 ms.
          - Reduced PostgreSQL query times by 60% with partial indexes and query rewrites.
          - Mentored three junior engineers, two of whom were promoted within a year.
          - Automated invoice reconciliation, saving the finance team 20 hours a week.
    education:
      - institution: TU Berlin
        area: Computer Science
        studyType: Bachelor
        startDate: "2015-10"
        endDate: "2018-09"
    skills:
      - name: Go
      - name: PostgreSQL
      - name: Kubernetes
    """ + "\n" + personaFile(cv: "cvs/clean.yaml")

    @Test func findsNothingOnACleanCV() async throws {
        let harness = try await AnalysisHarness(Self.clean)
        let report = harness.context.gap(for: try harness.persona("personas/p.md"))
        #expect(report.issues.map(Found.init) == [])
        #expect(report.questions == [])
        let figures = try #require(report.figures)
        #expect(figures.experienceMonths == 78)
        #expect(figures.bullets == 8 && figures.quantifiedBullets == 8)
    }

    @Test func checksOnlyWhatThePersonaShows() async throws {
        // The persona hides work: no bullet or date checks, and the skills are unevidenced there.
        let harness = try await AnalysisHarness(Self.flawed.replacingOccurrences(of: "title: Backend Engineer\n", with: "title: Backend Engineer\nsections: [summary, skills]\n"))
        let codes = Set(harness.context.gap(for: try harness.persona("personas/p.md")).issues.map(\.code))
        #expect(!codes.contains("weak-opening") && !codes.contains("date-gap") && !codes.contains("duplicate-bullet"))
        #expect(codes.contains("unevidenced-skill"))
    }

    @Test func flagsBulletsThatAreTooLongAndNearDuplicates() async throws {
        let archive = Self.clean.replacingOccurrences(
            of: "      - Mentored three junior engineers, two of whom were promoted within a year.",
            with: "      - Cut settlement latency by 40% by moving nightly batch jobs to event driven Go services quickly.\n"
                + "      - Wrote and maintained the runbooks, the dashboards, the alerts, the escalation policies, the on-call handbook, the onboarding guides, the incident templates and the architecture decision records for all 14 services that the team owned during those three years, and the release notes.")
        let harness = try await AnalysisHarness(archive)
        let found = Set(harness.context.gap(for: try harness.persona("personas/p.md")).issues.map(Found.init))
        #expect(found.contains(Found("duplicate-bullet", .warning, "work[1].highlights[2]", line: 28)))
        #expect(found.contains(Found("long-bullet", .info, "work[1].highlights[3]", line: 29)))
    }
}
