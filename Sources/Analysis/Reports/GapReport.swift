/// The CV-quality analysis of one persona: issues and clarifying questions, plus the figures
/// the length check used.
public struct GapReport: Sendable, Hashable, Codable {
    public struct Figures: Sendable, Hashable, Codable {
        /// Work experience the persona shows, in months (overlaps counted once).
        public var experienceMonths: Int
        public var words: Int
        /// Words over about 475 a page, plus room for headings.
        public var estimatedPages: Double
        public var bullets: Int
        public var quantifiedBullets: Int
    }

    public var persona: String
    public var title: String
    /// `professional` or `audience`.
    public var kind: String
    public var cv: String?
    /// The month the analysis took as today, `YYYY-MM`.
    public var today: String
    public var figures: Figures?
    public var counts: IssueCounts
    public var issues: [AnalysisIssue]
    public var questions: [ClarifyingQuestion]
}
