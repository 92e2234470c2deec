import Core
import Foundation

/// `report.json` in the output folder: what the last build did — steps with their time, what was
/// rendered, reused, removed and failed, the build cache's hit rate — for tools and `doctor`.
///
/// It holds timings, so unlike every other output it differs from one build to the next; it is
/// not a build output (no fingerprint, never pruned) and the byte-identical-output guarantee
/// covers every file but this one. A dry run writes none.
public struct BuildReportFile: Sendable, Codable {
    public static let name = "report.json"

    public struct Outputs: Sendable, Codable {
        public var planned: Int
        public var rendered: Int
        /// Rendered, but their bytes came out as before (the file was left alone).
        public var unchanged: Int
        public var reused: Int
        public var removed: Int
        public var failed: Int
    }

    public struct Diagnostics: Sendable, Codable {
        public var errors: Int
        public var warnings: Int
    }

    public var version = 1
    public var succeeded: Bool
    public var upToDate: Bool
    public var totalMilliseconds: Double
    public var steps: [BuildReport.StepTiming]
    public var skippedSteps: [String]
    public var outputs: Outputs
    /// Reused over planned: the share of outputs the build cache answered (nil without outputs).
    public var cacheHitRate: Double?
    public var folders: [BuildReport.FolderCount]
    public var rendered: [String]
    public var unchanged: [String]
    public var removed: [String]
    public var failed: [String]
    public var diagnostics: Diagnostics

    public init(_ report: BuildReport) {
        succeeded = report.succeeded
        upToDate = report.upToDate
        totalMilliseconds = (report.totalMilliseconds * 1000).rounded() / 1000
        steps = report.steps.map { .init(step: $0.step, milliseconds: ($0.milliseconds * 1000).rounded() / 1000) }
        skippedSteps = report.skippedSteps
        outputs = Outputs(planned: report.planned, rendered: report.rendered.count, unchanged: report.unchanged.count,
                          reused: report.reused, removed: report.removed.count, failed: report.failed.count)
        cacheHitRate = report.cacheHitRate.map { ($0 * 10_000).rounded() / 10_000 }
        folders = report.folders
        rendered = report.rendered
        unchanged = report.unchanged
        removed = report.removed
        failed = report.failed
        diagnostics = Diagnostics(errors: report.diagnostics.filter { $0.severity == .error }.count,
                                  warnings: report.diagnostics.filter { $0.severity == .warning }.count)
    }

    /// The last build's report in `folder`, if there is a readable one.
    public static func read(folder: String) -> BuildReportFile? {
        guard let bytes = FileSystem.read(FileSystem.join(folder, name)) else { return nil }
        return try? JSONDecoder().decode(BuildReportFile.self, from: Data(bytes))
    }

    /// Totals the build's report and writes `report.json` (atomically) when the build wrote
    /// anything, failed anything, or finds no report: a build that changed nothing leaves the
    /// output folder exactly as it was, this file included (watchers and `serve` see no change).
    static func finish(_ context: inout BuildContext, allSteps: [String]) {
        if let counts = context.upToDateCounts {
            context.report.summarize(reusedByFolder: counts, allSteps: allSteps)
        } else {
            if context.workspace == nil { context.previous.loadOutputs() }
            let outputs = context.workspace == nil ? Array(context.previous.outputs.keys) : context.plan.outputs.map(\.path)
            context.report.summarize(outputs: outputs, allSteps: allSteps)
        }
        guard !context.options.dryRun, !context.outputFolder.isEmpty, FileSystem.status(context.outputFolder)?.isDirectory == true else { return }
        let path = FileSystem.join(context.outputFolder, name)
        let report = context.report
        let wroteNothing = report.rendered.count == report.unchanged.count && report.removed.isEmpty && report.failed.isEmpty
            && !report.diagnostics.contains { $0.severity == .error }
        if wroteNothing, FileSystem.exists(path) { return }
        guard let json = BuildReportFile(context.report).json() else { return }
        // The report is a convenience: failing to write it must not fail the build.
        try? AtomicFile.write(json + [0x0A], to: path)
    }
}
