import YAMLSupport

/// Schemas of the workspace's smaller file kinds: jobs, teams, knowledge, answers, briefs.
public enum DocumentSchemas {
    public static let jobStatuses = ["saved", "applied", "interview", "offer", "rejected", "withdrawn"]

    public static let job = ObjectSchema("job front matter", [
        Field("title", .text, required: true, "The role's title."),
        Field("company", .text, "The employer."),
        Field("location", .text), Field("url", .url, "Where the posting is."),
        Field("status", .choice(jobStatuses), "Where the application stands (default: saved)."),
        Field("applied_on", .date, "When you applied."),
        Field("persona", .path("a persona", extensions: ["md"]), "The persona you apply with."),
        Field("cover_letter", .oneOf([.boolean, .text]), "true, or the id of a cover-letter template."),
        Field("hiring_manager", .text, "Who the cover letter is addressed to."),
        Field("contact", .object(letterContact), "Contact details for this job's letter, overriding the persona's CV."),
        Field("notes", .text), Field("tags", .textList),
    ])

    /// A letter's sender details; an empty value leaves that detail off the letter.
    public static let letterContact = ObjectSchema("letter contact", [
        Field("name", .text), Field("email", .text), Field("phone", .text), Field("location", .text), Field("website", .text),
    ])

    public static let team = ObjectSchema("team", [
        Field("name", .text, required: true),
        Field("description", .text, "What the team must be able to do."),
        Field("members", .array(.path("a persona", extensions: ["md"])), required: true, "The members' persona files."),
        Field("required_skills", .textList, "Skills the team needs."),
    ])

    public static let knowledgeEntry = ObjectSchema("knowledge entry", [
        Field("name", .text, required: true), Field("aliases", .textList, "Other names for the same thing."),
        Field("level", .text), Field("years", .number, "Years of experience."),
        Field("last_used", .date), Field("evidence", .oneOf([.text, .textList]), "Where it shows: a project, a certificate, ..."),
    ])
    public static let knowledgeCategories = ["skills", "tools", "industries", "soft_skills", "preferences"]

    public static let knowledge = ObjectSchema("knowledge file",
        knowledgeCategories.map { Field($0, .array(.object(knowledgeEntry))) })

    /// `knowledge/answers.yaml`: clarifying-question id -> the user's answer.
    public static let answers = Schema.map(.oneOf([.text, .number, .boolean]))

    public static let brief = ObjectSchema("brief", [
        Field("project", .text, required: true, "The folder under personas/ the drafts go to."),
        Field("product", .text, required: true, "What is being sold or built."),
        Field("audience", .text, "Who it is for, in free text."),
        Field("demographics", .map(.any)), Field("goals", .textList), Field("pain_points", .textList),
        Field("count", .integer(minimum: 1, maximum: 50), "How many personas to draft (default 3)."),
        Field("notes", .text),
    ])
}
