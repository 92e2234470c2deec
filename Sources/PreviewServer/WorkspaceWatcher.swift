import Core
import Foundation
import Synchronization
import Workspace

/// Watches a workspace's input files (the settings and the folders the build reads, never the
/// output or the build state) and reports that something changed. One thread, which polls so it
/// can stop promptly.
final class WorkspaceWatcher: Sendable {
    let root: String
    private let stopped = Atomic<Bool>(false)

    init(root: String) { self.root = root }

    /// Starts watching; `changed` is called (on the watcher's thread) once per batch of relevant events.
    func start(_ changed: @escaping @Sendable (_ paths: [String]) -> Void) throws(SocketError) {
        let inotify = try Inotify()
        inotify.watch(root)
        for folder in WorkspaceScanner.folders { watchTree(FileSystem.join(root, folder), inotify) }
        let thread = Thread { [self] in
            while !stopped.load(ordering: .relaxed) {
                var paths: [String] = []
                for event in inotify.read(waiting: 200) {
                    if event.overflowed { paths.append(root); continue }
                    guard let relative = relevant(event) else { continue }
                    let absolute = FileSystem.join(event.folder, event.name)
                    // A new folder's files may already be inside it before its watch exists.
                    if event.isDirectory, event.created { watchTree(absolute, inotify) }
                    paths.append(relative)
                }
                if !paths.isEmpty { changed(paths) }
            }
        }
        thread.name = "personaforge-watcher"
        thread.start()
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

    /// The workspace path an event is about, when the build reads it.
    func relevant(_ event: Inotify.Event) -> String? {
        guard !event.folder.isEmpty, !WorkspaceScanner.isIgnored(event.name) else { return nil }
        if event.folder == root {
            guard event.name == WorkspaceScanner.settingsFile || WorkspaceScanner.folders.contains(event.name) else { return nil }
            return event.name
        }
        guard event.folder.hasPrefix(root + "/") else { return nil }
        let folder = String(event.folder.dropFirst(root.count + 1))
        return event.name.isEmpty ? folder : folder + "/" + event.name
    }

    /// Watches `folder` and the folders below it; a link back up the tree is followed once.
    private func watchTree(_ folder: String, _ inotify: Inotify) {
        var visited: Set<FileSystem.Status.Identity> = []
        watchTree(folder, inotify, visited: &visited)
    }

    private func watchTree(_ folder: String, _ inotify: Inotify, visited: inout Set<FileSystem.Status.Identity>) {
        guard let identity = FileSystem.status(folder)?.identity, visited.insert(identity).inserted,
              inotify.watch(folder), let listing = FileSystem.listWithStatus(folder) else { return }
        for (name, status) in listing where status.isDirectory && !WorkspaceScanner.isIgnored(name) {
            watchTree(FileSystem.join(folder, name), inotify, visited: &visited)
        }
    }
}
