import Core
import Rendering
import Workspace
import YAMLSupport

/// The values a build passes from step to step.
struct BuildContext: Sendable {
    var options: BuildOptions
    var outputFolder = ""
    var statePath: String { FileSystem.join(options.root, ".personaforge/build-state") }
    var graphPath: String { FileSystem.join(options.root, ".personaforge/build-graph") }
    var previous = BuildState()
    var entries: [WorkspaceScanner.Entry] = []
    var workspace: Workspace?
    var plan = OutputPlan()
    /// Current hash of every input the plan names.
    var inputHashes: [String: String] = [:]
    var fingerprints: [String: String] = [:]
    /// The content hash of each output rendered this time that has one (`PlannedOutput.content`).
    var contents: [String: String] = [:]
    var stale: [PlannedOutput] = []
    var report = BuildReport()
    /// Set by a step that finds nothing more to do.
    var finished = false

    /// The month analyses take as today.
    let today: JSONResumeDate

    init(options: BuildOptions) {
        self.options = options
        today = options.today ?? Builder.currentMonth()
    }
}
