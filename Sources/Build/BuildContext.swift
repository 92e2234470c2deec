import Core
import Rendering
import Workspace
import YAMLSupport

/// The values a build passes from step to step.
struct BuildContext: Sendable {
    var options: BuildOptions
    var outputFolder = ""
    /// Where the build keeps what it knows of the last one (and its lock).
    var stateFolder: String { FileSystem.join(options.root, ".personaforge") }
    var statePath: String { FileSystem.join(stateFolder, "build-state") }
    var graphPath: String { FileSystem.join(stateFolder, "build-graph") }
    var stampsPath: String { FileSystem.join(stateFolder, "output-stamps") }
    /// The last build's state; its output records are parsed once the quick check has failed.
    var previous = BuildState()
    /// Outputs by top-level folder, when the quick check found them all up to date from the stamps.
    var upToDateCounts: [String: Int]?
    /// The state this build saved (its `written` time and outputs), for the stamps taken at the end.
    var saved: (written: Int64, outputs: [String])?
    /// The stamps of the folders below the output folder, taken while the state is written.
    var belowRootStamps: Task<OutputStamps?, Never>?
    var entries: [WorkspaceScanner.Entry] = []
    var workspace: Workspace?
    var plan = OutputPlan()
    /// Current hash of every input the plan names.
    var inputHashes: [String: String] = [:]
    var fingerprints: [String: String] = [:]
    /// The content hash of each output rendered this time that has one (`PlannedOutput.content`).
    var contents: [String: String] = [:]
    var stale: [PlannedOutput] = []
    /// The rendering values, detached from the rest once rendered, to be freed after the last write.
    var garbage: Builder.Garbage?
    var report = BuildReport()
    /// Set by a step that finds nothing more to do.
    var finished = false
    /// Every output is stale: there is no last state, or another version of the tool wrote it.
    var isFull: Bool { previous.tool != options.toolFingerprint }

    /// The month analyses take as today.
    let today: JSONResumeDate

    init(options: BuildOptions) {
        self.options = options
        today = options.today ?? Builder.currentMonth()
    }
}
