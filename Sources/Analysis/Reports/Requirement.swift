import Core

/// One thing a posting (or a team description) asks for.
///
/// A value type whose fields live in one shared, copy-on-write box: match reports copy each
/// requirement into every result, a million times in a large run, and one reference count per
/// copy is far cheaper than one per string.
public struct Requirement: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case skill, years, education, certification, seniority
    }

    public enum Importance: String, Sendable, Hashable, Codable {
        case required, preferred
    }

    private final class Storage: @unchecked Sendable {
        // Mutated only through `Requirement.update`, when this box is not shared.
        var kind: Kind, importance: Importance, name: String, skills: [String], category: String?, years: Int?
        var level: String?, field: String?, text: String, location: SourceLocation?
        var skillIDs: [Int32] = [], degree: DegreeLevel?, seniority: Seniority?

        init(kind: Kind, importance: Importance, name: String, skills: [String], category: String?, years: Int?,
             level: String?, field: String?, text: String, location: SourceLocation?) {
            self.kind = kind
            self.importance = importance
            self.name = name
            self.skills = skills
            self.category = category
            self.years = years
            self.level = level
            self.field = field
            self.text = text
            self.location = location
        }

        func copy() -> Storage {
            let copy = Storage(kind: kind, importance: importance, name: name, skills: skills, category: category, years: years,
                               level: level, field: field, text: text, location: location)
            copy.skillIDs = skillIDs
            copy.degree = degree
            copy.seniority = seniority
            return copy
        }
    }

    private var storage: Storage

    private mutating func update(_ change: (Storage) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        change(storage)
    }

    public init(kind: Kind, importance: Importance, name: String, skills: [String], category: String?, years: Int?,
                level: String?, field: String?, text: String, location: SourceLocation?) {
        storage = Storage(kind: kind, importance: importance, name: name, skills: skills, category: category, years: years,
                          level: level, field: field, text: text, location: location)
    }

    public var kind: Kind { get { storage.kind } set { update { $0.kind = newValue } } }
    public var importance: Importance { get { storage.importance } set { update { $0.importance = newValue } } }
    /// What is asked for, as a short phrase: `Kubernetes`, `Go or Java`, `8+ years of backend development`.
    public var name: String { get { storage.name } set { update { $0.name = newValue } } }
    /// For a skill or certification, the skills that satisfy it (more than one for "Go or Java").
    public var skills: [String] { get { storage.skills } set { update { $0.skills = newValue } } }
    /// The taxonomy category of the (first) skill.
    public var category: String? { get { storage.category } set { update { $0.category = newValue } } }
    /// For `years`: how many.
    public var years: Int? { get { storage.years } set { update { $0.years = newValue } } }
    /// For `education` and `seniority`: the level asked for.
    public var level: String? { get { storage.level } set { update { $0.level = newValue } } }
    /// For `education`: the field of study, when the posting names one.
    public var field: String? { get { storage.field } set { update { $0.field = newValue } } }
    /// The posting's line it was read from.
    public var text: String { get { storage.text } set { update { $0.text = newValue } } }
    public var location: SourceLocation? { get { storage.location } set { update { $0.location = newValue } } }

    /// Taxonomy ids behind `skills` (and the subject of a `years` requirement).
    var skillIDs: [Int32] { get { storage.skillIDs } set { update { $0.skillIDs = newValue } } }
    var degree: DegreeLevel? { get { storage.degree } set { update { $0.degree = newValue } } }
    var seniority: Seniority? { get { storage.seniority } set { update { $0.seniority = newValue } } }

    enum CodingKeys: String, CodingKey {
        case kind, importance, name, skills, category, years, level, field, text, location
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decode(Kind.self, forKey: .kind), importance: try c.decode(Importance.self, forKey: .importance),
                  name: try c.decode(String.self, forKey: .name), skills: try c.decode([String].self, forKey: .skills),
                  category: try c.decodeIfPresent(String.self, forKey: .category), years: try c.decodeIfPresent(Int.self, forKey: .years),
                  level: try c.decodeIfPresent(String.self, forKey: .level), field: try c.decodeIfPresent(String.self, forKey: .field),
                  text: try c.decode(String.self, forKey: .text), location: try c.decodeIfPresent(SourceLocation.self, forKey: .location))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(importance, forKey: .importance)
        try c.encode(name, forKey: .name)
        try c.encode(skills, forKey: .skills)
        try c.encodeIfPresent(category, forKey: .category)
        try c.encodeIfPresent(years, forKey: .years)
        try c.encodeIfPresent(level, forKey: .level)
        try c.encodeIfPresent(field, forKey: .field)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(location, forKey: .location)
    }

    public static func == (a: Requirement, b: Requirement) -> Bool {
        a.storage === b.storage
            || (a.kind == b.kind && a.importance == b.importance && a.name == b.name && a.skills == b.skills && a.category == b.category
                && a.years == b.years && a.level == b.level && a.field == b.field && a.text == b.text && a.location == b.location
                && a.skillIDs == b.skillIDs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(importance)
        hasher.combine(name)
        hasher.combine(text)
        hasher.combine(location)
    }
}

/// A requirement's persona-independent texts: the clarifying question and the issue wording.
struct PreparedRequirement: Sendable, Hashable {
    /// What questions about it are about: `Go or Java`, a certification's name.
    var subject: String
    /// `skill\n<subject folded>\n`, to which a scope is appended for the question id.
    var idPrefix: [UInt8]
    var question: String
    var why: String
    var field: String
    var nowhere: String
    var nowhereSentence: String

    init(_ requirement: Requirement) {
        let isCertificate = requirement.kind == .certification
        subject = isCertificate ? requirement.name : requirement.skills.joined(separator: " or ")
        idPrefix = Array("skill\n".utf8) + ClarifyingQuestion.fold(subject) + [0x0A]
        question = MatchAnalyzer.question(about: subject, category: isCertificate ? "certifications" : requirement.category ?? "", person: nil)
        why = "A posting asks for \(requirement.name), and neither this persona nor its sources show it."
        switch requirement.kind {
        case .skill: field = "skills"
        case .certification: field = "certificates"
        case .years: field = "work"
        case .education: field = "education"
        case .seniority: field = "title"
        }
        nowhere = "\(requirement.name) is \(requirement.importance.rawValue), and nothing in your sources shows it"
        nowhereSentence = nowhere + "."
    }
}
