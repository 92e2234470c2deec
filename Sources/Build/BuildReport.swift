import Core

/// What a build did, for the terminal summary, `--json` and the tests that count work.
public struct BuildReport: Sendable, Codable {
    public struct StepTiming: Sendable, Codable {
        public var step: String
        public var milliseconds: Double
    }

    /// The output folder (absolute).
    public var outputFolder = ""
    /// True when the quick check found nothing changed and nothing was read.
    public var upToDate = false
    /// Outputs rendered (or, in a dry run, that would be), relative to the output folder, sorted.
    public var rendered: [String] = []
    /// Outputs rendered whose bytes came out the same as before.
    public var unchanged: [String] = []
    /// Outputs whose fingerprint matched, so they were not rendered.
    public var reused = 0
    /// Outputs removed because what they were made from is gone.
    public var removed: [String] = []
    /// Outputs not made because an input has errors (the last good file, if any, is kept).
    public var failed: [String] = []
    /// Why each rendered output was stale (with `--explain`).
    public var explanations: [String: [String]] = [:]
    public var diagnostics: [Diagnostic] = []
    public var steps: [StepTiming] = []

    public init() {}

    public var succeeded: Bool { failed.isEmpty && !diagnostics.hasErrors }
}
