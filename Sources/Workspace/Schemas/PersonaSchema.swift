import YAMLSupport

/// Persona front matter: `kind: professional` (the default) or `kind: audience`.
public enum PersonaSchema {
    public static let kinds = ["professional", "audience"]
    public static let sectionNames = ["summary"] + CVSchema.sections.map(\.name) + ["body"]

    static let common: [Field] = [
        Field("kind", .choice(kinds), "professional (a tailored CV identity, the default) or audience (a buyer persona)."),
        Field("title", .text, required: true, "What the persona is: 'Senior Backend Engineer', 'IT Manager'."),
        Field("tags", .textList, "Labels for grouping on the site; professional personas also select CV entries by them."),
        Field("template", .text, "The id of the template to render with, overriding the workspace default."),
        Field("locale", .text, "Language for dates and section titles, for example en or de."),
        Field("private", .textList, "Dotted fields (basics.phone) that never reach the site or a remote model."),
    ]

    /// `skills: {include: [Go], exclude: [PHP]}` or full JSON Resume entries that override the CV's.
    static func sectionOverride(_ section: String, _ entry: ObjectSchema) -> Field {
        Field(section, .oneOf([
            .array(.object(entry)),
            .object(ObjectSchema("\(section) filter", [
                Field("include", .textList, "Keep only these entries, by name."),
                Field("exclude", .textList, "Leave these entries out, by name."),
            ])),
        ]), "Entries overriding the CV's (matched by name), or {include, exclude} by name.")
    }

    public static let professional = ObjectSchema("persona front matter", common + [
        Field("cv", .path("a CV", extensions: ["yaml", "yml", "json", "pdf", "docx", "md"]), "The CV this persona draws on."),
        Field("name", .text, "The person's name, if different from the CV's."),
        Field("summary", .text, "The summary shown for this persona, replacing the CV's."),
        Field("basics", .object(CVSchema.basics), "Fields overriding the CV's basics."),
        Field("sections", .array(.choice(sectionNames)), "Which sections to show, in order."),
        Field("jobs", .array(.path("a job", extensions: ["md"])), "Job descriptions to match this persona against."),
    ] + CVSchema.sections.map { sectionOverride($0.name, $0.entry) })

    public static let buyingStyles = ["analytical", "driver", "amiable", "expressive"]

    public static let audience = ObjectSchema("audience persona front matter", common + [
        Field("name", .text, "A memorable name: 'Dana, the pragmatic IT manager'."),
        Field("project", .text, "The product or project this persona belongs to (default: its folder)."),
        Field("demographics", .map(.any), "Age, location, education, income, ..."),
        Field("role", .object(ObjectSchema("role", [
            Field("title", .text), Field("seniority", .text), Field("company_size", .text), Field("industry", .text),
        ]))),
        Field("goals", .textList), Field("pain_points", .textList), Field("objections", .textList),
        Field("motivations", .textList),
        Field("buying_style", .oneOf([.choice(buyingStyles), .object(ObjectSchema("buying style", [
            Field("style", .choice(buyingStyles), required: true), Field("notes", .text),
        ]))]), "analytical, driver, amiable or expressive, or {style, notes}."),
        Field("channels", .textList, "Where this persona looks for information."),
        Field("linkedin", .object(ObjectSchema("linkedin", [
            Field("url", .url), Field("headline", .text), Field("summary", .text),
        ]))),
        Field("quote", .text, "Something this persona would say."),
        Field("generated_from", .path("a brief", extensions: ["yaml", "yml"]), "The brief this persona was drafted from."),
    ])
}
