import Core

/// A team's coverage of the skills it needs: who has what, what nobody has, what rests on one person.
public struct TeamReport: Sendable, Hashable, Codable {
    public struct Member: Sendable, Hashable, Codable {
        public var persona: String
        public var title: String
        public var seniority: String?
        /// False when the persona file is missing, failed to load, or is an audience persona.
        public var analysed: Bool
    }

    public struct NeededSkill: Sendable, Hashable, Codable {
        public var name: String
        /// `required_skills` or `description`.
        public var origin: String
        public var location: SourceLocation?
    }

    public enum Coverage: String, Sendable, Hashable, Codable {
        /// The member's persona shows it.
        case shown
        /// Only the member's CV or knowledge base has it.
        case inSources
        case none
    }

    public struct Cell: Sendable, Hashable, Codable {
        public var member: String
        public var coverage: Coverage
        public var evidence: Evidence?
    }

    public struct Row: Sendable, Hashable, Codable {
        public var skill: String
        public var cells: [Cell]
        /// Members who have the skill (shown or in their sources).
        public var holders: [String]
    }

    public struct SinglePoint: Sendable, Hashable, Codable {
        public var skill: String
        public var member: String
    }

    public struct SeniorityGroup: Sendable, Hashable, Codable {
        public var level: String
        public var members: [String]
    }

    public var team: String
    public var name: String
    public var members: [Member]
    public var neededSkills: [NeededSkill]
    public var coverage: [Row]
    public var uncovered: [String]
    public var singlePointsOfFailure: [SinglePoint]
    public var seniorityMix: [SeniorityGroup]
    public var counts: IssueCounts
    public var issues: [AnalysisIssue]
    public var questions: [ClarifyingQuestion]
}
