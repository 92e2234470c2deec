@testable import Build
import Core
import Foundation
import Testing
import TestSupport
import YAMLSupport

/// Analysis reports as build outputs: made from exactly what their analysis reads.
@Suite struct ReportBuildTests {
    func json(_ harness: BuildHarness, _ path: String) throws -> [String: Any] {
        let text = try #require(harness.output(path), "missing \(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func reportsCarryTheAnalysesFindingsInEveryFormat() async throws {
        let harness = try BuildHarness()
        var options = BuildOptions(root: harness.workspace.root, toolFingerprint: harness.tool)
        options.today = JSONResumeDate("2026-11")
        let report = try await Builder.run(options)
        #expect(report.succeeded, "\(report.diagnostics)")

        let gap = try json(harness, "reports/gap/backend.json")
        #expect(gap["persona"] as? String == "personas/backend.md")
        #expect(gap["today"] as? String == "2026-11")
        let issues = try #require(gap["issues"] as? [[String: Any]])
        #expect(!issues.isEmpty)
        // The fixture's summary is short and its phone is private: the same findings in Markdown.
        let markdown = try #require(harness.output("reports/gap/backend.md"))
        #expect(markdown.hasPrefix("# Gap analysis: Backend Engineer\n"))
        for issue in issues.prefix(3) {
            let field = try #require(issue["field"] as? String)
            #expect(markdown.contains(field.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")) || markdown.contains(field))
        }
        #expect(markdown.contains("[backend.json](backend.json)"))

        let match = try json(harness, "reports/match/acme/backend.json")
        #expect(match["job"] as? String == "jobs/acme.md")
        #expect((match["score"] as? Int).map { (0...100).contains($0) } == true)
        let team = try json(harness, "reports/team/platform.json")
        #expect(team["team"] as? String == "teams/platform.yaml")

        let html = try #require(harness.output("reports/match/acme/backend.html"))
        #expect(html.contains("<h1") && html.contains("Match: Staff Engineer at Acme"))
        #expect(html.contains("href=\"../../../assets/style.css\""))
        let index = try #require(harness.output("reports/index.html"))
        #expect(index.contains("href=\"gap/backend.html\""))
        #expect(index.contains("href=\"match/acme/backend.html\""))
        #expect(index.contains("href=\"team/platform.html\""))
        // Every page's navigation links to the reports.
        #expect(harness.output("index.html")?.contains("href=\"reports/index.html\"") == true)
    }

    @Test func aNewMonthRedoesTheReportsAndNothingElse() async throws {
        let harness = try BuildHarness()
        var options = BuildOptions(root: harness.workspace.root, toolFingerprint: harness.tool)
        options.today = JSONResumeDate("2026-11")
        _ = try await Builder.run(options)
        let same = try await Builder.run(options)
        #expect(same.rendered == [])
        options.today = JSONResumeDate("2026-12")
        let next = try await Builder.run(options)
        // The job pages show the persona's match, which counts years up to today: redone too.
        #expect(next.rendered == (IncrementalBuildTests.reports + ["jobs/acme.html", "jobs/index.html"]).sorted())
        #expect(try json(harness, "reports/gap/backend.json")["today"] as? String == "2026-12")
    }

    @Test func reportsCanBeTurnedOffAndTheirFilesGo() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        #expect(harness.output("reports/index.html") != nil)
        try harness.workspace.append("personaforge.yaml", "reports: false\n")
        let report = try await harness.build()
        #expect(report.removed == IncrementalBuildTests.reports.sorted())
        #expect(!harness.workspace.exists("_build/reports"))
        #expect(harness.output("index.html")?.contains("reports/index.html") == false)
    }

    @Test func aBrokenReportTemplateIsALocatedErrorAndTheRestIsBuilt() async throws {
        let harness = try BuildHarness()
        try harness.workspace.write("templates/report/template.yaml", "id: report\nname: Mine\nkind: report\nformats: [md, html]\n")
        try harness.workspace.write("templates/report/document.md.mustache", "# {{report.title}}\n\n{{report.scroe}}\n")
        let report = try await harness.build()
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.location?.file == "templates/report/document.md.mustache")
        #expect(error.location?.line == 3)
        #expect(error.message.contains("scroe"))
        #expect(harness.output("personas/backend.html") != nil)
        #expect(harness.output("reports/gap/backend.md") == nil)
    }

    @Test func aSettingNamingAMissingReportTemplateIsAnErrorAtThatSetting() async throws {
        let harness = try BuildHarness()
        try harness.workspace.append("personaforge.yaml", "templates:\n  report: reprot\n")
        let report = try await harness.build()
        let error = try #require(report.diagnostics.first { $0.code == "unknown-template" })
        #expect(error.location?.file == "personaforge.yaml")
        #expect(error.message.contains("did you mean 'report'"))
    }
}
