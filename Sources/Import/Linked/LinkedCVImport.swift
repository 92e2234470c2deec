import Core
import Foundation
import Workspace
import YAMLSupport

/// A persona may name its CV in the format the person has it in (`cv: cvs/jane.pdf`): each such
/// file is imported once, cached under `.personaforge/imports/` by its content (and the tool that
/// read it), and the personas naming it are resolved against the result. A changed file is
/// imported again; an unchanged one is read back from the cache.
public enum LinkedCVImport {
    public static let cacheFolder = ".personaforge/imports"

    /// What importing one linked file gave.
    public struct Outcome: Sendable {
        public var path: String
        /// Read back from the cache rather than imported.
        public var cached: Bool
        public var cv: CV?
        public var diagnostics: [Diagnostic]
    }

    /// Imports every non-YAML CV a persona names, then resolves those personas against it, and
    /// returns the problems found (also added to the workspace's diagnostics). `tool` identifies
    /// the importer (the tool's fingerprint): a new one imports again.
    @discardableResult
    public static func apply(to workspace: inout Workspace, tool: String) -> [Diagnostic] {
        let linked = Set(workspace.personas.compactMap { $0.cv?.value })
            .filter { FileKind.of($0) == .cvSource && workspace.cvs[$0] == nil && workspace.files[$0] != nil }
            .sorted()
        guard !linked.isEmpty else { return [] }
        let outcomes = linked.map { importOne($0, workspace: workspace, tool: tool) }
        let slugs = Set(workspace.cvs.values.map(\.slug))
        var imported: [String: CV] = [:]
        for outcome in outcomes {
            guard let cv = outcome.cv else { continue }
            imported[outcome.path] = cv
            // Its page is made like any CV's, unless a CV of the same name already has one.
            if !slugs.contains(cv.slug) { workspace.cvs[cv.path] = cv }
        }
        let privateFields = workspace.settings.privateFields.map(\.value)
        var diagnostics: [Diagnostic] = []
        for persona in workspace.personas {
            guard let path = persona.cv?.value, let location = persona.cv?.location, linked.contains(path) else { continue }
            if let cv = imported[path] {
                let (resolved, problems) = PersonaResolver.resolve(persona, cv: cv, privateFields: privateFields)
                workspace.resolved[persona.path] = resolved
                diagnostics += problems
            } else if let outcome = outcomes.first(where: { $0.path == path }) {
                // The persona cannot be built from a CV that did not import: say so at its `cv:`.
                let reason = outcome.diagnostics.first { $0.severity == .error }?.message ?? "nothing could be read from it."
                diagnostics.append(.error(at: location, code: "cv-import-failed", "The CV \(path) could not be imported: \(reason)",
                                          hint: "Fix or replace the file, or import it once with 'personaforge import \(path)' and point cv: at the YAML."))
            }
        }
        let found = outcomes.flatMap(\.diagnostics) + diagnostics
        workspace.diagnostics = (workspace.diagnostics + found).sortedByLocation()
        return found
    }

    /// Reads one linked file's CV from the cache, or imports it and caches the YAML.
    static func importOne(_ path: String, workspace: Workspace, tool: String) -> Outcome {
        let hash = workspace.files[path]?.hash ?? ""
        var hasher = SHA256()
        hasher.update("\(tool)\n\(path)\n\(hash)\n")
        let name = "\(SourceFile.id(of: path).split(separator: "/").last ?? "cv")-\(hasher.finalize().prefix(16)).yaml"
        let cachePath = "\(cacheFolder)/\(name)"
        let absolute = FileSystem.join(workspace.root, cachePath)
        if let bytes = FileSystem.read(absolute), case .text(let yaml) = UTF8Validation.decode(bytes) {
            let (cv, problems) = CV.parse(SourceFile(path: cachePath, text: yaml, hash: ""))
            // A damaged cache entry is imported again rather than trusted.
            if let cv, !problems.contains(where: { $0.severity == .error }) {
                return Outcome(path: path, cached: true, cv: CV(path: path, root: cv.root), diagnostics: [])
            }
        }
        guard let bytes = FileSystem.read(FileSystem.join(workspace.root, path)) else {
            return Outcome(path: path, cached: false, cv: nil,
                           diagnostics: [.error(at: SourceLocation(file: path), code: "unreadable", "\(path) cannot be read.", hint: "Check its permissions.")])
        }
        let result = CVImporter.importCV(bytes: bytes, fileName: path)
        guard result.cv != nil, !result.yaml.isEmpty else {
            return Outcome(path: path, cached: false, cv: nil, diagnostics: result.diagnostics)
        }
        let (cv, problems) = CV.parse(SourceFile(path: cachePath, text: result.yaml, hash: ""))
        guard let cv, !problems.contains(where: { $0.severity == .error }) else {
            return Outcome(path: path, cached: false, cv: nil, diagnostics: result.diagnostics + problems)
        }
        // Only a good import is cached; a failure to write the cache costs a re-import, nothing more.
        try? FileManager.default.createDirectory(atPath: FileSystem.join(workspace.root, cacheFolder), withIntermediateDirectories: true)
        try? AtomicFile.write(result.yaml, to: absolute)
        let warnings = result.diagnostics.filter { $0.severity != .error }
        return Outcome(path: path, cached: false, cv: CV(path: path, root: cv.root), diagnostics: warnings)
    }
}
