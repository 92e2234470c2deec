import YAMLSupport

/// The JSON Resume schema (v1.0.0) as PersonaForge validates it, plus `tags` on entries and
/// highlights, which personas use to select what they show.
public enum CVSchema {
    static let tags = Field("tags", .textList, "Persona tags this entry belongs to; personas whose tags share none leave it out.")
    /// A highlight is a sentence, or `{text, tags}` to show it only in personas with one of the tags.
    static let highlight = Schema.oneOf([.text, .object(ObjectSchema("highlight", [
        Field("text", .text, required: true, "The sentence."), tags,
    ]))])
    static let highlights = Field("highlights", .array(highlight), "Achievements, one sentence each, ideally with a measurable result.")
    static let startDate = Field("startDate", .date, "YYYY, YYYY-MM or YYYY-MM-DD.")
    static let endDate = Field("endDate", .endDate, "YYYY, YYYY-MM or YYYY-MM-DD; leave out for an ongoing role.")

    public static let location = ObjectSchema("location", [
        Field("address", .text), Field("postalCode", .text), Field("city", .text),
        Field("countryCode", .text, "ISO-3166-1 ALPHA-2, for example DE."), Field("region", .text),
    ])

    public static let basics = ObjectSchema("basics", [
        Field("name", .text, "The person's full name."),
        Field("label", .text, "A headline such as 'Backend Engineer'."),
        Field("image", .text, "A photo: a URL or a path inside the workspace."),
        Field("email", .email), Field("phone", .text), Field("url", .url, "A personal website."),
        Field("summary", .text, "Two or three sentences about the person."),
        Field("location", .object(location)),
        Field("profiles", .array(.object(ObjectSchema("profile", [
            Field("network", .text, "LinkedIn, GitHub, ..."), Field("username", .text), Field("url", .url),
        ])))),
    ])

    public static let work = ObjectSchema("work entry", [
        Field("name", .text, "The employer."), Field("company", .text, "Older JSON Resume name for 'name'."),
        Field("position", .text), Field("location", .text), Field("description", .text, "What the organisation does."),
        Field("url", .url), Field("website", .url, "Older JSON Resume name for 'url'."),
        startDate, endDate, Field("summary", .text), highlights, tags,
    ])
    public static let volunteer = ObjectSchema("volunteer entry", [
        Field("organization", .text), Field("position", .text), Field("url", .url),
        startDate, endDate, Field("summary", .text), highlights, tags,
    ])
    public static let education = ObjectSchema("education entry", [
        Field("institution", .text), Field("url", .url), Field("area", .text, "The field of study."),
        Field("studyType", .text, "Bachelor, Master, ..."), startDate, endDate, Field("score", .text),
        Field("courses", .textList), tags,
    ])
    public static let award = ObjectSchema("award", [
        Field("title", .text), Field("date", .date), Field("awarder", .text), Field("summary", .text), tags,
    ])
    public static let certificate = ObjectSchema("certificate", [
        Field("name", .text), Field("date", .date), Field("issuer", .text), Field("url", .url), tags,
    ])
    public static let publication = ObjectSchema("publication", [
        Field("name", .text), Field("publisher", .text), Field("releaseDate", .date), Field("url", .url),
        Field("summary", .text), tags,
    ])
    public static let skill = ObjectSchema("skill", [
        Field("name", .text), Field("level", .text, "Beginner, Intermediate, Advanced, Expert, ..."),
        Field("keywords", .textList), tags,
    ])
    public static let language = ObjectSchema("language", [Field("language", .text), Field("fluency", .text), tags])
    public static let interest = ObjectSchema("interest", [Field("name", .text), Field("keywords", .textList), tags])
    public static let reference = ObjectSchema("reference", [Field("name", .text), Field("reference", .text), tags])
    public static let project = ObjectSchema("project", [
        Field("name", .text), Field("description", .text), highlights, Field("keywords", .textList),
        startDate, endDate, Field("url", .url), Field("roles", .textList), Field("entity", .text),
        Field("type", .text), tags,
    ])

    /// The list sections of a CV, in JSON Resume order, each with the key that names an entry.
    public static let sections: [(name: String, entry: ObjectSchema, nameKey: String)] = [
        ("work", work, "name"), ("volunteer", volunteer, "organization"), ("education", education, "institution"),
        ("awards", award, "title"), ("certificates", certificate, "name"), ("publications", publication, "name"),
        ("skills", skill, "name"), ("languages", language, "language"), ("interests", interest, "name"),
        ("references", reference, "name"), ("projects", project, "name"),
    ]

    public static let document = ObjectSchema("CV", [
        Field("$schema", .text, "The JSON Schema this file follows (ignored)."),
        Field("basics", .object(basics)),
    ] + sections.map { Field($0.name, .array(.object($0.entry))) } + [
        Field("meta", .object(ObjectSchema("meta", allowsOtherKeys: true, [
            Field("canonical", .url), Field("version", .text), Field("lastModified", .text),
        ]))),
    ])

    /// The key naming an entry of a section ("institution" for education), for include/exclude.
    public static func nameKey(of section: String) -> String? {
        sections.first { $0.name == section }?.nameKey
    }
}
