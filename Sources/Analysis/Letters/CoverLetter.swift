/// A cover letter as data: who writes to whom, and the paragraphs, before any template lays it out.
public struct CoverLetter: Sendable, Hashable, Codable {
    /// The sender's contact details: the persona's CV, overridden field by field by the job's `contact`.
    public struct Contact: Sendable, Hashable, Codable {
        public var name: String?
        public var email: String?
        public var phone: String?
        public var location: String?
        public var website: String?

        public init(name: String? = nil, email: String? = nil, phone: String? = nil, location: String? = nil, website: String? = nil) {
            self.name = name
            self.email = email
            self.phone = phone
            self.location = location
            self.website = website
        }
    }

    /// One thing the posting asks for and where the sender's record shows it.
    public struct Highlight: Sendable, Hashable, Codable {
        /// The requirement as the posting names it: `Kafka`, `Go or Java`.
        public var requirement: String
        /// The evidence, from the CV or the knowledge base, as written there.
        public var text: String
        /// The CV entry the evidence is from: `Ledgerly`.
        public var entry: String?

        public init(requirement: String, text: String, entry: String? = nil) {
            self.requirement = requirement
            self.text = text
            self.entry = entry
        }
    }

    /// The job file the letter is for.
    public var job: String
    /// The persona file it is written from.
    public var persona: String
    /// The role, as the job names it.
    public var role: String
    public var company: String?
    public var sender: Contact
    /// Who it is addressed to: the job's `hiring_manager`, else nobody in particular.
    public var recipient: String?
    /// The date on the letter, as the job's `applied_on` has it; nil for no date (no clock is read).
    public var date: String?
    public var subject: String
    public var salutation: String
    public var opening: [String]
    /// The sentence that introduces the highlights; nil when there are none.
    public var highlightsIntro: String?
    public var highlights: [Highlight]
    public var closing: [String]
    public var signOff: String
    /// What wrote it: `builtin` (the deterministic engine) or a model's name.
    public var engine: String
    /// What a model wrote that was left out, each with why: a claim the record does not show.
    public var withheld: [String] = []
}
