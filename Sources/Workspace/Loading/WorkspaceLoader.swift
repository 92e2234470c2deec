import Core
import Foundation
import YAMLSupport

/// Reads a workspace folder into a `Workspace`: all files in parallel, each parsed and validated,
/// then references checked and personas resolved. Problems are collected, never thrown.
public enum WorkspaceLoader {
    /// The user's mistake that stops everything: there is no workspace here.
    public struct NotAWorkspace: Error, CustomStringConvertible {
        public var root: String
        public init(root: String) { self.root = root }
        public var description: String {
            "\(root) is not a PersonaForge workspace: it has no \(WorkspaceScanner.settingsFile). Run 'personaforge init \(root)' to create one."
        }
    }

    public static func load(root: String, entries: [WorkspaceScanner.Entry]? = nil) async throws -> Workspace {
        let settingsPath = FileSystem.join(root, WorkspaceScanner.settingsFile)
        guard FileSystem.exists(settingsPath) else { throw NotAWorkspace(root: root) }
        let entries = entries ?? WorkspaceScanner.scan(root: root)
        var slices = await parseAll(root: root, entries: entries)

        var workspace = Workspace(root: root, settings: Settings(root: nil))
        var diagnostics: [Diagnostic] = []
        // The scan takes plain files only (a FIFO would never finish reading).
        if FileSystem.status(settingsPath)?.isRegularFile != true {
            diagnostics.append(.error(at: SourceLocation(file: WorkspaceScanner.settingsFile), code: "not-a-file",
                                      "\(WorkspaceScanner.settingsFile) is not a file (a folder, a pipe or a device), so the workspace has no settings.",
                                      hint: "Make it a YAML file; 'personaforge init' writes one in a new workspace."))
        }
        var personas: [Persona] = []
        var cvSources: Set<String> = []
        workspace.files.reserveCapacity(entries.count)
        // Each parsed file is moved into the workspace, not copied: popped from its slice (after
        // reversals, which move too) and its parts taken out. A loop over the results copied
        // every value of every file, and this part runs on one core while the other waits.
        slices.reverse()
        while var slice = slices.popLast() {
            slice.reverse()
            while var result = slice.popLast() {
                if !result.diagnostics.isEmpty { diagnostics += result.diagnostics }
                if let file = result.file.take() {
                    if result.kind == .cvSource { cvSources.insert(file.path) }
                    workspace.files[file.path] = file
                }
                switch result.item.take() {
                case .settings(let settings): workspace.settings = settings
                case .cv(let cv): workspace.cvs[cv.path] = cv
                case .persona(let persona): personas.append(persona)
                case .job(let job): workspace.jobs.append(job)
                case .team(let team): workspace.teams.append(team)
                case .knowledge(let file): workspace.knowledge.append(file)
                case .answers(let answers): workspace.answers = answers
                case .brief(let brief): workspace.briefs.append(brief)
                case .other, nil: break
                }
            }
        }
        workspace.personas = personas
        diagnostics += References.check(workspace, cvSources: cvSources, found: diagnostics)
        let (resolved, resolution) = PersonaResolver.resolveAll(workspace)
        workspace.resolved = resolved
        workspace.diagnostics = (diagnostics + resolution).sortedByLocation()
        return workspace
    }

    struct Parsed: Sendable {
        var file: SourceFile?
        var item: FileParser.Item?
        var diagnostics: [Diagnostic]
        /// What the file is, when PersonaForge reads it.
        var kind: FileKind? = nil
    }

    /// Reads and parses in parallel, in small slices of the files so that no core idles at the end
    /// while another finishes a long one (the folders differ: a CV costs several personas); results
    /// keep path order, slice by slice.
    static func parseAll(root: String, entries: [WorkspaceScanner.Entry]) async -> [[Parsed]] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(16, (entries.count + workers * 32 - 1) / (workers * 32))
        let starts = Array(stride(from: 0, to: entries.count, by: chunk))
        return await withTaskGroup(of: (Int, [Parsed]).self) { group in
            for (index, start) in starts.enumerated() {
                let slice = Array(entries[start..<min(start + chunk, entries.count)])
                group.addTask { (index, slice.map { parseOne(root: root, entry: $0) }) }
            }
            var slices = [[Parsed]](repeating: [], count: starts.count)
            for await (index, parsed) in group { slices[index] = parsed }
            return slices
        }
    }

    static func parseOne(root: String, entry: WorkspaceScanner.Entry) -> Parsed {
        guard let kind = FileKind.of(entry.path) else { return parseUnknown(entry) }
        var parsed = parseOne(root: root, entry: entry, kind: kind)
        parsed.kind = kind
        return parsed
    }

    /// A file in a folder PersonaForge reads that is none of the kinds it reads there.
    static func parseUnknown(_ entry: WorkspaceScanner.Entry) -> Parsed {
        let folder = entry.path.split(separator: "/").first ?? ""
        return Parsed(item: nil, diagnostics: [.warning(at: SourceLocation(file: entry.path), code: "ignored-file",
            "\(entry.path) is not read: \(FileKind.expectation(for: folder)).", hint: "Rename or move it, or delete it.")])
    }

    static func parseOne(root: String, entry: WorkspaceScanner.Entry, kind: FileKind) -> Parsed {
        let at = SourceLocation(file: entry.path)
        let path = FileSystem.join(root, entry.path)
        guard let bytes = FileSystem.read(path, expectedSize: entry.status.size) else {
            // The listing repairs a name that is not UTF-8 (U+FFFD), and no file has the repaired name.
            if entry.path.unicodeScalars.contains("\u{FFFD}"), !FileSystem.exists(path) {
                return Parsed(item: nil, diagnostics: [.error(at: at, code: "unreadable", "The name of \(entry.path) is not UTF-8 text, so it cannot be read.",
                                                             hint: "Rename the file: \u{FFFD} marks where its name has a byte that is not UTF-8.")])
            }
            return Parsed(item: nil, diagnostics: [.error(at: at, code: "unreadable", "\(entry.path) cannot be read.",
                                                         hint: "Check its permissions.")])
        }
        let hash = SHA256.hex(bytes)
        // Binary sources (PDF, DOCX) are read by later stages; record their hash only. Templates
        // keep their text (the rendering stage checks them) unless they are binary assets.
        if kind == .cvSource {
            return Parsed(file: SourceFile(path: entry.path, text: "", hash: hash), item: .other, diagnostics: [])
        }
        if kind == .template {
            guard case .text(let text) = UTF8Validation.decode(bytes) else {
                return Parsed(file: SourceFile(path: entry.path, text: "", hash: hash), item: .other, diagnostics: [])
            }
            return Parsed(file: SourceFile(path: entry.path, text: text, hash: hash), item: .other, diagnostics: [])
        }
        switch UTF8Validation.decode(bytes) {
        case .invalid(let line, let column):
            return Parsed(file: SourceFile(path: entry.path, text: "", hash: hash), item: nil,
                          diagnostics: [.error(at: SourceLocation(file: entry.path, line: line, column: column), code: "not-utf8",
                                                         "\(entry.path) is not UTF-8 text.", hint: "Save it as UTF-8 in your editor.")])
        case .text(let text):
            let file = SourceFile(path: entry.path, text: text, hash: hash)
            let (item, diagnostics) = FileParser.parse(file, as: kind)
            // The parsed values hold what later stages need; keeping every file's text as well
            // would double the memory of a large workspace. Hand-edited letters have no parsed
            // value: their text is what the build renders.
            return Parsed(file: SourceFile(path: entry.path, text: kind == .letter ? text : "", hash: hash), item: item, diagnostics: diagnostics)
        }
    }
}
