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

    /// Outputs counted by top-level folder, for the report and the output stamps. A build has a
    /// handful of folders, and paths come grouped by folder, so the last folder counted is looked
    /// at first; folders are compared as bytes, with no String made for each path.
    struct FolderTally {
        enum Field { case planned, rendered, failed }

        struct Count {
            var folder: [UInt8]
            var planned = 0
            var rendered = 0
            var failed = 0
        }

        private(set) var counts: [Count] = []
        private var last = 0

        mutating func add(_ path: String, _ field: Field) {
            var path = path
            let index = path.withUTF8 { bytes -> Int in
                // A "/" is never part of a longer UTF-8 sequence; a path without one is the root's.
                let folder = bytes.firstIndex(of: UInt8(ascii: "/")).map { UnsafeBufferPointer(rebasing: bytes[..<$0]) }
                    ?? UnsafeBufferPointer(start: Self.root.utf8Start, count: Self.root.utf8CodeUnitCount)
                func isFolder(_ count: Count) -> Bool { count.folder.elementsEqual(folder) }
                if last < counts.count, isFolder(counts[last]) { return last }
                if let index = counts.firstIndex(where: isFolder) { return index }
                counts.append(Count(folder: Array(folder)))
                return counts.count - 1
            }
            last = index
            switch field {
            case .planned: counts[index].planned += 1
            case .rendered: counts[index].rendered += 1
            case .failed: counts[index].failed += 1
            }
        }

        /// The root folder's name in the counts.
        private static let root: StaticString = "."

        /// Each folder's name, as a String.
        func name(of count: Count) -> String { String(decoding: count.folder, as: UTF8.self) }

        /// Each folder's rendered and reused outputs (its outputs less its rendered and failed ones).
        var folderCounts: [FolderCount] {
            counts.map { FolderCount(folder: name(of: $0), rendered: $0.rendered, reused: $0.planned - $0.rendered - $0.failed) }
        }
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
