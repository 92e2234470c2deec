import YAMLSupport

/// What the user asked of a build.
public struct BuildOptions: Sendable {
    /// The workspace folder (absolute).
    public var root: String
    /// `--out`: overrides the settings' `output`.
    public var output: String?
    /// `--dry-run`: decide and report, write nothing.
    public var dryRun = false
    /// `--explain`: say why each output is rebuilt.
    public var explain = false
    /// `-j N`: how many outputs render at once (default: one per core).
    public var jobs: Int?
    /// `--clean`: forget the last build and remove its outputs first.
    public var clean = false
    /// `--offline`: no network; model answers come from the cache alone.
    public var offline = false
    /// The month analyses take as today; nil: SOURCE_DATE_EPOCH's, else the clock's.
    public var today: JSONResumeDate?
    /// The tool's own fingerprint; a different one rebuilds everything.
    public var toolFingerprint: String

    public init(root: String, toolFingerprint: String) {
        self.root = root
        self.toolFingerprint = toolFingerprint
    }
}
