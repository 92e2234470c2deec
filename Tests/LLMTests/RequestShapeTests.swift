import Analysis
import Foundation
@testable import LLM
import Testing
import TestSupport

/// What goes over the wire: a Chat Completions request asking for JSON against a schema.
@Suite struct RequestShapeTests {
    @Test func sendsAChatCompletionWithAJSONSchemaResponseFormat() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let report = try harness.deepenedGap(try harness.session(workspace), workspace)

        let stats = try server.stats()
        #expect(stats.requests == 1)
        let request = try #require(stats.log.first)
        #expect(request["path"] as? String == "/v1/chat/completions")
        let headers = try #require(request["headers"] as? [String: String])
        #expect(headers["authorization"] == "Bearer \(LLMHarness.key)")
        #expect(headers["content-type"] == "application/json")
        let body = try #require(request["body"] as? [String: Any])
        #expect(body["model"] as? String == "test-model")
        #expect(body["temperature"] as? Double == 0)
        #expect(body["stream"] as? Bool == false)
        let messages = try #require(body["messages"] as? [[String: String]])
        #expect(messages.map { $0["role"] } == ["system", "user"])
        #expect(messages[1]["content"]?.contains("## Persona (personas/backend.md)") == true)
        #expect(messages[1]["content"]?.contains("Cut settlement latency by 40%.") == true)
        let format = try #require(body["response_format"] as? [String: Any])
        #expect(format["type"] as? String == "json_schema")
        let jsonSchema = try #require(format["json_schema"] as? [String: Any])
        #expect(jsonSchema["name"] as? String == "analysis_findings")
        #expect(jsonSchema["strict"] as? Bool == true)
        let schema = try #require(jsonSchema["schema"] as? [String: Any])
        #expect(schema["required"] as? [String] == ["issues", "questions"])
        #expect(schema["additionalProperties"] as? Bool == false)

        // The server's schema-shaped answer is merged in, marked as the model's.
        let llm = report.issues.filter { $0.source == "llm" }
        #expect(llm.count == 1)
        #expect(llm.first?.severity == .info)
        #expect(report.questions.contains { $0.source == "llm" && $0.scope == "cvs/jane.yaml" })
        #expect(report.counts == report.issues.counts)
    }

    @Test func fallsBackToJSONModeWhenTheServerRejectsJSONSchemaAndRemembersIt() async throws {
        let server = try TestServer()
        try server.configure(["reject_json_schema": true])
        let harness = try LLMHarness(server: server)
        let workspace = try await harness.load()
        let session = try harness.session(workspace)
        let context = LLMHarness.context(workspace)
        let resolved = try #require(workspace.resolved["personas/backend.md"])
        let gap = try session.deepen(.gap(context.gap(for: resolved), persona: resolved, context: context, session: session))
        #expect(gap.issues.contains { $0.source == "llm" })
        let job = try #require(workspace.jobs.first)
        _ = try session.deepen(.match(context.match(resolved, against: job), persona: resolved, job: job, context: context, session: session))

        let formats = try server.stats().bodies.map { ($0["response_format"] as? [String: Any])?["type"] as? String }
        // Rejected once, then JSON mode for this request and every later one.
        #expect(formats == ["json_schema", "json_object", "json_object"])
        // In JSON mode the schema still reaches the model, in the system prompt.
        let system = try server.stats().bodies.last.flatMap { ($0["messages"] as? [[String: String]])?.first?["content"] }
        #expect(system?.contains("JSON Schema:\n{\"additionalProperties\":false") == true)
    }

    @Test func schemaIsStrictAndValidationNamesEveryProblem() {
        let schema = Findings.schema
        let answer: JSONValue = ["issues": [["code": "x", "severity": "error", "field": "skills", "message": "", "suggestion": "s", "extra": 1]]]
        #expect(schema.problems(in: answer) == [
            "issues[0].severity is 'error', but it must be one of info, warning.",
            "issues[0].message is empty.",
            "issues[0].extra is not a known key.",
            "questions is missing.",
        ])
        #expect(schema.problems(in: ["issues": [], "questions": []]).isEmpty)
        #expect(schema.problems(in: "text") == ["the answer should be an object, not text."])
    }
}
