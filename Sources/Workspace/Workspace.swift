import Core
import YAMLSupport

/// A loaded workspace: every file as typed values, personas resolved, and every problem found.
public struct Workspace: Sendable {
    /// The workspace folder (absolute).
    public var root: String
    public var settings: Settings
    /// Every file read, by path; the build fingerprints outputs with their hashes.
    public var files: [String: SourceFile]
    public var cvs: [String: CV]
    /// Sorted by path.
    public var personas: [Persona] { didSet { personaIndex = Dictionary(personas.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a }) } }
    private var personaIndex: [String: Int] = [:]
    /// Each persona's effective CV and options, computed once for every later stage, by persona path.
    public var resolved: [String: ResolvedPersona]
    public var jobs: [Job]
    public var teams: [Team]
    public var knowledge: [KnowledgeFile]
    public var answers: Answers?
    public var briefs: [Brief]
    /// Sorted by location.
    public var diagnostics: [Diagnostic]

    public init(root: String, settings: Settings) {
        self.root = root
        self.settings = settings
        files = [:]
        cvs = [:]
        personas = []
        resolved = [:]
        jobs = []
        teams = []
        knowledge = []
        briefs = []
        diagnostics = []
    }

    public func persona(at path: String) -> Persona? { personaIndex[path].map { personas[$0] } }

    /// Paths of files that have at least one error: the build skips what depends on them.
    public var filesWithErrors: Set<String> {
        Set(diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.file })
    }
}
