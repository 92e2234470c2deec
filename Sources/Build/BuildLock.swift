import Foundation

/// One build at a time per workspace: a second one waits for the first to finish.
/// An advisory `flock` is released by the kernel when its process dies, so a killed build
/// never leaves a stale lock behind.
public final class BuildLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock at `path`, calling `onWait` once if another build holds it, then waiting.
    public init(path: String, onWait: () -> Void = {}) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            onWait()
            guard flock(descriptor, LOCK_EX) == 0 else {
                close(descriptor)
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
