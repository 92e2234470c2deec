/// How well a persona fits a job: an explainable score, what matched and with what evidence,
/// and what is missing, split by whether the person's sources have it.
public struct MatchReport: Sendable, Hashable, Codable {
    /// A requirement with the verdict, the points it earned and the evidence behind them.
    public struct Result: Sendable, Hashable, Codable {
        public var requirement: Requirement
        public var weight: Double
        /// 0...1: how much of the requirement the persona shows (years may be partly met).
        public var credit: Double
        public var points: Double
        public var evidence: [Evidence]
        /// A remark on the verdict: `about 7.5 of 8 years`.
        public var note: String?
    }

    public struct Missing: Sendable, Hashable, Codable {
        /// In your CV or knowledge base but not in this persona: easy to add.
        public var inPersonaSources: [Result]
        /// Nowhere in your sources: a real gap.
        public var nowhere: [Result]
    }

    public var persona: String
    public var job: String
    public var title: String
    public var company: String?
    /// 0...100: points earned over points possible, with the persona as it is.
    public var score: Int
    /// The score if the persona showed everything its sources hold.
    public var potentialScore: Int
    public var weights: MatchWeights
    public var requirements: [Requirement]
    public var matched: [Result]
    public var missing: Missing
    public var counts: IssueCounts
    public var issues: [AnalysisIssue]
    public var questions: [ClarifyingQuestion]
}

/// The weight of each kind of requirement in the score, by importance.
public struct MatchWeights: Sendable, Hashable, Codable {
    public struct Pair: Sendable, Hashable, Codable {
        public var required: Double
        public var preferred: Double
    }

    public var skill = Pair(required: 3, preferred: 1)
    /// Soft skills are hard to show on paper; they count less.
    public var softSkill = Pair(required: 1, preferred: 0.5)
    public var years = Pair(required: 3, preferred: 1)
    public var education = Pair(required: 2, preferred: 1)
    public var certification = Pair(required: 2, preferred: 1)
    public var seniority = Pair(required: 2, preferred: 1)
    /// What a requirement in the persona's sources but not in the persona earns toward the potential score only.
    public var partialCredit = 0.75

    public init() {}

    func weight(of requirement: Requirement) -> Double {
        let pair: Pair
        switch requirement.kind {
        case .skill: pair = requirement.category == "soft-skills" ? softSkill : skill
        case .years: pair = years
        case .education: pair = education
        case .certification: pair = certification
        case .seniority: pair = seniority
        }
        return requirement.importance == .required ? pair.required : pair.preferred
    }
}
