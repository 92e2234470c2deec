import Core
import Foundation

/// A workspace on disk, written from inline text in the txtar style:
///
///     -- personaforge.yaml --
///     name: Test
///     -- personas/ada.md --
///     ---
///     title: Ada
///     ---
///
/// Removed when the value is deinitialised.
public final class TemporaryWorkspace: @unchecked Sendable {
    public let root: String

    public init(_ archive: String = "") throws {
        let base = FileManager.default.temporaryDirectory.path + "/personaforge-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        root = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
        for (path, text) in Self.parse(archive) { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Splits `-- path --` sections; each file's text runs to the next marker.
    public static func parse(_ archive: String) -> [(String, String)] {
        var files: [(String, String)] = []
        var current: String?
        var lines: [Substring] = []
        func flush() { if let current { files.append((current, lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))) } }
        for line in archive.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                current = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else if current != nil {
                lines.append(line)
            }
        }
        flush()
        return files.map { path, text in (path, text.hasSuffix("\n\n") ? String(text.dropLast()) : text) }
    }

    public func path(_ relative: String) -> String { FileSystem.join(root, relative) }

    public func write(_ relative: String, _ text: String) throws {
        try writeBytes(relative, Array(text.utf8))
    }

    public func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
        let target = path(relative)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
    }

    public func read(_ relative: String) -> String? {
        FileSystem.read(path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A file's bytes, or nil when it does not exist.
    public func bytes(_ relative: String) -> [UInt8]? { FileSystem.read(path(relative)) }

    public func exists(_ relative: String) -> Bool { FileSystem.exists(path(relative)) }

    public func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: path(relative)) }

    /// Appends text to a file, and moves its modification time on so the build sees the edit
    /// even within the same clock tick as the last build.
    public func append(_ relative: String, _ text: String) throws {
        try write(relative, (read(relative) ?? "") + text)
        touchForward(relative)
    }

    public func touchForward(_ relative: String) {
        var times = [timespec(tv_sec: time(nil) + 5, tv_nsec: 0), timespec(tv_sec: time(nil) + 5, tv_nsec: 0)]
        utimensat(AT_FDCWD, path(relative), &times, 0)
    }

    /// Every file under a folder, relative to it, sorted, with its bytes.
    public func tree(_ relative: String) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let base = path(relative)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        while let item = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[item] = FileSystem.read(base + "/" + item)
            }
        }
        return result
    }
}
