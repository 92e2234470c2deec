/// What a model writes of a cover letter: the paragraphs between salutation and sign-off. The
/// rest (addresses, subject, salutation, sign-off) stays the letter engine's.
struct LetterAnswer: Sendable {
    struct Highlight: Sendable {
        /// The requirement it backs, as the prompt lists the ones the record meets.
        var requirement: String
        var text: String
    }

    var opening: [String]
    var highlights: [Highlight]
    var closing: [String]

    static let schemaName = "cover_letter"

    static let schema = AnswerSchema.object([
        .init("opening", .array(.text, minItems: 1, maxItems: 3),
              "The first paragraphs: the role applied for and who the applicant is, in one or two short paragraphs."),
        .init("highlights", .array(.object([
            .init("requirement", .text, "One of the requirements the record meets, exactly as the list names it."),
            .init("text", .text, "One sentence showing how the applicant's record meets it, with facts from the record only."),
        ]), maxItems: 6)),
        .init("closing", .array(.text, minItems: 1, maxItems: 3), "The last paragraphs, before the sign-off."),
    ])

    /// Reads a validated answer (the schema has already been checked); each text on one line.
    init(_ value: JSONValue) {
        opening = (value["opening"]?.array ?? []).map { Findings.clean($0.string) }.filter { !$0.isEmpty }
        highlights = (value["highlights"]?.array ?? []).map { item in
            Highlight(requirement: Findings.clean(item["requirement"]?.string), text: Findings.clean(item["text"]?.string))
        }
        closing = (value["closing"]?.array ?? []).map { Findings.clean($0.string) }.filter { !$0.isEmpty }
    }
}
