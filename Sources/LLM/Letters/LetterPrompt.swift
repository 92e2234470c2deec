/// The chat request that asks a model to write a cover letter's paragraphs.
enum LetterPrompt {
    /// Bump when the wording below changes: cached answers to the old wording are not reused.
    static let version = "letter-1"

    static func request(_ task: LetterTask) -> ChatRequest {
        var user = "Write the cover letter for \(task.subject) in \(task.language).\n"
        for section in task.sections { user += "\n## \(section.heading)\n\n\(section.text)\n" }
        return ChatRequest(task: "letter", subject: task.subject, promptVersion: version,
                           messages: [.init(.system, system), .init(.user, user)], schemaName: LetterAnswer.schemaName, schema: LetterAnswer.schema)
    }

    static let system = """
        You write cover letters for job applications, in the first person, as the applicant. A rule-based engine has \
        drafted the letter from the applicant's record; write a better one: the opening paragraphs, one sentence for each \
        requirement worth backing, and the closing paragraphs. Salutation, sign-off, addresses and contact details are \
        added around your text: leave them out.
        Rules:
        - Use only facts written in the applicant's record. Never put forward a skill, employer, certification, date or \
        number the record does not show; leave out what it does not say.
        - Each highlight names one requirement from the list of requirements the record meets, exactly as listed.
        - Write in the language the request names. Keep it short: the letter fits on one page.
        - Placeholders such as [NAME_1] or [EMAIL_1] stand for private details: keep them exactly as they are.
        Answer with one JSON object, and nothing else, that matches this JSON Schema:
        \(LetterAnswer.schema.jsonSchema.serialized)
        """
}
