@testable import Build
import Core
import Foundation
import Testing
import TestSupport

/// The jobs dashboard and each job's page: the posting's requirements, the persona's match, and
/// exactly the files each page reads.
@Suite struct JobPagesBuildTests {
    static let workspace = Fixtures.workspace + "\n" + """
    -- jobs/globex.md --
    ---
    title: Platform Engineer
    company: Globex
    status: interview
    applied_on: "2025-04-03"
    ---
    ## Requirements

    - Kubernetes
    - 5+ years of experience

    ## Nice to have

    - Terraform
    """

    @Test func aJobPageShowsTheRequirementsAndTheMatch() async throws {
        let harness = try BuildHarness(Self.workspace)
        let report = try await harness.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let acme = try #require(harness.output("jobs/acme.html"))
        #expect(acme.contains("<h2 id=\"job-match\" class=\"section-title\">Match with Backend Engineer</h2>"))
        #expect(acme.contains("<span class=\"requirement-name\">Go</span> <span class=\"verdict\">Shown</span>"))
        #expect(acme.contains("href=\"../reports/match/acme/backend.html\""))
        // Contact details for letters: the CV's, without the private phone.
        #expect(acme.contains("<dt>Email</dt><dd>jane@example.com</dd>"))
        #expect(!acme.contains("555"))
        let globex = try #require(harness.output("jobs/globex.html"))
        #expect(!globex.contains("job-match"))
        #expect(globex.contains("<h3>Required</h3>"))
        #expect(globex.contains("<span class=\"requirement-name\">Kubernetes</span></li>"))
        #expect(globex.contains("<h3>Nice to have</h3>"))
        #expect(globex.contains("<span class=\"requirement-name\">Terraform</span>"))
    }

    @Test func theDashboardCountsByStatusMonthAndPersona() async throws {
        let harness = try BuildHarness(Self.workspace)
        _ = try await harness.build()
        let page = try #require(harness.output("jobs/index.html"))
        #expect(page.contains("2 jobs · 2 active · 2 applied · 50% answered"))
        #expect(page.contains("<span class=\"stage-label\">Interview</span> <span class=\"count\">1</span>"))
        #expect(page.contains("<tr><td>Apr 2025</td><td class=\"count\">1</td>"))
        #expect(page.contains("<a href=\"../personas/backend.html\">Backend Engineer</a></td><td class=\"count\">1</td>"))
        #expect(page.contains("<span class=\"muted\">No persona</span>"))
        // Most advanced first: the interview before the application.
        let interview = try #require(page.range(of: "Platform Engineer")), applied = try #require(page.range(of: "Staff Engineer"))
        #expect(interview.lowerBound < applied.lowerBound)
    }

    @Test func editingAJobRedoesItsPageAndTheDashboardOnly() async throws {
        let harness = try BuildHarness(Self.workspace)
        _ = try await harness.build()
        try harness.workspace.append("jobs/globex.md", "- Helm\n")
        let report = try await harness.build()
        #expect(report.rendered.filter { $0.hasPrefix("jobs/") } == ["jobs/globex.html", "jobs/index.html"])
        #expect(harness.output("jobs/globex.html")?.contains("Helm") == true)
    }

    @Test func aJobWithoutAPersonaDoesNotReadTheCVs() async throws {
        let harness = try BuildHarness(Self.workspace)
        _ = try await harness.build()
        try harness.workspace.append("cvs/jane.yaml", "languages:\n  - language: German\n")
        let report = try await harness.build()
        #expect(report.rendered.contains("jobs/acme.html"))
        #expect(!report.rendered.contains("jobs/globex.html"))
    }
}
