import Analysis
import Core
import Foundation
import Testing

/// `kb answer` edits answers.yaml as text: one key's lines change, every other byte stays.
@Suite struct AnswersFileTests {
    static let existing = """
    # My answers.
    q-0000000001: Yes, three years of Terraform at Acme.

    # Gaps
    q-0000000002: |
      I studied for a master's degree
      and travelled.
    q-0000000003: "Quoted: with a colon"  # keep this comment
    """ + "\n"

    @Test func appendsANewAnswerLeavingTheRestByteForByte() throws {
        let updated = try AnswersFile.setting("q-00000000aa", to: "Used Rust for a CLI", question: "Have you used Rust?", in: Self.existing)
        #expect(updated == Self.existing + "# Have you used Rust?\nq-00000000aa: Used Rust for a CLI\n")
    }

    @Test func replacesOnlyThatKeysLines() throws {
        let updated = try AnswersFile.setting("q-0000000002", to: "A sabbatical", in: Self.existing)
        #expect(updated == Self.existing.replacing("q-0000000002: |\n  I studied for a master's degree\n  and travelled.\n", with: "q-0000000002: A sabbatical\n"))
        let again = try AnswersFile.setting("q-0000000001", to: "No", in: updated)
        #expect(again == updated.replacing("q-0000000001: Yes, three years of Terraform at Acme.\n", with: "q-0000000001: \"No\"\n"))
    }

    @Test func fillsTheTemplatesEmptyMapping() throws {
        let template = "# Answers, by question id.\n{}\n"
        let updated = try AnswersFile.setting("q-00000000aa", to: "Yes", question: "Q?", in: template)
        #expect(updated == "# Answers, by question id.\n# Q?\nq-00000000aa: \"Yes\"\n")
    }

    @Test func quotesAnswersThatWouldReadAsSomethingElse() throws {
        let expected = [
            "Three years at Acme": "Three years at Acme", "yes": "\"yes\"", "No": "\"No\"", "true": "\"true\"", "null": "\"null\"",
            "42": "\"42\"", "a: b": "\"a: b\"", "#hashtag": "\"#hashtag\"", "multi\nline": "\"multi\\nline\"",
            "C# and \"quotes\"": "\"C# and \\\"quotes\\\"\"", "- dash": "\"- dash\"",
        ]
        for (answer, scalar) in expected {
            let updated = try AnswersFile.setting("q-00000000aa", to: answer, in: nil)
            #expect(updated.hasSuffix("\nq-00000000aa: \(scalar)\n"), "\(answer)")
        }
    }

    @Test func refusesAFlowMappingItCannotEditSafely() {
        #expect(throws: AnswersFile.EditError.self) {
            try AnswersFile.setting("q-00000000aa", to: "x", in: "{q-0000000001: yes}\n")
        }
    }

    @Test func keepsWindowsLineEndings() throws {
        let text = "# Answers\r\nq-0000000001: one\r\n"
        #expect(try AnswersFile.setting("q-00000000aa", to: "two", in: text) == text + "q-00000000aa: two\r\n")
    }

    @Test func anAnsweredQuestionDisappearsAndEnrichesTheNextAnalysis() async throws {
        let harness = try await AnalysisHarness(CVQualityTests.flawed + "\n-- knowledge/answers.yaml --\n# Mine.\n{}\n")
        let persona = try harness.persona("personas/p.md")
        let before = harness.context.gap(for: persona)
        let question = try #require(before.questions.first { $0.subject == "Kubernetes" })
        let text = try AnswersFile.setting(question.id, to: "Ran EKS clusters at Acme for two years", question: question.question,
                                           in: harness.files.read("knowledge/answers.yaml"))
        try AtomicFile.write(text, to: harness.files.path("knowledge/answers.yaml"))

        let context = try await harness.reloaded()
        let after = context.gap(for: try #require(context.workspace.resolved["personas/p.md"]))
        #expect(!after.questions.contains { $0.id == question.id })
        #expect(after.questions.count == before.questions.count - 1)
        let issue = try #require(after.issues.first { $0.code == "unevidenced-skill" })
        #expect(issue.severity == .info)
        #expect(issue.message == "Only your answer (\(question.id)) backs Kubernetes: 'Ran EKS clusters at Acme for two years'.")
        let kb = context.knowledgeBase()
        let kubernetes = try #require(kb.tools.first { $0.name == "Kubernetes" })
        #expect(kubernetes.evidence.contains { $0.source == .answer && $0.location?.file == "knowledge/answers.yaml" })
        #expect(kb.answers.map(\.id) == [question.id])
        #expect(!context.openQuestions().contains { $0.id == question.id })
    }

    @Test func aNoRemovesTheQuestionAndConfirmsTheGap() async throws {
        let id = ClarifyingQuestion.id(kind: "skill", subject: "Kubernetes", scope: "cvs/flawed.yaml")
        let harness = try await AnalysisHarness(CVQualityTests.flawed + "\n-- knowledge/answers.yaml --\n\(id): never\n")
        let report = harness.context.gap(for: try harness.persona("personas/p.md"))
        #expect(!report.questions.contains { $0.id == id })
        let issue = try #require(report.issues.first { $0.code == "unevidenced-skill" })
        #expect(issue.severity == .warning)
        #expect(issue.message.hasPrefix("You answered that you have not used Kubernetes"))
    }
}
