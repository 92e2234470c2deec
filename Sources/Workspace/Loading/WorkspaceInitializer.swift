import Core
import Foundation

/// Creates a workspace from the shipped template, never writing over a file that exists.
public enum WorkspaceInitializer {
    public struct WouldOverwrite: Error, CustomStringConvertible {
        public var paths: [String]
        public var description: String {
            "These files already exist and would be overwritten, so nothing was written:\n"
                + paths.map { "  \($0)" }.joined(separator: "\n")
                + "\nChoose an empty folder, or move these files away first."
        }
    }

    /// Writes the sample workspace into `folder`; returns the paths written, relative to it.
    @discardableResult
    public static func create(at folder: String) throws -> [String] {
        let files = ShippedWorkspaceTemplate.files
        let existing = files.map(\.path).filter { FileSystem.exists(FileSystem.join(folder, $0)) }
        guard existing.isEmpty else { throw WouldOverwrite(paths: existing) }
        for (path, text) in files {
            let target = FileSystem.join(folder, path)
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // O_EXCL: if a file appeared since the check above, fail rather than overwrite it.
            let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else { throw WouldOverwrite(paths: [path]) }
            let bytes = Array(text.utf8)
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            guard written == bytes.count else { throw POSIXError(.EIO) }
        }
        return files.map(\.path)
    }
}
