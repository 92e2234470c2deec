import Foundation
import Testing
import TestSupport

/// `personaforge gap`, `match`, `team` and `kb` as scripts and users run them.
@Suite struct AnalysisCommandTests {
    static let today = ["--today", "2025-06"]

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func gapPrintsIssuesBySeverityAndExitsAtTheThreshold() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let runner = try CommandRunner()
        let plain = try runner.run(["gap", "backend"] + Self.today, in: workspace.root)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("Gap analysis · Backend Engineer (personas/backend.md) · CV cvs/jane.yaml · as of 2025-06\n\nwarning length  cvs/jane.yaml:8:3\n"))
        #expect(!plain.stdout.contains("\u{1B}["))
        let warnings = plain.stdout.range(of: "\nwarning ")!.lowerBound, notes = plain.stdout.range(of: "\nnote ")!.lowerBound
        #expect(warnings < notes)
        #expect(try runner.run(["gap", "personas/backend.md", "--fail-on", "warning"] + Self.today, in: workspace.root).status == 1)
        #expect(try runner.run(["gap", "backend", "--fail-on", "error"] + Self.today, in: workspace.root).status == 0)
    }

    @Test func gapJSONHasTheReportShape() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let result = try CommandRunner().run(["gap", "backend", "--json"] + Self.today, in: workspace.root)
        #expect(result.status == 0)
        let report = try json(result.stdout)
        #expect(Set(report.keys) == ["persona", "title", "kind", "cv", "today", "figures", "counts", "issues", "questions"])
        let issue = try #require((report["issues"] as? [[String: Any]])?.first)
        #expect(Set(issue.keys) == ["code", "severity", "field", "message", "suggestion", "evidence", "source"])
        #expect(issue["severity"] as? String == "warning")
        #expect((issue["evidence"] as? [String: Any])?["file"] as? String == "cvs/jane.yaml")
        let question = try #require((report["questions"] as? [[String: Any]])?.first)
        #expect((question["id"] as? String)?.hasPrefix("q-") == true)
        #expect(Set(question.keys).isSuperset(of: ["id", "kind", "subject", "question", "why", "field", "evidence", "scope", "source"]))
    }

    @Test func unknownNamesAreUsageErrorsWithADidYouMean() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let runner = try CommandRunner()
        let persona = try runner.run(["gap", "backnd"], in: workspace.root)
        #expect(persona.status == 2)
        #expect(persona.stderr == "error: no persona 'backnd' in this workspace; did you mean 'backend'?\n")
        let job = try runner.run(["match", "backend", "jobs/acm.md"], in: workspace.root)
        #expect(job.status == 2)
        #expect(job.stderr.contains("did you mean 'jobs/acme.md'?"))
        #expect(try runner.run(["gap", "backend", "--today", "2025-13"], in: workspace.root).status == 2)
        #expect(try runner.run(["kb", "answer", "q-nothex", "x"], in: workspace.root).status == 2)
    }

    @Test func matchReportsScoreAndTheSplitOfMissingRequirements() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace.replacingOccurrences(of: "## Requirements\n\n- Go", with: "## Requirements\n\n- Go\n- PHP\n- Rust"))
        let result = try CommandRunner().run(["match", "backend", "acme", "--json"] + Self.today, in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        #expect(Set(report.keys) == ["persona", "job", "title", "company", "score", "potentialScore", "weights", "requirements",
                                     "matched", "missing", "counts", "issues", "questions"])
        let missing = try #require(report["missing"] as? [String: Any])
        let inSources = (missing["inPersonaSources"] as? [[String: Any]])?.compactMap { ($0["requirement"] as? [String: Any])?["name"] as? String }
        let nowhere = (missing["nowhere"] as? [[String: Any]])?.compactMap { ($0["requirement"] as? [String: Any])?["name"] as? String }
        #expect(inSources == ["PHP"])
        // The job's title asks for staff level; the persona reads as senior.
        #expect(nowhere == ["Staff / lead", "Rust"])
        #expect((report["score"] as? Int).map { $0 > 0 && $0 < 100 } == true)
    }

    @Test func teamFailsOnAnUncoveredSkillWhenAsked() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace.replacingOccurrences(of: "required_skills: [Go]", with: "required_skills: [Go, Rust]"))
        let runner = try CommandRunner()
        let result = try runner.run(["team", "platform", "--fail-on", "error"] + Self.today, in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error   required_skills[1] (Rust)  teams/platform.yaml:3:23\n"))
        #expect(result.stdout.contains("Nobody in the team has Rust."))
        let report = try json(try runner.run(["team", "teams/platform.yaml", "--json"] + Self.today, in: workspace.root).stdout)
        #expect(report["uncovered"] as? [String] == ["Rust"])
    }

    @Test func kbAnswerRecordsTheAnswerAndTheQuestionDisappears() throws {
        let answers = "# My answers, kept by hand.\nq-0000000000: an old answer   # with a comment\n"
        let workspace = try TemporaryWorkspace(Fixtures.workspace + "\n-- knowledge/answers.yaml --\n" + answers)
        let runner = try CommandRunner()
        let before = try json(try runner.run(["gap", "backend", "--json"] + Self.today, in: workspace.root).stdout)
        let questions = try #require(before["questions"] as? [[String: Any]])
        let question = try #require(questions.first { $0["subject"] as? String == "Go" })
        let id = try #require(question["id"] as? String)

        let recorded = try runner.run(["kb", "answer", id, "Built the Globex ledger in Go, 2015-2019"], in: workspace.root)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout == "Recorded the answer to \(id) in knowledge/answers.yaml.\n")
        #expect(workspace.read("knowledge/answers.yaml") == answers + "# \(question["question"] as! String)\n\(id): Built the Globex ledger in Go, 2015-2019\n")

        let after = try json(try runner.run(["gap", "backend", "--json"] + Self.today, in: workspace.root).stdout)
        let remaining = try #require(after["questions"] as? [[String: Any]])
        #expect(remaining.count == questions.count - 1)
        #expect(!remaining.contains { $0["id"] as? String == id })
        let open = try runner.run(["kb", "questions", "--json"] + Self.today, in: workspace.root)
        #expect(!open.stdout.contains(id))
        let kb = try runner.run(["kb", "show"] + Self.today, in: workspace.root)
        #expect(kb.stdout.contains("Built the Globex ledger in Go, 2015-2019"))
        #expect(try runner.run(["check"], in: workspace.root).status == 0)
    }
}
