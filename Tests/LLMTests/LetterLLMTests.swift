import Foundation
@testable import LLM
import Testing
import TestSupport

/// Cover letters written by a configured model over the built-in draft: in `personaforge letter`
/// and in the build, cached, offline, with unsupported claims withheld and failures located.
/// Each test's `TestServer` is killed when the test ends, however it ends (its `deinit`).
@Suite struct LetterLLMTests {
    static let environment = [LLMHarness.keyVariable: LLMHarness.key, "SOURCE_DATE_EPOCH": "1750000000"]
    static let files = Fixtures.workspace.replacingOccurrences(of: "persona: personas/backend.md\n---",
                                                               with: "persona: personas/backend.md\ncover_letter: true\n---")

    /// An answer every fact of which the record shows, with the name as the model sees it.
    static var goodAnswer: [String: Any] { [
        "opening": ["My name is [NAME_1], and I would like to bring my payment systems work to Acme as a Staff Engineer."],
        "highlights": [["requirement": "go", "text": "At Acme Pay I led the Kafka migration and cut settlement latency by 40%."]],
        "closing": ["I would be glad to talk about the role. Thank you for reading."],
    ] }

    func letterJSON(_ stdout: String) throws -> [String: Any] {
        let value = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return try #require(value["draft"] as? [String: Any])
    }

    @Test func aGoodAnswerLandsInTheLetterAndASecondRunIsAnsweredFromTheCache() async throws {
        let server = try TestServer()
        try server.script([["json": Self.goodAnswer]])
        let harness = try LLMHarness(server: server)
        let runner = try CommandRunner()
        let first = try runner.run(["letter", "acme", "--json"], in: harness.workspace.root, environment: Self.environment)
        #expect(first.status == 0, "\(first.stderr)")
        let draft = try letterJSON(first.stdout)
        #expect(draft["engine"] as? String == "test-model")
        #expect(draft["opening"] as? [String] == ["My name is Jane Doe, and I would like to bring my payment systems work to Acme as a Staff Engineer."])
        let highlights = try #require(draft["highlights"] as? [[String: Any]])
        #expect(highlights.map { $0["requirement"] as? String } == ["Go"], "named as the posting names it")
        #expect(draft["highlightsIntro"] as? String == "Your posting asks for Go. This is where my work shows them:")
        #expect(draft["closing"] as? [String] == ["I would be glad to talk about the role. Thank you for reading."])
        #expect(draft["salutation"] as? String == "Dear Acme hiring team,", "the engine's own parts stay")
        #expect((draft["withheld"] as? [String])?.isEmpty == true)

        // What the model was sent: the posting, the public record with placeholders, the draft and the match.
        let prompt = try server.stats().promptText
        #expect(prompt.contains("## Job posting (jobs/acme.md)") && prompt.contains("## The engine's draft"))
        #expect(prompt.contains("Requirements the record meets:\n- Go (required)"))
        #expect(prompt.contains("[NAME_1]") && prompt.contains("[EMAIL_1]"))
        #expect(!prompt.contains("Jane Doe") && !prompt.contains("jane@example.com") && !prompt.contains("555"))
        let ledger = try #require(harness.workspace.read(".personaforge/llm/ledger.jsonl"))
        #expect(ledger.split(separator: "\n").count == 1)
        #expect(ledger.contains("\"task\":\"letter\"") && ledger.contains("\"cached\":false"))

        // Asked again, and offline: the cache answers, the server hears nothing, the letter is the same.
        let second = try runner.run(["letter", "acme", "--json"], in: harness.workspace.root, environment: Self.environment)
        let offline = try runner.run(["letter", "acme", "--json", "--offline"], in: harness.workspace.root)
        #expect(second.stdout == first.stdout)
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout == first.stdout)
        #expect(try server.stats().requests == 1)
        #expect(try #require(harness.workspace.read(".personaforge/llm/ledger.jsonl")).split(separator: "\n").count == 3)
        // --no-llm: the built-in engine's letter.
        let builtin = try runner.run(["letter", "acme", "--json", "--no-llm"], in: harness.workspace.root)
        #expect(try letterJSON(builtin.stdout)["engine"] as? String == "builtin")
    }

    @Test func claimsTheRecordDoesNotShowAreWithheldAndTheDraftStandsIn() async throws {
        let server = try TestServer()
        try server.script([["json": [
            "opening": ["I ran Kubernetes clusters at Initech for 7 years.", "I build payment systems at Acme Pay."],
            "highlights": [["requirement": "Rust", "text": "I build payment systems."],
                           ["requirement": "Go", "text": "I wrote the Go services of Hooli."]],
            "closing": ["I hold the CKA certification."],
        ] as [String: Any]]])
        let harness = try LLMHarness(server: server)
        let result = try CommandRunner().run(["letter", "acme"], in: harness.workspace.root, environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let letter = result.stdout
        #expect(letter.contains("I build payment systems at Acme Pay."))
        for invented in ["Kubernetes", "Initech", "7 years", "Hooli", "CKA", "Rust"] {
            #expect(!letter.contains(invented), "\(invented) was not withheld")
        }
        // No usable highlight or closing: the engine's stay.
        #expect(letter.contains("I would welcome the chance to talk about how I could contribute at Acme."))
        #expect(result.stderr.contains("note: jobs/acme.md: opening[0]: \"I ran Kubernetes clusters at Initech for 7 years.\" was withheld: it puts forward 'Kubernetes', 'Initech' and '7', which the record does not show."))
        #expect(result.stderr.contains("note: jobs/acme.md: highlights[0]: \"I build payment systems.\" was withheld: 'Rust' is not one of the posting's requirements the record meets."))
        #expect(result.stderr.contains("highlights[1]: \"I wrote the Go services of Hooli.\" was withheld: it puts forward 'Hooli'"))
        #expect(result.stderr.contains("closing[0]: \"I hold the CKA certification.\" was withheld: it puts forward 'CKA'"))
    }

    @Test func aGarbageAnswerIsAnErrorAtTheJobWithExitStatus3() async throws {
        let server = try TestServer()
        try server.script([["content": "<html>oops</html>"], ["content": "still not json"]])
        let harness = try LLMHarness(server: server)
        let result = try CommandRunner().run(["letter", "acme", "--out", "letter.md"], in: harness.workspace.root, environment: Self.environment)
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("jobs/acme.md:1:1: error: test-model answered the letter request for jobs/acme.md twice with something unusable: The answer 'still not json' is not JSON"), "\(result.stderr)")
        #expect(!harness.workspace.exists("letter.md"))
        #expect(harness.workspace.tree(".personaforge/llm/cache").isEmpty, "nothing cached")
    }

    @Test func anOfflineMissIsAClearErrorAndSendsNothing() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let result = try CommandRunner().run(["letter", "acme", "--offline"], in: harness.workspace.root)
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("jobs/acme.md:1:1: error: --offline: no cached answer from test-model for the letter of jobs/acme.md (key "), "\(result.stderr)")
        #expect(try server.stats().requests == 0)
    }

    @Test func aHandEditedLetterNeverGoesToTheModel() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server, files: Self.files)
        try harness.workspace.write("letters/acme.md", "Dear Lena,\n\nMy own words.\n")
        let runner = try CommandRunner()
        let printed = try runner.run(["letter", "acme"], in: harness.workspace.root, environment: Self.environment)
        #expect(printed.stdout == "Dear Lena,\n\nMy own words.\n")
        let build = try runner.run(["build"], in: harness.workspace.root, environment: Self.environment)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(harness.workspace.read("_build/letters/acme.md") == "Dear Lena,\n\nMy own words.\n")
        #expect(harness.workspace.read("letters/acme.md") == "Dear Lena,\n\nMy own words.\n")
        // Four reports, no letter.
        #expect(try server.stats().requests == 4)
        #expect(!(try server.stats().promptText.contains("My own words")))
    }

    @Test func theBuildWritesLettersThroughTheModelOnceAndRedoesThemForAnotherModel() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server, files: Self.files)
        let runner = try CommandRunner()
        let first = try runner.run(["build"], in: harness.workspace.root, environment: Self.environment)
        #expect(first.status == 0, "\(first.stderr)")
        // Four reports and one letter.
        let stats = try server.stats()
        #expect(stats.requests == 5)
        #expect(stats.promptText.contains("Write the cover letter for jobs/acme.md in English."))
        let letter = try #require(harness.workspace.read("_build/letters/acme.md"))
        // The server's generated answer: lowercase words, which the fact check lets through.
        #expect(letter.contains("\nopening "), "\(letter)")
        #expect(letter.contains("Dear Acme hiring team,"))

        let again = try runner.run(["build", "--clean"], in: harness.workspace.root, environment: Self.environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try server.stats().requests == 5)
        #expect(harness.workspace.read("_build/letters/acme.md") == letter)

        let settings = try #require(harness.workspace.read("personaforge.yaml"))
        try harness.workspace.write("personaforge.yaml", settings.replacingOccurrences(of: "model: test-model", with: "model: other-model"))
        harness.workspace.touchForward("personaforge.yaml")
        let other = try runner.run(["build", "--json"], in: harness.workspace.root, environment: Self.environment)
        #expect(other.status == 0, "\(other.stderr)")
        #expect(try server.stats().requests == 10)
        #expect(other.stdout.contains("\"letters/acme.md\""))
    }

    @Test func aModelFailureFailsTheLetterAtItsJobAndTheRestIsBuilt() async throws {
        let server = try TestServer()
        try server.script(Array(repeating: ["status": 500, "body": ["error": ["message": "down"]]], count: 40))
        let harness = try LLMHarness(server: server, llm: ["max_concurrency: 1"], files: Self.files)
        let result = try CommandRunner().run(["build"], in: harness.workspace.root, environment: Self.environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("jobs/acme.md:1:1: error: \(server.baseURL) answered HTTP 500 (down) to all 4 tries; try again later."), "\(result.stderr)")
        // One failure, reported once, though each of the letter's formats failed with it.
        #expect(result.stderr.components(separatedBy: "jobs/acme.md:1:1: error:").count == 2, "\(result.stderr)")
        #expect(!harness.workspace.exists("_build/letters/acme.md"))
        #expect(!harness.workspace.exists("_build/letters/acme.html"))
        #expect(harness.workspace.exists("_build/personas/backend.html"))
        #expect(harness.workspace.exists("_build/jobs/acme.html"))
    }
}
