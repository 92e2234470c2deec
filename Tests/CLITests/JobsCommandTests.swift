import Foundation
import Testing
import TestSupport

/// `personaforge jobs`, `jobs stats` and `letter` as a user runs them.
@Suite struct JobsCommandTests {
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
    """

    @Test func listsJobsMostAdvancedFirst() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let result = try CommandRunner().run(["jobs"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("STATUS     APPLIED     ROLE"))
        #expect(lines[1].hasPrefix("interview  2025-04-03  Platform Engineer · Globex"))
        #expect(lines[1].hasSuffix("the next interview"))
        #expect(lines[2].hasPrefix("applied    -           Staff Engineer · Acme"))
    }

    @Test func filtersByStatusAndRejectsAnUnknownOne() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let runner = try CommandRunner()
        let applied = try runner.run(["jobs", "--status", "applied", "--json"], in: workspace.root)
        #expect(applied.status == 0)
        let jobs = try #require(try JSONSerialization.jsonObject(with: Data(applied.stdout.utf8)) as? [[String: Any]])
        #expect(jobs.map { $0["job"] as? String } == ["jobs/acme.md"])
        let wrong = try runner.run(["jobs", "--status", "interviw"], in: workspace.root)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("Unknown status 'interviw'; did you mean 'interview'?"))
    }

    @Test func statsCountByStatusMonthAndPersona() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let result = try CommandRunner().run(["jobs", "stats", "--json"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(stats["total"] as? Int == 2)
        let byStatus = try #require(stats["byStatus"] as? [[String: Any]])
        #expect(byStatus.map { $0["status"] as? String } == ["saved", "applied", "interview", "offer", "rejected", "withdrawn"])
        #expect(byStatus.map { $0["count"] as? Int } == [0, 1, 1, 0, 0, 0])
        let months = try #require(stats["byMonth"] as? [[String: Any]])
        #expect(months.map { $0["month"] as? String } == ["2025-04"])
        let personas = try #require(stats["byPersona"] as? [[String: Any]])
        #expect(personas.map { $0["persona"] as? String } == ["personas/backend.md", nil])
        let text = try CommandRunner().run(["jobs", "stats"], in: workspace.root)
        #expect(text.stdout.hasPrefix("2 jobs, 2 active; 2 applied, 1 answered (50%).\n"))
        #expect(text.stdout.contains("  2025-04  1     interview 1\n"))
    }

    @Test func aLetterIsDraftedFromThePersonaAndPrinted() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let result = try CommandRunner().run(["letter", "acme"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Jane Doe\n"))
        #expect(result.stdout.contains("Dear Acme hiring team,"))
        #expect(!workspace.exists("letters/acme.md"))
        let json = try CommandRunner().run(["letter", "jobs/acme.md", "--json"], in: workspace.root)
        let value = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(value["origin"] as? String == "drafted")
        #expect((value["draft"] as? [String: Any])?["engine"] as? String == "builtin")
    }

    @Test func aLetterCanBeWrittenAsAPDF() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let runner = try CommandRunner()
        let result = try runner.run(["letter", "acme", "--format", "pdf", "--out", "acme.pdf"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try #require(workspace.read("acme.pdf"))
        #expect(bytes.hasPrefix("%PDF-"))
        let toTerminal = try runner.run(["letter", "acme", "--format", "pdf"], in: workspace.root)
        #expect(toTerminal.status == 64)
        #expect(toTerminal.stderr.contains("--format pdf needs --out FILE"))
    }

    @Test func aLetterCanBeWrittenAsAWordDocumentTheSameAsTheBuilds() throws {
        let workspace = try TemporaryWorkspace(Self.workspace
            .replacingOccurrences(of: "name: Test workspace\n", with: "name: Test workspace\nformats: [md, html, docx]\n")
            .replacingOccurrences(of: "persona: personas/backend.md\n---", with: "persona: personas/backend.md\ncover_letter: true\n---"))
        let runner = try CommandRunner()
        #expect(try runner.run(["build"], in: workspace.root).status == 0)
        let drafted = try runner.run(["letter", "acme", "--format", "docx", "--out", "acme.docx"], in: workspace.root)
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let built = try #require(workspace.bytes("_build/letters/acme.docx"))
        #expect(built.starts(with: Array("PK".utf8)))
        #expect(workspace.bytes("acme.docx") == built, "one content path, the same bytes")

        // A hand-edited letter: the same file in Word, from the command and from the build.
        try workspace.write("letters/acme.md", "Dear Lena,\n\nMy own words.\n")
        #expect(try runner.run(["build"], in: workspace.root).status == 0)
        let own = try runner.run(["letter", "acme", "--format", "docx", "--out", "own.docx"], in: workspace.root)
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stderr.contains("(from your letters/acme.md)"))
        #expect(workspace.bytes("own.docx") == workspace.bytes("_build/letters/acme.docx"))
        #expect(workspace.bytes("own.docx") != built)
        #expect(workspace.read("letters/acme.md") == "Dear Lena,\n\nMy own words.\n")
        // Never over one of the workspace's own files, and never to a terminal.
        let over = try runner.run(["letter", "acme", "--format", "docx", "--out", "letters/acme.md"], in: workspace.root)
        #expect(over.status == 1)
        #expect(workspace.read("letters/acme.md") == "Dear Lena,\n\nMy own words.\n")
        let toTerminal = try runner.run(["letter", "acme", "--format", "docx"], in: workspace.root)
        #expect(toTerminal.status == 64)
        #expect(toTerminal.stderr.contains("--format docx needs --out FILE"))
    }

    @Test func takingOverALetterWritesItOnceAndNeverAgain() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let runner = try CommandRunner()
        let first = try runner.run(["letter", "acme", "--take-over"], in: workspace.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("Wrote letters/acme.md"))
        try workspace.write("letters/acme.md", "My own words.\n")
        let again = try runner.run(["letter", "acme", "--take-over"], in: workspace.root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("letters/acme.md exists; PersonaForge never overwrites a letter you own."))
        #expect(workspace.read("letters/acme.md") == "My own words.\n")
        // From now on the letter is the user's file, as written.
        let printed = try runner.run(["letter", "acme"], in: workspace.root)
        #expect(printed.stdout == "My own words.\n")
    }

    @Test func aJobWithoutAPersonaCannotHaveADraftedLetter() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let result = try CommandRunner().run(["letter", "globex"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("jobs/globex.md:1:1: error: jobs/globex.md names no persona to write the letter from."))
        let unknown = try CommandRunner().run(["letter", "acne"], in: workspace.root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no job 'acne' in this workspace; did you mean 'acme'?"))
    }
}
