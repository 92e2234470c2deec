@testable import Build
import Core
import Foundation
import Testing
import TestSupport

/// Cover letters in the build: drafted when a job asks for one, made from exactly what they read,
/// and the user's own `letters/JOB.md` used as written and never touched.
@Suite struct LetterBuildTests {
    static let workspace = Fixtures.workspace.replacingOccurrences(of: "persona: personas/backend.md\n---", with: """
        persona: personas/backend.md
        cover_letter: true
        hiring_manager: Lena Vogt
        ---
        """)

    @Test func aJobAskingForALetterGetsOneInEachFormat() async throws {
        let harness = try BuildHarness(Self.workspace)
        let report = try await harness.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.rendered.filter { $0.hasPrefix("letters/") } == ["letters/acme.html", "letters/acme.md"])
        let letter = try #require(harness.output("letters/acme.md"))
        #expect(letter.hasPrefix("# Jane Doe\n"))
        #expect(letter.contains("Dear Lena Vogt,"))
        #expect(letter.contains("**Application for Staff Engineer at Acme**"))
        // The phone is private in the settings: never on a published letter.
        #expect(!letter.contains("555"))
        let page = try #require(harness.output("letters/acme.html"))
        #expect(page.contains("Dear Lena Vogt,"))
        #expect(harness.output("jobs/acme.html")?.contains("href=\"../letters/acme.html\">draft letter</a>") == true)
    }

    @Test func aLetterIsAlsoAWordDocumentHoldingItsText() async throws {
        let harness = try BuildHarness(Self.workspace.replacingOccurrences(of: "name: Test workspace\n", with: "name: Test workspace\nformats: [md, html, docx]\n"))
        let report = try await harness.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.rendered.filter { $0.hasPrefix("letters/") } == ["letters/acme.docx", "letters/acme.html", "letters/acme.md"])
        let lines = try DOCXReadBack.lines(try #require(harness.workspace.bytes("_build/letters/acme.docx")))
        #expect(lines.first == "Jane Doe")
        #expect(lines.contains("Dear Lena Vogt,"))
        #expect(lines.contains("Application for Staff Engineer at Acme"))
        #expect(lines.contains { $0.hasPrefix("I am writing to apply for the Staff Engineer role at Acme.") })
        #expect(!lines.joined().contains("555"), "the private phone stays out of Word too")
        #expect(harness.output("letters/acme.html")?.contains("href=\"acme.docx\"") == true)

        // The user's own letter becomes the Word document as written, and stays untouched.
        let own = "Dear Lena,\n\nI wrote this *myself*.\n\nJane\n"
        try harness.workspace.write("letters/acme.md", own)
        let edited = try await harness.build()
        #expect(edited.rendered.filter { $0.hasPrefix("letters/") } == ["letters/acme.docx", "letters/acme.html", "letters/acme.md"])
        #expect(try DOCXReadBack.lines(try #require(harness.workspace.bytes("_build/letters/acme.docx"))) == ["Dear Lena,", "I wrote this myself.", "Jane"])
        #expect(harness.workspace.read("letters/acme.md") == own)
        let again = try await harness.build()
        #expect(again.rendered.isEmpty)
        #expect(harness.workspace.read("letters/acme.md") == own)
    }

    @Test func aLetterWhoseTextDidNotChangeIsNotTypesetAgain() async throws {
        let harness = try BuildHarness(Self.workspace.replacingOccurrences(of: "name: Test workspace\n", with: "name: Test workspace\nformats: [md, html, pdf, docx]\n"))
        let first = try await harness.build()
        #expect(first.rendered.contains("letters/acme.pdf") && first.rendered.contains("letters/acme.docx"))
        // Stand-ins for the typeset files: typesetting again would replace them.
        try harness.workspace.write("_build/letters/acme.pdf", "typeset before")
        try harness.workspace.write("_build/letters/acme.docx", "written before")
        // The persona's body is an input of its letter, but not in it: the letter's Markdown comes out the same.
        try harness.workspace.append("personas/backend.md", "\nMore about queues.\n")
        let edited = try await harness.build()
        #expect(edited.succeeded, "\(edited.diagnostics)")
        #expect(edited.rendered.contains("letters/acme.md") && edited.unchanged.contains("letters/acme.md"))
        #expect(edited.unchanged.contains("letters/acme.pdf") && edited.unchanged.contains("letters/acme.docx"))
        #expect(harness.output("letters/acme.pdf") == "typeset before")
        #expect(harness.output("letters/acme.docx") == "written before")
        // A change the letter shows is typeset.
        let job = try #require(harness.workspace.read("jobs/acme.md"))
        try harness.workspace.write("jobs/acme.md", job.replacingOccurrences(of: "Lena Vogt", with: "Lena Berg"))
        harness.workspace.touchForward("jobs/acme.md")
        let renamed = try await harness.build()
        #expect(!renamed.unchanged.contains("letters/acme.pdf"))
        #expect(harness.output("letters/acme.pdf")?.hasPrefix("%PDF-") == true)
        #expect(try DOCXReadBack.lines(try #require(harness.workspace.bytes("_build/letters/acme.docx"))).contains("Dear Lena Berg,"))
    }

    @Test func aJobThatDoesNotAskGetsNoLetter() async throws {
        let harness = try BuildHarness()
        let report = try await harness.build()
        #expect(!report.rendered.contains { $0.hasPrefix("letters/") })
    }

    @Test func aLetterIsRedoneWhenItsCVChangesAndNotForAnotherPersona() async throws {
        let harness = try BuildHarness(Self.workspace)
        _ = try await harness.build()
        try harness.workspace.append("personas/acme/it-manager.md", "\nUnrelated.\n")
        let unrelated = try await harness.build()
        #expect(!unrelated.rendered.contains { $0.hasPrefix("letters/") })
        try harness.workspace.append("cvs/jane.yaml", "awards:\n  - title: Payments Engineer of the Year\n")
        let edited = try await harness.build(explain: true)
        #expect(edited.rendered.filter { $0.hasPrefix("letters/") } == ["letters/acme.html", "letters/acme.md"])
        #expect(edited.explanations["letters/acme.md"] == ["cvs/jane.yaml changed"])
    }

    @Test func theUsersOwnLetterIsUsedAsWrittenAndNeverOverwritten() async throws {
        let harness = try BuildHarness(Self.workspace)
        _ = try await harness.build()
        let own = "Dear Lena,\n\nI wrote this *myself*.\n\nJane\n"
        try harness.workspace.write("letters/acme.md", own)
        let report = try await harness.build(explain: true)
        #expect(report.rendered.filter { $0.hasPrefix("letters/") } == ["letters/acme.html", "letters/acme.md"])
        #expect(report.explanations["letters/acme.md"]?.contains("letters/acme.md is a new input") == true)
        #expect(harness.output("letters/acme.md") == own)
        #expect(harness.output("letters/acme.html")?.contains("I wrote this <em>myself</em>.") == true)
        #expect(harness.output("jobs/acme.html")?.contains(">your letter</a>") == true)
        // Nothing the build does touches the user's file, and a CV edit no longer redoes the letter.
        try harness.workspace.append("cvs/jane.yaml", "awards:\n  - title: Another award\n")
        let again = try await harness.build()
        #expect(!again.rendered.contains("letters/acme.md"))
        #expect(harness.workspace.read("letters/acme.md") == own)
    }

    @Test func aLetterWithoutAJobOrAJobWithoutAPersonaIsWarnedAbout() async throws {
        let archive = Fixtures.settings + "\n" + """
        -- jobs/solo.md --
        ---
        title: Solo
        cover_letter: true
        ---
        Posting.
        -- letters/nobody.md --
        Dear nobody,
        """
        let harness = try BuildHarness(archive)
        let report = try await harness.build()
        let messages = report.diagnostics.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0): \($0.severity): \($0.message)" }
        #expect(messages == [
            "jobs/solo.md:3: warning: jobs/solo.md asks for a cover letter but names no persona to write it from.",
            "letters/nobody.md:1: warning: letters/nobody.md is not used: there is no job jobs/nobody.md.",
        ])
        #expect(!harness.workspace.exists("_build/letters"))
    }

    @Test func anUnknownLetterTemplateIsAnErrorAtTheJobsLine() async throws {
        let harness = try BuildHarness(Self.workspace.replacingOccurrences(of: "cover_letter: true", with: "cover_letter: cover-leter"))
        let report = try await harness.build()
        let problem = try #require(report.diagnostics.first { $0.code == "unknown-template" })
        #expect(problem.location?.file == "jobs/acme.md")
        #expect(problem.location?.line == 6)
        #expect(problem.location?.column == 15)
        #expect(problem.message == "There is no template 'cover-leter'; did you mean 'cover-letter'?")
        #expect(report.failed.contains("letters/acme.md"))
        #expect(!report.succeeded)
    }

    @Test func twoBuildsOfTheSameWorkspaceWriteTheSameLetters() async throws {
        let first = try BuildHarness(Self.workspace), second = try BuildHarness(Self.workspace)
        _ = try await first.build()
        _ = try await second.build()
        #expect(first.output("letters/acme.md") == second.output("letters/acme.md"))
        #expect(first.output("letters/acme.html") == second.output("letters/acme.html"))
    }
}
