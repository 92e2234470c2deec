/// The chat request that asks a model to deepen one analysis report.
enum DeepenPrompt {
    /// Bump when the wording below changes: cached answers to the old wording are not reused.
    static let version = "deepen-1"

    /// The system message of each kind of report, made once: it quotes the schema.
    static let systemMessages: [String: String] = [
        "gap": system("the quality of a CV as one persona presents it (or of an audience persona)"),
        "match": system("how well a person's CV, as one persona presents it, fits a job posting"),
        "team": system("whether a team's members together cover what the team needs"),
    ]

    static func request(_ task: DeepenTask) -> ChatRequest {
        var user = "Task: \(task.kind)\n"
        for section in task.sections { user += "\n## \(section.heading)\n\n\(section.text)\n" }
        user += "\n## The checker's findings\n\n"
        user += task.existing.isEmpty ? "(none)\n" : task.existing.map { "- \($0)" }.joined(separator: "\n") + "\n"
        return ChatRequest(task: task.kind, subject: task.subject, promptVersion: version,
                           messages: [.init(.system, systemMessages[task.kind] ?? systemMessages["gap"]!), .init(.user, user)],
                           schemaName: Findings.schemaName, schema: Findings.schema)
    }

    static func system(_ what: String) -> String {
        """
            You review \(what). A rule-based checker has already analysed the sources; you add what it missed: \
            issues (what is wrong, where, and how to fix it) and clarifying questions whose answers would improve the analysis.
            Rules:
            - Use only facts written in the sources. Never put forward a skill, employer, certification, date or number \
            that the sources do not show; when something may be true but is not written, ask a question instead.
            - Placeholders such as [EMAIL_1] or [PRIVATE_1] stand for private details: keep them exactly as they are.
            - field is a path into the source, such as work[0].highlights[1], basics.summary or skills.
            - severity is info or warning. Do not repeat the checker's findings. Empty lists are a fine answer.
            Answer with one JSON object, and nothing else, that matches this JSON Schema:
            \(Findings.schema.jsonSchema.serialized)
            """
    }
}
