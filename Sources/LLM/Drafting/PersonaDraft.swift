/// One audience persona drafted from a brief, before it becomes a file.
public struct PersonaDraft: Sendable, Hashable, Codable {
    public struct Demographics: Sendable, Hashable, Codable {
        public var age: String?
        public var location: String?
        public var education: String?
        public var income: String?
    }

    public struct Role: Sendable, Hashable, Codable {
        public var title: String
        public var seniority: String
        public var companySize: String?
        public var industry: String?
    }

    public var name: String
    public var title: String
    public var tags: [String]
    public var demographics: Demographics
    public var role: Role
    public var goals: [String]
    public var painPoints: [String]
    public var objections: [String]
    public var motivations: [String]
    /// `analytical`, `driver`, `amiable` or `expressive`.
    public var buyingStyle: String
    public var buyingNotes: String
    public var channels: [String]
    public var quote: String
    /// The persona's story: the file's Markdown body.
    public var narrative: String

    static let schemaName = "audience_personas"
    static let buyingStyles = ["analytical", "driver", "amiable", "expressive"]

    /// The answer's shape: exactly `count` personas.
    static func schema(count: Int) -> AnswerSchema {
        .object([.init("personas", .array(.object([
            .init("name", .text, "A memorable name with a short epithet: 'Dana Whitfield, the careful gatekeeper'."),
            .init("title", .text, "The job title, which is also the file name: 'IT Manager'."),
            .init("tags", .textList, "Two or three kebab-case labels: economic-buyer, technical-evaluator, ..."),
            .init("demographics", .object([
                .init("age", .optionalText), .init("location", .optionalText),
                .init("education", .optionalText), .init("income", .optionalText),
            ])),
            .init("role", .object([
                .init("title", .text), .init("seniority", .text),
                .init("company_size", .optionalText), .init("industry", .optionalText),
            ])),
            .init("goals", .array(.text, minItems: 1)), .init("pain_points", .array(.text, minItems: 1)),
            .init("objections", .textList), .init("motivations", .textList),
            .init("buying_style", .object([.init("style", .choice(buyingStyles)), .init("notes", .text)])),
            .init("channels", .textList, "Where this persona looks for information."),
            .init("quote", .text, "Something this persona would say."),
            .init("narrative", .text, "A day in this persona's working life, two or three paragraphs of plain prose."),
        ]), minItems: count, maxItems: count))])
    }

    /// Reads one validated item of the answer.
    init(_ value: JSONValue) {
        func text(_ node: JSONValue?) -> String { Findings.clean(node?.string) }
        func optional(_ node: JSONValue?) -> String? { node?.string.map { Findings.clean($0) }.flatMap { $0.isEmpty ? nil : $0 } }
        func list(_ node: JSONValue?) -> [String] { (node?.array ?? []).map { text($0) }.filter { !$0.isEmpty } }
        name = text(value["name"])
        title = text(value["title"])
        tags = list(value["tags"]).map(Findings.code)
        let demographics = value["demographics"]
        self.demographics = Demographics(age: optional(demographics?["age"]), location: optional(demographics?["location"]),
                                         education: optional(demographics?["education"]), income: optional(demographics?["income"]))
        let role = value["role"]
        self.role = Role(title: text(role?["title"]), seniority: text(role?["seniority"]),
                         companySize: optional(role?["company_size"]), industry: optional(role?["industry"]))
        goals = list(value["goals"])
        painPoints = list(value["pain_points"])
        objections = list(value["objections"])
        motivations = list(value["motivations"])
        buyingStyle = value["buying_style"]?["style"]?.string ?? "analytical"
        buyingNotes = text(value["buying_style"]?["notes"])
        channels = list(value["channels"])
        quote = text(value["quote"])
        // The narrative keeps its paragraphs.
        narrative = (value["narrative"]?.string ?? "").sourceLines
            .map { $0.trimmingWhitespace() }.joined(separator: "\n").trimmingWhitespace()
    }

    public init(name: String, title: String, tags: [String], demographics: Demographics, role: Role, goals: [String],
                painPoints: [String], objections: [String], motivations: [String], buyingStyle: String, buyingNotes: String,
                channels: [String], quote: String, narrative: String) {
        self.name = name
        self.title = title
        self.tags = tags
        self.demographics = demographics
        self.role = role
        self.goals = goals
        self.painPoints = painPoints
        self.objections = objections
        self.motivations = motivations
        self.buyingStyle = buyingStyle
        self.buyingNotes = buyingNotes
        self.channels = channels
        self.quote = quote
        self.narrative = narrative
    }
}
