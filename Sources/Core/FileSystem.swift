import Foundation

/// Small, fast file operations on POSIX paths (the workspace walk stats thousands of files).
public enum FileSystem {
    public struct Status: Sendable, Hashable {
        public var size: Int
        /// Modification time in nanoseconds since the epoch.
        public var modified: Int64
        public var isDirectory: Bool
        /// A plain file: not a folder, and not a FIFO, socket or device (opening a FIFO to read it
        /// waits for a writer, for ever if none comes).
        public var isRegularFile: Bool
        /// The same for every path that reaches this file or folder (through links too).
        public var identity: Identity

        public struct Identity: Sendable, Hashable {
            public var device: UInt64
            public var inode: UInt64
        }

        init(_ info: stat) {
            size = Int(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
            identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        }
    }

    public static func status(_ path: String) -> Status? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Status(info)
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// The names in a directory (no `.` and `..`), sorted for a stable order; nil if unreadable.
    public static func list(_ path: String) -> [String]? {
        // String's own order: byte order for ASCII names, and the same on every machine.
        names(in: path)?.sortedAsPaths()
    }

    /// The same names in the order the directory gives them, for a caller that only looks names
    /// up (sorting thousands of them is most of the cost of listing).
    public static func names(in path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The entries of a directory with their status, sorted by name: one `fstatat` per entry
    /// relative to the open directory, so the kernel does not walk the whole path each time.
    /// A large folder's entries are stat'ed on every core at once: at a thousand files and more
    /// those calls are most of a no-op build's time.
    /// A name that is not UTF-8 comes back with U+FFFD in place of its bad bytes (the file is
    /// still listed, with its status, so that its reader can say why it cannot open it).
    public static func listWithStatus(_ path: String) -> [(name: String, status: Status)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var names: [String] = []
        // The bytes of the names that are not UTF-8, by the name they are listed under.
        var undecodable: [String: [CChar]] = [:]
        while let entry = readdir(directory) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: CChar.self).baseAddress!
                if let name = String(validatingCString: bytes) {
                    if name != "." && name != ".." { names.append(name) }
                } else {
                    let name = String(cString: bytes)  // repaired
                    names.append(name)
                    undecodable[name] = Array(UnsafeBufferPointer(start: bytes, count: strlen(bytes) + 1))
                }
            }
        }
        let sorted = names.sortedAsPaths()
        let raw = undecodable
        let statuses = Parallel.map(sorted, minimumCount: 512) { name in
            raw[name].flatMap { bytes in bytes.withUnsafeBufferPointer { status(ofCName: $0.baseAddress!, in: descriptor) } }
                ?? status(of: name, in: descriptor)
        }
        return zip(sorted, statuses).compactMap { name, status in status.map { (name, $0) } }
    }

    private static func status(of name: String, in descriptor: Int32) -> Status? {
        name.withCString { status(ofCName: $0, in: descriptor) }
    }

    private static func status(ofCName name: UnsafePointer<CChar>, in descriptor: Int32) -> Status? {
        var info = stat()
        guard fstatat(descriptor, name, &info, 0) == 0 else { return nil }
        return Status(info)
    }

    /// The whole file, or nil when it cannot be read or is not a plain file. `expectedSize`: its
    /// size when the caller knows it already (from a directory listing, which took plain files
    /// only), which spares an `fstat` per file; a file that has grown since is still read whole.
    public static func read(_ path: String, expectedSize: Int? = nil) -> [UInt8]? {
        // Non-blocking: opening a FIFO to read would otherwise wait for a writer, for ever if none
        // comes. A plain file reads the same either way.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let capacity: Int
        if let expectedSize {
            // A byte to spare: a read that stops short of it has reached the end (below).
            capacity = expectedSize + 1
        } else {
            var info = stat()
            guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            capacity = Int(info.st_size)
        }
        var bytes = [UInt8](repeating: 0, count: capacity)
        var offset = 0
        while true {
            if offset == bytes.count {
                guard expectedSize != nil else { break }
                bytes += [UInt8](repeating: 0, count: max(4096, bytes.count))  // it has grown since it was listed
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            offset += count
            // A regular file's read stops short only at its end: at the listed size, with the spare
            // byte left unfilled, the file is whole (no second read to be told so).
            if let expectedSize, offset == expectedSize { break }
        }
        bytes.removeSubrange(offset...)
        return bytes
    }

    /// Writes a new file straight to `path`, making its folders as needed: no temporary name and
    /// no rename, so only for a folder no reader sees until it is complete (a build's staging
    /// folder, moved into place whole). A file that fails half-written is removed.
    public static func create(_ bytes: [UInt8], at path: String) throws {
        let descriptor = try openMakingFolder(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC)
        try fill(descriptor, at: path) { descriptor in bytes.withUnsafeBytes { writeAll($0, to: descriptor) } }
    }

    /// `open(path, flags, 0o644)`, making the file's folder first when it is missing. A negative
    /// result is open's own failure (errno says why); failing to make the folder throws.
    static func openMakingFolder(_ path: String, _ flags: Int32) throws -> Int32 {
        let descriptor = open(path, flags, 0o644)
        guard descriptor < 0, errno == ENOENT else { return descriptor }
        let folder = split(path).folder
        guard !folder.isEmpty else { return descriptor }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return open(path, flags, 0o644)
    }

    /// Has `write` fill the file just opened at `path` (false: it failed, errno says why) and
    /// closes it. A file that could not be opened, written or closed whole is removed, and the
    /// failure thrown.
    static func fill(_ descriptor: Int32, at path: String, with write: (Int32) -> Bool) throws {
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let complete = write(descriptor)
        let code = errno
        guard close(descriptor) == 0, complete else {
            unlink(path)
            throw POSIXError(POSIXErrorCode(rawValue: complete ? errno : code) ?? .EIO)
        }
    }

    /// A path's folder ("" when it names none) and last name, split at the last "/" by bytes:
    /// Characters cost more than the write the path is for.
    public static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.utf8.index(after: slash)...]))
    }

    /// Writes the whole buffer, retrying interrupted writes; false: it failed, errno says why.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 { if errno == EINTR { continue }; return false }
            offset += written
        }
        return true
    }

    /// Whether a path meant to stay inside a folder (a workspace's references) leaves it: it is
    /// absolute, or has a `..` component anywhere. One pass over its bytes, no array of its
    /// components: every persona's, job's and team's references are asked.
    public static func leavesFolder(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard bytes.first != UInt8(ascii: "/") else { return true }
            var componentStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
                if index - componentStart == 2, bytes[componentStart] == UInt8(ascii: "."), bytes[componentStart + 1] == UInt8(ascii: ".") { return true }
                componentStart = index + 1
            }
            return false
        }
    }

    /// Joins a root and a relative path.
    public static func join(_ root: String, _ relative: String) -> String {
        relative.isEmpty ? root : root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
