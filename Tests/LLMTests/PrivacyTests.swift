import Foundation
@testable import LLM
import Testing
import TestSupport

/// The API key is never written; contact details and private fields leave only as placeholders.
@Suite struct PrivacyTests {
    static let files = Fixtures.workspace
        .replacingOccurrences(of: "  summary: Builds payment systems.\n",
                              with: "  summary: Builds payment systems.\n  url: https://jane.example.com\n  location: {address: 12 Elm Street, city: Springfield}\n")
        .replacingOccurrences(of: "skills: {exclude: [PHP]}\n", with: "skills: {exclude: [PHP]}\nprivate: [basics.summary]\n")
        .replacingOccurrences(of: "I like **queues**.", with: "I like **queues**. Write to jane.doe@personal.example or call +44 20 7946 0958.")

    @Test func theAPIKeyIsInNoFileWritten() async throws {
        let server = try TestServer()
        try server.configure(["require_key": LLMHarness.key])
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let session = try harness.session(workspace)
        _ = try harness.deepenedGap(session, workspace)
        _ = try harness.deepenedGap(session, workspace)
        let runner = try CommandRunner()
        let environment = [LLMHarness.keyVariable: LLMHarness.key]
        try harness.workspace.write("briefs/crm.yaml", "project: crm\nproduct: A CRM\ncount: 2\n")
        let generated = try runner.run(["generate", "crm"], in: harness.workspace.root, environment: environment)
        #expect(generated.status == 0, "\(generated.stderr)")
        let gap = try runner.run(["match", "backend", "acme", "--json"], in: harness.workspace.root, environment: environment)
        #expect(gap.status == 0, "\(gap.stderr)")
        #expect(try server.stats().requests == 3)
        // The server checked the key on every request, so it was sent; no file holds it.
        let files = harness.allFiles()
        #expect(files.keys.contains(".personaforge/llm/ledger.jsonl"))
        #expect(files.keys.contains { $0.hasPrefix(".personaforge/llm/cache/") })
        #expect(files.keys.contains { $0.hasPrefix("personas/crm/") })
        let key = Array(LLMHarness.key.utf8)
        for (path, bytes) in files {
            #expect(!bytes.contains(key), "the API key is in \(path)")
        }
        #expect(!gap.stdout.contains(LLMHarness.key) && !gap.stderr.contains(LLMHarness.key))
    }

    @Test func contactDetailsAndPrivateFieldsArePlaceholdersInPromptsAndRestoredInAnswers() async throws {
        let server = try TestServer()
        try server.script([["json": ["issues": [["code": "contact-line", "severity": "info", "field": "basics.email",
                                                "message": "The header shows [EMAIL_1] but not [URL_1].",
                                                "suggestion": "Put [URL_1] next to [EMAIL_1] in the header."]],
                                     "questions": []]]])
        let harness = try LLMHarness(server: server, files: Self.files)
        let workspace = try await harness.load()
        let report = try harness.deepenedGap(try harness.session(workspace), workspace)

        let prompt = try server.stats().promptText
        for secret in ["jane@example.com", "555 0100", "Jane Doe", "Builds payment systems", "jane.example.com", "12 Elm Street",
                       "jane.doe@personal.example", "7946 0958"] {
            #expect(!prompt.contains(secret), "\(secret) reached the model")
        }
        for placeholder in ["name: \"[NAME_1]\"", "email: \"[EMAIL_1]\"", "phone: \"[PHONE_1]\"", "url: \"[URL_1]\"",
                            "address: \"[ADDRESS_1]\"", "summary: \"[PRIVATE_1]\"", "Write to [EMAIL_2] or call [PHONE_2]."] {
            #expect(prompt.contains(placeholder), "no \(placeholder) in the prompt")
        }
        // What is not a contact detail still reaches the model.
        #expect(prompt.contains("city: Springfield"))

        let issue = try #require(report.issues.first { $0.code == "contact-line" })
        #expect(issue.source == "llm")
        #expect(issue.message == "The header shows jane@example.com but not https://jane.example.com.")
        #expect(issue.suggestion == "Put https://jane.example.com next to jane@example.com in the header.")
        #expect(issue.evidence?.file == "cvs/jane.yaml")
        #expect(issue.evidence?.line == 4)
    }

    @Test func allowPrivateSendsDetailsAsTheyAre() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server, llm: ["allow_private: true"], files: Self.files)
        let workspace = try await harness.load()
        _ = try harness.deepenedGap(try harness.session(workspace), workspace)
        let prompt = try server.stats().promptText
        #expect(prompt.contains("email: jane@example.com"))
        #expect(prompt.contains("Write to jane.doe@personal.example or call +44 20 7946 0958."))
        #expect(!prompt.contains("email: \"[EMAIL_1]\""))
    }

    @Test func scannerFindsAddressesAndInternationalNumbersOnly() {
        #expect(ContactScanner.emails(in: "Mail a.b+cv@mail.example.org. Or @handle, or x@y.") == ["a.b+cv@mail.example.org"])
        #expect(ContactScanner.phones(in: "Call +1 (555) 010-0199 or +44 20 7946 0958; dates 2019-2021; +12%.")
            == ["+1 (555) 010-0199", "+44 20 7946 0958"])
    }
}
