import Analysis
import Core

/// What a model adds to an analysis: issues and clarifying questions, in the shape the
/// deterministic engine reports them.
struct Findings: Sendable {
    struct Issue: Sendable {
        var code: String
        var severity: AnalysisIssue.Severity
        var field: String
        var message: String
        var suggestion: String
    }

    struct Question: Sendable {
        var kind: String
        var subject: String
        var question: String
        var why: String
        var field: String
    }

    var issues: [Issue]
    var questions: [Question]

    static let schemaName = "analysis_findings"

    /// LLM findings are advice: `info` or `warning`; `error` stays with the deterministic checks.
    static let schema = AnswerSchema.object([
        .init("issues", .array(.object([
            .init("code", .text, "A short kebab-case name for the kind of problem, such as vague-summary."),
            .init("severity", .choice(["info", "warning"])),
            .init("field", .text, "Where the problem is: a path such as work[0].highlights[1], basics.summary or skills."),
            .init("message", .text, "What is wrong, in one sentence."),
            .init("suggestion", .text, "What to do about it, in one sentence."),
        ]), maxItems: 20)),
        .init("questions", .array(.object([
            .init("kind", .text, "What sort of question: skill, metric, scope, date-gap, goal, ..."),
            .init("subject", .text, "What it is about, in a few words."),
            .init("question", .text, "The question to the person, in one sentence."),
            .init("why", .text, "Why the answer would improve the analysis."),
            .init("field", .text, "The field the answer would go into."),
        ]), maxItems: 10)),
    ])

    /// Reads a validated answer (the schema has already been checked).
    init(_ value: JSONValue) {
        issues = (value["issues"]?.array ?? []).map { item in
            Issue(code: Self.code(item["code"]?.string ?? ""), severity: item["severity"]?.string == "warning" ? .warning : .info,
                  field: Self.clean(item["field"]?.string), message: Self.clean(item["message"]?.string),
                  suggestion: Self.clean(item["suggestion"]?.string))
        }
        questions = (value["questions"]?.array ?? []).map { item in
            Question(kind: Self.code(item["kind"]?.string ?? ""), subject: Self.clean(item["subject"]?.string),
                     question: Self.clean(item["question"]?.string), why: Self.clean(item["why"]?.string),
                     field: Self.clean(item["field"]?.string))
        }
    }

    /// One line of text, trimmed.
    static func clean(_ text: String?) -> String {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A kebab-case code: lowercase letters, digits and single hyphens, at most 40 characters.
    static func code(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber { out.append(character) } else if !out.isEmpty, out.last != "-" { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "finding" : String(out.prefix(40))
    }
}
