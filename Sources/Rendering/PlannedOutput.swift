import Core

/// One file the build can make: where it goes, what it is made from, and how to make it.
public struct PlannedOutput: Sendable {
    /// Relative to the output folder: `personas/backend-engineer.html`.
    public var path: String
    /// What it reads: workspace paths, `builtin:` template files, `setting:` values. Their hashes
    /// make its fingerprint, so a change to any of them, and only to them, makes it stale.
    public var inputs: [String]
    /// Renders the bytes. Pure: reads only the values captured when it was planned.
    public var render: @Sendable () throws(Diagnostic) -> Rendered
    /// Optional, for outputs costly to render from something cheap to make (a letter's PDF from
    /// its Markdown): text holding everything the bytes are made from. When the inputs changed
    /// but this comes out as it did last time, and the file is there, the build does not render
    /// it again: the bytes would be the same. Nil: rendered whenever an input changed.
    public var content: (@Sendable () throws(Diagnostic) -> String)?
    /// Outputs reading the same costly analysis (a job's match report and the job's page) share a
    /// group, and `OutputPlan.gatherGroups` has them render one after another.
    public var group: String?
    /// Made from what the output planned just before it makes (another format of one document,
    /// from the same Markdown): the build renders the two on one worker, one after the other,
    /// rather than have a second worker wait for the first to finish the shared part.
    public var followsPrevious = false

    /// An output's bytes, and what was noticed making them that the user should hear of though
    /// the output was made (characters no font has, drawn as boxes in a PDF).
    public struct Rendered: Sendable {
        public var bytes: [UInt8]
        public var warnings: [Diagnostic]

        public init(_ bytes: [UInt8], warnings: [Diagnostic] = []) {
            self.bytes = bytes
            self.warnings = warnings
        }
    }

    public init(path: String, inputs: [String], content: (@Sendable () throws(Diagnostic) -> String)? = nil,
                group: String? = nil, render: @escaping @Sendable () throws(Diagnostic) -> Rendered) {
        self.path = path
        self.inputs = inputs
        self.content = content
        self.group = group
        self.render = render
    }
}

/// Everything a build could make, with the hashes of the inputs that are not workspace files.
public struct OutputPlan: Sendable {
    public var outputs: [PlannedOutput]
    /// Hashes of virtual inputs (`builtin:` templates, `setting:` values) by input path.
    public var virtualInputs: [String: String]
    /// Problems found while planning (an unknown template id, a template that fails its check).
    public var diagnostics: [Diagnostic]
    /// Outputs that could not be planned because an input has errors; the build reports them as failed.
    public var skipped: [String]
    /// The analyses being made ahead while planning, if any: to be stopped when the build needs
    /// both cores again (as it fingerprints the outputs).
    public var analysesAhead: AnalysesAhead?

    public init(outputs: [PlannedOutput] = [], virtualInputs: [String: String] = [:], diagnostics: [Diagnostic] = [], skipped: [String] = []) {
        self.outputs = outputs
        self.virtualInputs = virtualInputs
        self.diagnostics = diagnostics
        self.skipped = skipped
    }
}

extension OutputPlan {
    /// Moves each grouped output up to just after the first output of its group, keeping every
    /// other order. Outputs render in plan order, so what a group shares (a job's posting, its
    /// persona's profile) is made and let go within a few outputs instead of being held from one
    /// planner's outputs to another's, thousands of outputs later.
    mutating func gatherGroups() {
        var members: [String: [PlannedOutput]] = [:]
        for output in outputs { if let group = output.group { members[group, default: []].append(output) } }
        guard !members.isEmpty else { return }
        var gathered: [PlannedOutput] = []
        gathered.reserveCapacity(outputs.count)
        for output in outputs {
            guard let group = output.group else {
                gathered.append(output)
                continue
            }
            if let together = members.removeValue(forKey: group) { gathered += together }
        }
        outputs = gathered
    }
}
