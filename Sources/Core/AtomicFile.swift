import Foundation
import Synchronization

/// Writes files so that a reader (or an interrupted run) sees the old bytes or the new ones, never half.
///
/// Plain POSIX calls: Foundation's `createFile` already writes through a temporary file of its own,
/// which doubled the renames and, on ext4, forced a flush per file.
public enum AtomicFile {
    static let temporaryMarker = ".tmp-"
    /// Temporary names are this process's id and a count: unique within the process without
    /// the two system calls (getpid, getrandom) a random name cost per file.
    private static let processID = getpid()
    private static let temporaryCount = Atomic<UInt64>(0)

    /// Whether a file name is one of `write`'s temporary files.
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(temporaryMarker)
    }

    /// Removes the temporary files that interrupted writes left in `folder`, and with `descending`
    /// in the folders below it (hidden ones excepted). Only for a folder no one else is writing
    /// in: a build calls it under the workspace's lock.
    public static func removeTemporaryFiles(in folder: String, descending: Bool) {
        guard let names = FileSystem.list(folder) else { return }
        for name in names {
            let path = FileSystem.join(folder, name)
            if isTemporaryName(name) {
                unlink(path)
            } else if descending, !name.hasPrefix("."), FileSystem.status(path)?.isDirectory == true {
                removeTemporaryFiles(in: path, descending: true)
            }
        }
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
    public static func write(_ bytes: some ContiguousBytes, to path: String) throws {
        try replace(path) { descriptor in bytes.withUnsafeBytes { FileSystem.writeAll($0, to: descriptor) } }
    }

    /// A file written in full beside its path under a temporary name, not yet in place: for files
    /// written at once (on different cores) that must appear in a set order.
    public struct Pending: Sendable {
        let temporary: String
        let path: String

        /// Renames the file over its path.
        public func commit() throws {
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
        }

        /// Removes the temporary file, leaving the path as it was.
        public func discard() { unlink(temporary) }
    }

    /// Writes the lines `produce` makes to a temporary file beside `path`, 64 KiB at a time (a
    /// large file, a build's state, never sits in memory whole): `write` up to, not including,
    /// the rename.
    public static func prepare(to path: String, lines produce: (inout LineWriter) -> Void) throws -> Pending {
        try prepare(path) { descriptor in
            var writer = LineWriter { FileSystem.writeAll($0, to: descriptor) }
            produce(&writer)
            return writer.finish()
        }
    }

    /// Has `fill` write a temporary file beside `path` (false: it failed, errno says why), then
    /// renames it over `path`.
    private static func replace(_ path: String, fill: (Int32) -> Bool) throws {
        try prepare(path, fill: fill).commit()
    }

    /// Has `fill` write a temporary file beside `path`; false: it failed, errno says why.
    private static func prepare(_ path: String, fill: (Int32) -> Bool) throws -> Pending {
        let (directory, name) = FileSystem.split(path)
        let prefix = (directory.isEmpty ? "" : directory + "/") + ".\(name)\(temporaryMarker)\(processID)-"
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        var temporary = prefix + String(temporaryCount.add(1, ordering: .relaxed).oldValue)
        var descriptor = try FileSystem.openMakingFolder(temporary, flags)
        // Left by an earlier process that had this process's id: take the next name.
        while descriptor < 0, errno == EEXIST {
            temporary = prefix + String(temporaryCount.add(1, ordering: .relaxed).oldValue)
            descriptor = open(temporary, flags, 0o644)
        }
        try FileSystem.fill(descriptor, at: temporary, with: fill)
        return Pending(temporary: temporary, path: path)
    }

    public static func write(_ string: String, to path: String) throws {
        try write(Array(string.utf8), to: path)
    }

    /// Writes a string's UTF-8 from its own storage, without a copy: for large texts.
    public static func write(utf8Of string: String, to path: String) throws {
        var string = string
        try string.withUTF8 { buffer in try write(UnsafeRawBufferPointer(buffer), to: path) }
    }

    /// Writes only when the bytes differ, so unchanged outputs keep their modification time.
    @discardableResult
    public static func writeIfChanged(_ bytes: [UInt8], to path: String) throws -> Bool {
        if let existing = FileSystem.read(path), existing == bytes { return false }
        try write(bytes, to: path)
        return true
    }
}
