import Analysis
import Core
import Foundation
import Import
import PDFReading
import Rendering
import Synchronization
import Workspace
import YAMLSupport

/// Runs a build: decides what is stale from recorded fingerprints and makes only that.
public enum Builder {
    /// The build, as data: each step reads and extends the context; any step may finish it early.
    static let steps: [BuildStep] = [
        BuildStep(name: "prepare", run: prepare),
        BuildStep(name: "scan", run: scan),
        BuildStep(name: "quick-check", run: quickCheck),
        BuildStep(name: "load", run: load),
        BuildStep(name: "import-cvs", run: importLinkedCVs),
        BuildStep(name: "plan", run: plan),
        BuildStep(name: "fingerprint", run: fingerprint),
        BuildStep(name: "render", run: render),
        BuildStep(name: "prune", run: prune),
        BuildStep(name: "save-state", run: saveState),
    ]

    /// Builds the workspace. Throws only for the environment's failures (an unwritable folder);
    /// the user's mistakes come back as diagnostics in the report.
    public static func run(_ options: BuildOptions, onWait: () -> Void = {}) async throws -> BuildReport {
        // Checked before the lock is taken: the lock's folder would otherwise be made in a folder
        // that is not a workspace (a mistyped --workspace), which a build must not touch.
        let settingsPath = FileSystem.join(options.root, WorkspaceScanner.settingsFile)
        guard FileSystem.exists(settingsPath) else { throw WorkspaceLoader.NotAWorkspace(root: options.root) }
        var context = BuildContext(options: options)
        let lock = try BuildLock(path: FileSystem.join(context.stateFolder, "lock"), onWait: onWait)
        defer { withExtendedLifetime(lock) {} }
        for step in steps where !context.finished {
            let start = ContinuousClock.now
            do {
                try await step.run(&context)
            } catch let error as Diagnostic {
                context.report.diagnostics.append(error)
                context.finished = true
            } catch {
                throw BuildError(step: step.name, underlying: error)
            }
            let elapsed = ContinuousClock.now - start
            context.report.steps.append(.init(step: step.name, milliseconds: Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000))
        }
        context.report.diagnostics = context.report.diagnostics.sortedByLocation()
        BuildReportFile.finish(&context, allSteps: steps.map(\.name))
        await stampOutputs(context)
        // The rest of the build's values (its plan, fingerprints and hashes: another 2 ms at 1,000
        // personas) are freed on another thread after the last write (see `releaseRenderingValues`).
        // The context is moved there, not copied: a copy left here would be the last reference,
        // and the freeing would happen on this thread as `run` returns, before the command exits.
        let report = context.report
        let garbage = Garbage(context)
        context = BuildContext(options: context.options)
        DispatchQueue.global(qos: .utility).async { garbage.empty() }
        return report
    }

    @Sendable static func prepare(_ context: inout BuildContext) async throws {
        // The state or graph of a build stopped while writing them is left under a temporary
        // name (the files themselves are whole, the old or the new): this build holds the lock.
        // The folders below are other commands' (the model's answers, imported CVs).
        AtomicFile.removeTemporaryFiles(in: context.stateFolder, descending: false)
        let settingsPath = FileSystem.join(context.options.root, WorkspaceScanner.settingsFile)
        // The output folder is needed before the workspace is loaded (for the quick check), so
        // read just that setting here; the full load validates the file properly.
        let settings = SettingsPeek.read(settingsPath: settingsPath) ?? Settings(root: nil)
        context.outputFolder = try OutputFolder.resolve(root: context.options.root, setting: settings.output, override: context.options.output)
        context.report.outputFolder = context.outputFolder
        if context.options.clean {
            if !context.options.dryRun { try clean(context) }
        } else {
            context.previous = BuildState.load(from: context.statePath, outputs: false) ?? BuildState()
        }
        // A full build (no state, or another version's) renders every output, so it will need
        // the skill taxonomy if there are jobs or reports: parsing it (about 10 ms) starts now,
        // on the core the scan leaves idle, instead of while planning.
        if context.isFull, !context.options.dryRun,
           settings.reports || FileSystem.status(FileSystem.join(context.options.root, "jobs"))?.isDirectory == true {
            SkillTaxonomy.prepareShipped()
        }
    }

    @Sendable static func scan(_ context: inout BuildContext) async throws {
        context.entries = WorkspaceScanner.scan(root: context.options.root)
    }

    /// Nothing changed when every file has the size and time it had, the tool is the same and
    /// every output is still there. Files touched within a second of the last build are not
    /// trusted by time alone (their next edit could land in the same clock tick).
    @Sendable static func quickCheck(_ context: inout BuildContext) async throws {
        let previous = context.previous
        guard previous.tool == context.options.toolFingerprint, previous.outputFolder == context.outputFolder,
              previous.today == context.today.description,
              previous.failed.isEmpty, previous.files.count == context.entries.count else { return }
        let racyAfter = previous.written - 1_000_000_000
        for entry in context.entries {
            guard let record = previous.files[entry.path], record.size == entry.status.size,
                  record.modified == entry.status.modified, entry.status.modified < racyAfter else { return }
        }
        if let stamps = OutputStamps.load(from: context.stampsPath), stamps.state == previous.written,
           stamps.outputCount > 0, stamps.hold(in: context.outputFolder) {
            context.upToDateCounts = stamps.counts
            context.report.reused = stamps.outputCount
        } else {
            context.previous.loadOutputs()
            let outputs = context.previous.outputs
            guard !outputs.isEmpty, OutputFolder.containsAll(outputs.keys, in: context.outputFolder) else { return }
            context.report.reused = outputs.count
        }
        context.report.upToDate = true
        context.finished = true
    }

    /// After the build's last write (`report.json` included), stamps the folders holding the
    /// outputs the saved state lists, so the next no-op check need not look at each output. The
    /// folders below the output folder were stamped while the state was written (`saveState`).
    static func stampOutputs(_ context: BuildContext) async {
        guard let saved = context.saved, context.report.failed.isEmpty, let below = await context.belowRootStamps?.value,
              let root = OutputStamps.take(outputs: saved.outputs, in: context.outputFolder, state: saved.written, part: .root) else { return }
        try? AtomicFile.write(utf8Of: below.merged(with: root).serialized(), to: context.stampsPath)
    }

    @Sendable static func load(_ context: inout BuildContext) async throws {
        context.previous.loadOutputs()
        let workspace = try await WorkspaceLoader.load(root: context.options.root, entries: context.entries)
        context.report.diagnostics += workspace.diagnostics
        context.workspace = workspace
    }

    /// CVs personas name in another format (`cv: cvs/jane.pdf`), imported once per content.
    @Sendable static func importLinkedCVs(_ context: inout BuildContext) async throws {
        guard var workspace = context.workspace else { return }
        context.report.diagnostics += LinkedCVImport.apply(to: &workspace, tool: context.options.toolFingerprint)
        context.workspace = workspace
    }

    @Sendable static func plan(_ context: inout BuildContext) async throws {
        guard let workspace = context.workspace else { return }
        context.plan = SitePlanner.plan(workspace, today: context.today, offline: context.options.offline, prepare: !context.options.dryRun,
                                        makeAhead: context.isFull)
        TemplatePreviews.add(to: &context.plan, workspace: workspace) { pdf in try PDFPageImage.png(bytes: pdf, page: 0, dpi: 72) }
        context.report.diagnostics += context.plan.diagnostics
        context.report.failed = context.plan.skipped.sorted()
    }

    /// The month analyses take as today: SOURCE_DATE_EPOCH's (reproducible builds), else the clock's.
    static func currentMonth() -> JSONResumeDate {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int64.init) ?? Int64(time(nil))
        return Analysis.month(ofEpochSeconds: epoch)
    }

    @Sendable static func fingerprint(_ context: inout BuildContext) async throws {
        guard let workspace = context.workspace else { return }
        // Both cores are needed from here: what was being made ahead is left to the outputs.
        context.plan.analysesAhead?.stop()
        // What each output was made from is needed to explain, and to keep failed outputs' records.
        if context.options.explain || !context.previous.failed.isEmpty {
            if !context.previous.loadGraph(from: context.graphPath) { context.previous.inputHashes = [:] }
        }
        var hashes = context.plan.virtualInputs
        hashes.reserveCapacity(hashes.count + workspace.files.count)
        for (path, file) in workspace.files { hashes[path] = file.hash }
        context.inputHashes = hashes
        // Each output's fingerprint, and whether its file is still there, on every core.
        let (tool, folder, previous, frozen) = (context.options.toolFingerprint, context.outputFolder, context.previous.outputs, hashes)
        let checked = Parallel.map(context.plan.outputs) { output -> (fingerprint: String, exists: Bool) in
            // The bytes of "\(tool)\n\(output.path)\n" and of "\(input)\t\(hash)\n" for each
            // input, without a string made for any of them, into a buffer sized for them once
            // (a hash is 64 bytes; with its tab and newline, 66).
            var hasher = SHA256(capacity: output.inputs.reduce(tool.utf8.count + output.path.utf8.count + 2) { $0 + $1.utf8.count + 66 })
            hasher.update(tool)
            hasher.update(byte: 0x0A)
            hasher.update(output.path)
            hasher.update(byte: 0x0A)
            for input in output.inputs {
                hasher.update(input)
                hasher.update(byte: 0x09)
                hasher.update(frozen[input] ?? "absent")
                hasher.update(byte: 0x0A)
            }
            // Without a record the output is stale anyway (and explained as new): no need to look for its file.
            let exists = previous[output.path] != nil && FileSystem.exists(FileSystem.join(folder, output.path))
            return (hasher.finalize(), exists)
        }
        context.fingerprints.reserveCapacity(context.plan.outputs.count)
        for (output, (fingerprint, exists)) in zip(context.plan.outputs, checked) {
            context.fingerprints[output.path] = fingerprint
            let record = previous[output.path]
            if record?.fingerprint != fingerprint || !exists {
                context.stale.append(output)
                if context.options.explain {
                    context.report.explanations[output.path] = explain(output, record: record, exists: exists, context: context)
                }
            } else {
                context.report.reused += 1
            }
        }
        context.report.rendered = context.stale.map(\.path).sortedAsPaths()
    }

    static func explain(_ output: PlannedOutput, record: BuildState.OutputRecord?, exists: Bool, context: BuildContext) -> [String] {
        guard let record else { return ["it is new"] }
        var reasons: [String] = []
        if context.previous.tool != context.options.toolFingerprint { reasons.append("PersonaForge itself changed") }
        if !exists { reasons.append("the output file is missing") }
        let before = Set(record.inputs), now = Set(output.inputs)
        for input in output.inputs where !before.contains(input) { reasons.append("\(input) is a new input") }
        for input in record.inputs where !now.contains(input) { reasons.append("\(input) is no longer an input") }
        // An input that does not exist was recorded as "absent" (knowledge/answers.yaml before any answer).
        for input in output.inputs where before.contains(input) && context.previous.inputHashes[input] != (context.inputHashes[input] ?? "absent") {
            reasons.append("\(input) changed")
        }
        return reasons.isEmpty ? ["its inputs were reordered"] : reasons
    }

    @Sendable static func render(_ context: inout BuildContext) async throws {
        guard !context.options.dryRun, !context.stale.isEmpty else { return }
        let folder = context.outputFolder
        // A folder this build makes is written in full under another name and then moved into
        // place: each output is written straight to its file, with nothing there to compare.
        let fresh = OutputFolder.isAbsent(folder)
        let target: String
        if fresh {
            target = try OutputFolder.makeStaging(for: folder)
        } else {
            target = folder
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try AtomicFile.writeIfChanged([], to: FileSystem.join(folder, OutputFolder.marker))
            AtomicFile.removeTemporaryFiles(in: folder, descending: true)
        }
        // What each output's content was last time: an output whose content comes out the same is not rendered.
        var previousContents: [String: String] = [:]
        if context.previous.tool == context.options.toolFingerprint {
            for output in context.stale where output.content != nil {
                if let content = context.previous.outputs[output.path]?.content { previousContents[output.path] = content }
            }
        }
        let results: [RenderScheduler.Result]
        do {
            results = try await RenderScheduler.run(context.stale, folder: target, jobs: context.options.jobs,
                                                    previousContents: previousContents, fresh: fresh)
            if fresh { try OutputFolder.publish(target, as: folder) }
        } catch {
            if fresh { try? FileManager.default.removeItem(atPath: target) }
            throw error
        }
        for result in results {
            if let content = result.content { context.contents[result.path] = content }
            context.report.diagnostics += result.warnings
            switch result.outcome {
            case .written: break
            case .unchanged: context.report.unchanged.append(result.path)
            case .failed(let diagnostic):
                // The formats of one document fail with one diagnostic: it is reported once.
                if !context.report.diagnostics.contains(diagnostic) { context.report.diagnostics.append(diagnostic) }
                context.report.failed.append(result.path)
            }
        }
        context.report.unchanged.sort()
        context.report.failed.sort()
        releaseRenderingValues(&context)
    }

    /// The renderers were the last readers of the workspace's parsed values (and of the documents
    /// and analyses made from them); what is left to do needs only paths, inputs and hashes.
    static func releaseRenderingValues(_ context: inout BuildContext) {
        context.stale = []
        // Replaced in place rather than by a second array of 75,000 outputs (at 10,000 personas).
        // The renderers, and through them the documents and analyses, are gathered with the
        // parsed workspace and let go on another thread once the build's last file is written
        // (`run`). Freeing them took 10 ms of one core; while the state was being written on both
        // cores, it slowed that down, and a command that exits after the build need not wait for
        // it at all. (Keeping them that long left the peak memory of 10,000 personas unchanged:
        // the peak is in the render.)
        var renderers: [Renderers] = []
        renderers.reserveCapacity(context.plan.outputs.count)
        for index in context.plan.outputs.indices {
            renderers.append(Renderers(render: context.plan.outputs[index].render, content: context.plan.outputs[index].content))
            context.plan.outputs[index].render = spentRender
            if context.plan.outputs[index].content != nil { context.plan.outputs[index].content = spentContent }
        }
        let parsed = context.workspace
        context.workspace = parsed.map { loaded in
            var files = Workspace(root: loaded.root, settings: loaded.settings)
            files.files = loaded.files
            return files
        }
        context.garbage = Garbage((renderers, parsed))
    }

    /// An output's functions, kept only to be let go of.
    struct Renderers: Sendable {
        var render: @Sendable () throws(Diagnostic) -> PlannedOutput.Rendered
        var content: (@Sendable () throws(Diagnostic) -> String)?
    }

    /// Values handed to another thread to be freed there: the one holding the box frees nothing.
    final class Garbage: Sendable {
        private let contents: Mutex<(any Sendable)?>
        init(_ contents: any Sendable) { self.contents = Mutex(contents) }
        func empty() { contents.withLock { $0 = nil } }
    }

    /// What a rendered output keeps in place of the function that made it (a closure capturing
    /// the output would keep that). Whether it has a content hash still matters to the state.
    /// One closure for every output, capturing nothing, so letting the renderers go costs nothing.
    static let spentRender: @Sendable () throws(Diagnostic) -> PlannedOutput.Rendered = { () throws(Diagnostic) -> PlannedOutput.Rendered in throw spentProblem }
    static let spentContent: @Sendable () throws(Diagnostic) -> String = { () throws(Diagnostic) -> String in throw spentProblem }
    static let spentProblem = Diagnostic.error(at: nil, code: "internal", "An output was rendered already; its renderer has been let go.")

    /// Removes outputs whose sources are gone. Only files the build itself recorded are removed.
    @Sendable static func prune(_ context: inout BuildContext) async throws {
        let planned = Set(context.plan.outputs.map(\.path)).union(context.plan.skipped)
        let obsolete = context.previous.outputs.keys.filter { !planned.contains($0) }.sorted()
        context.report.removed = obsolete
        guard !context.options.dryRun else { return }
        for path in obsolete {
            let absolute = FileSystem.join(context.outputFolder, path)
            unlink(absolute)
            removeEmptyParents(of: absolute, upTo: context.outputFolder)
        }
    }

    @Sendable static func saveState(_ context: inout BuildContext) async throws {
        guard !context.options.dryRun, let workspace = context.workspace else { return }
        var state = BuildState()
        state.tool = context.options.toolFingerprint
        state.today = context.today.description
        state.outputFolder = context.outputFolder
        state.written = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        let failed = Set(context.report.failed)
        if !failed.isEmpty, context.previous.inputHashes.isEmpty { _ = context.previous.loadGraph(from: context.graphPath) }
        // Stamps of the last state would vouch for outputs this one does not list.
        unlink(context.stampsPath)
        // Nothing writes below the output folder any more: its folders are stamped meanwhile,
        // from the start, as the state is made on the other core. (Stamps are kept only for a
        // build with no failure, whose outputs are exactly the plan's.)
        let outputs = context.plan.outputs.map(\.path)
        if failed.isEmpty {
            let (folder, written) = (context.outputFolder, state.written)
            context.belowRootStamps = Task.detached(priority: .userInitiated) {
                OutputStamps.take(outputs: outputs, in: folder, state: written, part: .belowRoot)
            }
        }
        // What each recorded output was made from: a rendered one's inputs, or what is known of
        // a failed one (kept so that it is pruned if its source goes).
        var recorded: [(path: String, record: BuildState.OutputRecord)] = []
        recorded.reserveCapacity(context.plan.outputs.count)
        for output in context.plan.outputs where failed.isEmpty || !failed.contains(output.path) {
            // A reused output keeps its content hash; a rendered one has a new one (or none).
            let content = output.content == nil ? nil : context.contents[output.path] ?? context.previous.outputs[output.path]?.content
            recorded.append((output.path, .init(fingerprint: context.fingerprints[output.path]!, inputs: output.inputs, content: content)))
        }
        for path in failed {
            if let record = context.previous.outputs[path] { recorded.append((path, .init(fingerprint: "failed", inputs: record.inputs))) }
            state.failed.insert(path)
        }
        // The inputs' hashes on a second core, while this one makes the files' and outputs' records.
        let (current, previous) = (context.inputHashes, context.previous.inputHashes)
        let inputLists = recorded.map(\.record.inputs)
        async let inputHashes = recordedHashes(of: inputLists, current: current, previous: previous)
        state.files.reserveCapacity(context.entries.count)
        for entry in context.entries {
            state.files[entry.path] = .init(size: entry.status.size, modified: entry.status.modified,
                                            hash: workspace.files[entry.path]?.hash ?? "")
        }
        state.outputs.reserveCapacity(recorded.count)
        for (path, record) in recorded { state.outputs[path] = record }
        state.inputHashes = await inputHashes
        try state.save(to: context.statePath, graph: context.graphPath)
        context.saved = (state.written, outputs)
    }

    /// Each input's hash (this build's, else the last one's, else "absent"), for the inputs in
    /// `lists`, most of which repeat (the settings, the templates): each is looked up once. An
    /// input equal to the last list's at the same place (outputs side by side mostly share the
    /// same templates in the same order) is known to be there, without hashing its path again.
    static func recordedHashes(of lists: [[String]], current: [String: String], previous: [String: String]) -> [String: String] {
        var hashes: [String: String] = [:]
        hashes.reserveCapacity(current.count)
        var last: [String] = []
        for inputs in lists {
            for (place, input) in inputs.enumerated() where !(place < last.count && last[place] == input) && hashes[input] == nil {
                hashes[input] = current[input] ?? previous[input] ?? "absent"
            }
            last = inputs
        }
        return hashes
    }

    static func clean(_ context: BuildContext) throws {
        let folder = context.outputFolder
        if FileSystem.exists(FileSystem.join(folder, OutputFolder.marker)) {
            try FileManager.default.removeItem(atPath: folder)
        } else if let previous = BuildState.load(from: context.statePath) {
            for path in previous.outputs.keys { unlink(FileSystem.join(folder, path)) }
        }
        unlink(context.statePath)
        unlink(context.graphPath)
        unlink(context.stampsPath)
    }

    static func removeEmptyParents(of path: String, upTo root: String) {
        var directory = (path as NSString).deletingLastPathComponent
        while directory.count > root.count, directory.hasPrefix(root), rmdir(directory) == 0 {
            directory = (directory as NSString).deletingLastPathComponent
        }
    }
}

/// An environment failure during a named step (disk full, permissions), with the step's name.
public struct BuildError: Error, CustomStringConvertible {
    public var step: String
    public var underlying: Error
    public var description: String { "The build failed while it was at step '\(step)': \(underlying)" }
}
