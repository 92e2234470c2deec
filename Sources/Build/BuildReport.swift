import Core

/// What a build did, for the terminal summary, `--json`, `_build/report.json` and the tests
/// that count work.
public struct BuildReport: Sendable, Codable {
    public struct StepTiming: Sendable, Codable {
        public var step: String
        public var milliseconds: Double
    }

    /// Outputs under one top-level folder of the output (`personas`, `jobs`, `.` for the root).
    public struct FolderCount: Sendable, Codable, Hashable {
        public var folder: String
        /// Rendered this time (some may have come out byte-identical: `unchanged`).
        public var rendered: Int
        /// Not rendered: their fingerprint matched the last build's.
        public var reused: Int
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
    /// The steps that ran, in order, with their time.
    public var steps: [StepTiming] = []
    /// Steps not needed this time (after a quick check found nothing changed).
    public var skippedSteps: [String] = []
    /// Every output the workspace has (planned, or known from the last build when nothing was read).
    public var planned = 0
    /// Rendered and reused outputs by top-level folder, in folder order.
    public var folders: [FolderCount] = []

    public init() {}

    public var succeeded: Bool { failed.isEmpty && !diagnostics.hasErrors }

    /// Reused outputs over all outputs the build could have had to make: the share the build
    /// cache answered. Nil when there are no outputs.
    public var cacheHitRate: Double? { planned == 0 ? nil : Double(reused) / Double(planned) }

    public var totalMilliseconds: Double { steps.reduce(0) { $0 + $1.milliseconds } }

    /// Fills in the totals once the steps are done: `outputs` are every output path of the plan.
    mutating func summarize(outputs: [String], allSteps: [String]) {
        // Every rendered output is one of `outputs` (a build renders only what it planned), so a
        // folder's reused outputs are its outputs less its rendered ones and its failed ones not
        // rendered. Counted folder by folder, without a set of every path: this runs on one core
        // after the build's last output, and hashing 3,500 paths twice took 2 ms of it.
        var tally = FolderTally()
        for path in outputs { tally.add(path, .planned) }
        for path in rendered { tally.add(path, .rendered) }
        if !failed.isEmpty {
            let planned = Set(outputs), renderedSet = Set(rendered)
            for path in Set(failed) where planned.contains(path) && !renderedSet.contains(path) { tally.add(path, .failed) }
        }
        summarize(planned: outputs.count, folders: tally.folderCounts, allSteps: allSteps)
    }

    /// The totals of a build that read nothing: every output reused, counted by top-level folder.
    mutating func summarize(reusedByFolder counts: [String: Int], allSteps: [String]) {
        summarize(planned: counts.values.reduce(0, +), folders: counts.map { FolderCount(folder: $0.key, rendered: 0, reused: $0.value) },
                  allSteps: allSteps)
    }

    private mutating func summarize(planned: Int, folders counts: [FolderCount], allSteps: [String]) {
        self.planned = planned
        let ran = Set(steps.map(\.step))
        skippedSteps = allSteps.filter { !ran.contains($0) }
        folders = counts.sorted { $0.folder < $1.folder }
    }
}
