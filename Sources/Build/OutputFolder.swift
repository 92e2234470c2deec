import Core
import Foundation
import Workspace

/// Where outputs go, and the rules that keep the build from writing over the user's files.
enum OutputFolder {
    /// Written into the output folder so `--clean` knows the folder is the build's to delete.
    static let marker = ".personaforge-output"

    /// The absolute output folder, or a diagnostic when it would overlap the workspace's own files.
    static func resolve(root: String, setting: String, override: String?) throws(Diagnostic) -> String {
        let chosen = override ?? setting
        let absolute = chosen.hasPrefix("/") ? chosen : FileSystem.join(root, chosen)
        let folder = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let workspace = URL(fileURLWithPath: root).standardizedFileURL.path
        let inputs = [WorkspaceScanner.settingsFile] + WorkspaceScanner.folders + [".personaforge", ".git"]
        let overlaps = folder == workspace || workspace.hasPrefix(folder + "/")
            || inputs.contains { folder == workspace + "/" + $0 || folder.hasPrefix(workspace + "/" + $0 + "/") }
        if overlaps {
            throw Diagnostic.error(at: override == nil ? SourceLocation(file: WorkspaceScanner.settingsFile) : nil, code: "bad-output",
                                   "The output folder '\(chosen)' overlaps the workspace's own files; the build would write over them.",
                                   hint: "Use a folder of its own, such as _build.")
        }
        return folder
    }

    /// Removes temporary files that an interrupted build left half-written. Safe: the build
    /// holds the workspace lock, so no other build is writing here.
    static func removeTemporaryFiles(in folder: String) {
        guard let names = FileSystem.list(folder) else { return }
        for name in names {
            let path = FileSystem.join(folder, name)
            if AtomicFile.isTemporaryName(name) {
                unlink(path)
            } else if !name.hasPrefix("."), FileSystem.status(path)?.isDirectory == true {
                removeTemporaryFiles(in: path)
            }
        }
    }

    /// Whether every one of these outputs is still on disk: one directory listing per folder
    /// rather than a path lookup per file.
    static func containsAll(_ outputs: some Collection<String>, in folder: String) -> Bool {
        var listings: [Substring: Set<String>] = [:]
        for output in outputs {
            let slash = output.lastIndex(of: "/")
            let directory = slash.map { output[..<$0] } ?? ""
            let name = slash.map { String(output[output.index(after: $0)...]) } ?? output
            if listings[directory] == nil {
                listings[directory] = Set(FileSystem.list(FileSystem.join(folder, String(directory))) ?? [])
            }
            guard listings[directory]!.contains(name) else { return false }
        }
        return true
    }
}
