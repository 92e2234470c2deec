import Foundation

/// Checks each answer against the request's schema; an answer that is not JSON or not of the
/// asked shape gets one retry that tells the model what was wrong, then a clear error.
struct ValidatingModel: LanguageModel {
    let base: any LanguageModel

    func complete(_ request: ChatRequest) throws(LLMError) -> ModelAnswer {
        let first = try base.complete(request)
        let problems: [String]
        switch Self.validate(first, against: request.schema) {
        case .success(let value): return Self.accepted(first, value)
        case .failure(let found): problems = found.problems
        }
        let second = try base.complete(request.repairing(first.text, problems: problems))
        switch Self.validate(second, against: request.schema) {
        case .success(let value): return Self.accepted(second, value)
        case .failure(let found):
            throw LLMError(.invalidAnswer, "\(second.model) answered the \(request.task) request for \(request.subject) twice with something unusable: \(found.problems.prefix(3).joined(separator: " ")) Nothing was cached or written; try again, or another model.")
        }
    }

    struct Problems: Error { var problems: [String] }

    /// The answer in canonical form: what is cached, so equal answers are equal bytes.
    static func accepted(_ answer: ModelAnswer, _ value: JSONValue) -> ModelAnswer {
        var answer = answer
        answer.value = value
        answer.text = value.serialized
        return answer
    }

    /// A fresh answer: cut off at the token limit is a problem even when what came parses.
    static func validate(_ answer: ModelAnswer, against schema: AnswerSchema) -> Result<JSONValue, Problems> {
        if answer.truncated { return .failure(Problems(problems: ["The answer was cut off at the token limit; answer more briefly."])) }
        return validate(answer.text, against: schema)
    }

    /// The answer's JSON value if it parses and fits the schema, else every problem found.
    static func validate(_ text: String, against schema: AnswerSchema) -> Result<JSONValue, Problems> {
        let value: JSONValue
        do {
            value = try JSONValue.parse(extractJSON(text))
        } catch {
            let start = text.prefix(60).split(whereSeparator: \.isNewline).joined(separator: " ")
            return .failure(Problems(problems: ["The answer '\(start)\(text.count > 60 ? "…" : "")' is not JSON: \(error)."]))
        }
        let problems = schema.problems(in: value)
        return problems.isEmpty ? .success(value) : .failure(Problems(problems: problems))
    }

    /// The JSON inside an answer: without a reasoning model's `<think>` block or Markdown code fences.
    static func extractJSON(_ text: String) -> String {
        var body = Substring(text)
        if let start = body.range(of: "<think>"), body[..<start.lowerBound].allSatisfy(\.isWhitespace),
           let end = body.range(of: "</think>") {
            body = body[end.upperBound...]
        }
        body = body.drop(while: \.isWhitespace)
        if body.hasPrefix("```") {
            body = body.drop { $0 != "\n" }
            if let fence = body.range(of: "```", options: .backwards) { body = body[..<fence.lowerBound] }
        }
        return body.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
