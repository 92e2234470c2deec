import Core
import Foundation

/// Creates a file that must not exist yet, atomically: the bytes go to a temporary file, which
/// is then hard-linked to the name (`link` fails when the name is taken, unlike `rename`).
enum NewFile {
    /// Returns false, writing nothing, when `path` already exists.
    static func create(_ bytes: [UInt8], at path: String) throws -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = directory + "/." + (path as NSString).lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try AtomicFile.write(bytes, to: temporary)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return false }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        return true
    }
}
