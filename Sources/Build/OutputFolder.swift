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
        // The nearest part of the path that exists must be a folder: the build makes the rest.
        var existing = folder
        var status = FileSystem.status(existing)
        while status == nil, !existing.isEmpty {
            existing = FileSystem.split(existing).folder
            status = FileSystem.status(existing)
        }
        if let status, !status.isDirectory {
            let what = existing == folder ? "'\(chosen)' is a file" : "'\(existing)' in the path of '\(chosen)' is a file"
            throw Diagnostic.error(at: override == nil ? SourceLocation(file: WorkspaceScanner.settingsFile) : nil, code: "bad-output",
                                   "The output folder cannot be made: \(what), not a folder.",
                                   hint: "Move the file away, or choose another output folder (--out, or 'output' in personaforge.yaml).")
        }
        return folder
    }

    /// The folder a build that makes the output folder writes into first: beside it, hidden,
    /// renamed into place whole once every output is in it. Until then no reader sees a half-made
    /// site, so its outputs need no temporary file and rename each.
    static func staging(for folder: String) -> String {
        let (parent, name) = FileSystem.split(folder)  // `folder` is absolute: its parent is "" only for "/"
        return parent + "/.\(name).personaforge-partial"
    }

    /// Nothing at all is at `folder`, not even a dangling link: the build makes it.
    static func isAbsent(_ folder: String) -> Bool {
        var info = stat()
        return lstat(folder, &info) != 0 && errno == ENOENT
    }

    /// An empty staging folder for `folder`, holding the marker, made with any missing parents.
    /// One left by an interrupted build is removed first; anything else by that name is not the
    /// build's to remove.
    static func makeStaging(for folder: String) throws -> String {
        let staging = staging(for: folder)
        if !isAbsent(staging) {
            guard FileSystem.exists(FileSystem.join(staging, marker)) else { throw StagingInTheWay(path: staging) }
            try FileManager.default.removeItem(atPath: staging)
        }
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try FileSystem.create([], at: FileSystem.join(staging, marker))
        return staging
    }

    /// Moves a complete staging folder to `folder`. Should something have made `folder` meanwhile,
    /// the outputs move into it one by one instead, each replacing its path at once.
    static func publish(_ staging: String, as folder: String) throws {
        if rename(staging, folder) == 0 { return }
        try moveContents(of: staging, into: folder)
        try FileManager.default.removeItem(atPath: staging)
    }

    private static func moveContents(of source: String, into target: String) throws {
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for name in FileSystem.list(source) ?? [] {
            let from = FileSystem.join(source, name), to = FileSystem.join(target, name)
            if FileSystem.status(from)?.isDirectory == true {
                try moveContents(of: from, into: to)
            } else if rename(from, to) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
    }

    struct StagingInTheWay: Error, CustomStringConvertible {
        var path: String
        var description: String {
            "\(path) is in the way: the build writes a new output folder there before moving it into place. Move it elsewhere."
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
