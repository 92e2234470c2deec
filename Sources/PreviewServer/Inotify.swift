import Glibc

/// Linux's inotify, as the watcher needs it: watch folders, and read which names in them changed.
/// The only file of the server that touches inotify's C structures.
final class Inotify: @unchecked Sendable {
    // Used by the watcher's one thread only (`WorkspaceWatcher` owns it).
    struct Event {
        /// The folder's path as it was watched, and the changed name inside it ("" for the folder itself).
        var folder: String
        var name: String
        var isDirectory: Bool
        var created: Bool
        /// The kernel dropped events: everything may have changed.
        var overflowed: Bool
    }

    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB | IN_MODIFY)

    let descriptor: Int32
    private var folders: [Int32: String] = [:]

    init() throws(SocketError) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { throw SocketError("inotify_init1", errno) }
    }

    deinit { close(descriptor) }

    /// Watches one folder (not its sub-folders); false when it cannot be watched.
    @discardableResult
    func watch(_ folder: String) -> Bool {
        let wd = inotify_add_watch(descriptor, folder, Self.mask | UInt32(IN_ONLYDIR))
        guard wd >= 0 else { return false }
        folders[wd] = folder
        return true
    }

    /// Waits up to `milliseconds` for events and returns them (empty on timeout).
    func read(waiting milliseconds: Int32) -> [Event] {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return [] }
        var events: [Event] = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if mask & UInt32(IN_IGNORED) != 0 { folders[wd] = nil }
            events.append(Event(folder: folders[wd] ?? "", name: name, isDirectory: mask & UInt32(IN_ISDIR) != 0,
                                created: mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, overflowed: mask & UInt32(IN_Q_OVERFLOW) != 0))
            offset += header + length
        }
        return events
    }
}
