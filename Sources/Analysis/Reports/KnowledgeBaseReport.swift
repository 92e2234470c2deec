import Core

/// The knowledge base as the analyses see it: what the knowledge files, the CVs and the answers
/// say the person knows, each item with its evidence, and the questions still open.
public struct KnowledgeBaseReport: Sendable, Hashable, Codable {
    public struct Item: Sendable, Hashable, Codable {
        public var name: String
        public var aliases: [String]
        /// The taxonomy category (software, design, ...), when the taxonomy knows it.
        public var category: String?
        public var level: String?
        public var years: Double?
        public var lastUsed: String?
        public var evidence: [Evidence]
    }

    public struct Answer: Sendable, Hashable, Codable {
        public var id: String
        /// The question, when an analysis still asks it; nil for answers to questions no longer asked.
        public var question: String?
        public var answer: String
        public var location: SourceLocation
    }

    /// The persona whose person this is, or nil for the whole workspace.
    public var persona: String?
    public var skills: [Item]
    public var tools: [Item]
    public var industries: [Item]
    public var softSkills: [Item]
    public var preferences: [Item]
    public var answers: [Answer]
    public var openQuestions: [ClarifyingQuestion]
}
