import Analysis
import Foundation
@testable import LLM
import Testing
import TestSupport

/// A model's finding that puts forward a skill, employer, certification or number no source
/// shows is flagged and withheld; grounded findings pass.
@Suite struct FabricationTests {
    static func issue(_ code: String, _ message: String, _ suggestion: String, field: String = "work[0].highlights[0]") -> [String: Any] {
        ["code": code, "severity": "warning", "field": field, "message": message, "suggestion": suggestion]
    }

    @Test func claimsTheSourcesDoNotShowAreWithheldAndNamed() async throws {
        let server = try TestServer()
        try server.script([["json": ["issues": [
            Self.issue("kubernetes", "The Acme Pay work never mentions infrastructure.", "Highlight your Kubernetes work at Acme Pay."),
            Self.issue("team-size", "Leadership is not quantified.", "Say that you led 12 engineers."),
            Self.issue("employer", "Some experience is missing.", "Add your years at Stripe to the summary."),
            Self.issue("certificate", "No certificates are listed.", "List your AWS Certified Solutions Architect certificate."),
            Self.issue("ledger-impact", "The ledger work at Globex has no result.", "Say what the ledger changed, for whom and how much.", field: "work[1].highlights[0]"),
            Self.issue("lead-with-latency", "The 40% latency cut is the strongest result.", "Move it to the top of the Acme Pay entry."),
        ], "questions": [
            ["kind": "skill", "subject": "Terraform", "question": "Have you used Terraform at Acme Pay?", "why": "Infrastructure matters.", "field": "skills"],
            ["kind": "metric", "subject": "ledger", "question": "How many transactions a day did the Globex ledger handle?", "why": "A number makes the result concrete.", "field": "work[1].highlights[0]"],
        ]]]])
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let report = try harness.deepenedGap(try harness.session(workspace), workspace)

        let passed = report.issues.filter { $0.source == "llm" && $0.code != "llm-unsupported-claim" }.map(\.code)
        #expect(Set(passed) == ["ledger-impact", "lead-with-latency"])
        let withheld = report.issues.filter { $0.code == "llm-unsupported-claim" }
        #expect(withheld.allSatisfy { $0.severity == .info && $0.source == "llm" })
        let named = withheld.map(\.message).sorted()
        #expect(named == [
            "A model finding was withheld: it puts forward 'AWS Certified Solutions Architect', which none of the sources show.",
            "A model finding was withheld: it puts forward 'Kubernetes', which none of the sources show.",
            "A model finding was withheld: it puts forward 'Stripe', which none of the sources show.",
            "A model finding was withheld: it puts forward 'Terraform', which none of the sources show.",
            "A model finding was withheld: it puts forward '12', which none of the sources show.",
        ].sorted())
        // Nothing the model made up is passed on as a finding or a question.
        for text in report.issues.filter({ $0.code != "llm-unsupported-claim" }).flatMap({ [$0.message, $0.suggestion] })
            + report.questions.flatMap({ [$0.question, $0.subject] }) {
            for invented in ["Kubernetes", "Stripe", "12 engineers", "AWS", "Terraform"] { #expect(!text.contains(invented)) }
        }
        #expect(report.questions.contains { $0.source == "llm" && $0.subject == "ledger" })
        // A grounded finding points at the line it is about.
        let ledger = try #require(report.issues.first { $0.code == "ledger-impact" })
        #expect(ledger.evidence?.file == "cvs/jane.yaml")
        #expect(ledger.evidence?.line == 20)
    }

    @Test func theCheckerKnowsAliasesNumbersAndSentenceStarts() {
        let checker = FactChecker(sources: ["skills: [k8s, PostgreSQL]\nRaised revenue by 1,200 dollars in 2019-03 at Initech."],
                                  taxonomy: .shipped)
        #expect(checker.unsupportedTerms(in: "Mention the Kubernetes clusters you ran at Initech.").isEmpty)
        #expect(checker.unsupportedTerms(in: "Quantify the SQL work: 1200 dollars in March 2019 is good.").isEmpty)
        #expect(checker.unsupportedTerms(in: "Great start. Add the STAR method to your CV.").isEmpty)
        #expect(checker.unsupportedTerms(in: "You also worked at Hooli for 6 years with Rust.") == ["Rust", "Hooli", "6"])
        #expect(checker.unsupportedTerms(in: "Raised revenue by 1,250 dollars.") == ["1250"])
    }
}
