/// A job posting's requirements, in the order the posting states them.
public struct Posting: Sendable, Hashable, Codable {
    public var job: String
    public var title: String
    public var company: String?
    public var requirements: [Requirement] { didSet { prepared = requirements.map(PreparedRequirement.init) } }
    /// What matching needs of each requirement that does not depend on the persona, made once.
    var prepared: [PreparedRequirement]

    enum CodingKeys: String, CodingKey { case job, title, company, requirements }

    init(job: String, title: String, company: String?, requirements: [Requirement]) {
        self.job = job
        self.title = title
        self.company = company
        self.requirements = requirements
        prepared = requirements.map(PreparedRequirement.init)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(job: try container.decode(String.self, forKey: .job), title: try container.decode(String.self, forKey: .title),
                  company: try container.decodeIfPresent(String.self, forKey: .company),
                  requirements: try container.decode([Requirement].self, forKey: .requirements))
    }

    public var required: [Requirement] { requirements.filter { $0.importance == .required } }
    public var preferred: [Requirement] { requirements.filter { $0.importance == .preferred } }
}
