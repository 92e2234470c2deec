import Core

/// Lists the files a workspace is made of, with their size and modification time.
/// The build compares this listing with the last one to decide, without reading a byte, that nothing changed.
public enum WorkspaceScanner {
    public static let settingsFile = "personaforge.yaml"
    /// The folders PersonaForge reads; everything else in the workspace (README, .git, _build) is not its input.
    public static let folders = ["cvs", "personas", "knowledge", "jobs", "teams", "briefs", "letters", "templates"]

    public struct Entry: Sendable, Hashable {
        public var path: String
        public var status: FileSystem.Status
    }

    /// Every input file, sorted by path. Hidden files and editor backups are skipped, and so is
    /// anything that is not a plain file (a FIFO, a socket, a device). Links are followed, and a
    /// folder reached twice (a link back up the tree, or two links to one folder) is read once.
    public static func scan(root: String) -> [Entry] {
        var entries: [Entry] = []
        if let status = FileSystem.status(FileSystem.join(root, settingsFile)), status.isRegularFile {
            entries.append(Entry(path: settingsFile, status: status))
        }
        var visited: Set<FileSystem.Status.Identity> = []
        for folder in folders {
            guard let status = FileSystem.status(FileSystem.join(root, folder)), status.isDirectory,
                  visited.insert(status.identity).inserted else { continue }
            walk(root: root, relative: folder, visited: &visited, into: &entries)
        }
        return entries
    }

    static func walk(root: String, relative: String, visited: inout Set<FileSystem.Status.Identity>, into entries: inout [Entry]) {
        guard let listing = FileSystem.listWithStatus(FileSystem.join(root, relative)) else { return }
        for (name, status) in listing where !isIgnored(name) {
            let path = relative + "/" + name
            if status.isDirectory {
                if visited.insert(status.identity).inserted { walk(root: root, relative: path, visited: &visited, into: &entries) }
            } else if status.isRegularFile {
                entries.append(Entry(path: path, status: status))
            }
        }
    }

    /// Dotfiles, editor swap and backup files, and temporary files of interrupted writes.
    public static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || (name.hasPrefix("#") && name.hasSuffix("#"))
    }
}
