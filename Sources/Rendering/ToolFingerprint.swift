import Core
import Foundation

/// Identifies the running tool for the build's fingerprints: its version, its shipped templates,
/// and the executable's size and time, so a rebuilt binary (new rendering code) rebuilds outputs.
public enum ToolFingerprint {
    public static let version = "0.1.0"

    public static let current: String = {
        var hasher = SHA256()
        hasher.update(version + "\n")
        for (path, text) in ShippedTemplates.files { hasher.update("\(path)\n\(text)\n") }
        if let status = FileSystem.status("/proc/self/exe") ?? FileSystem.status(CommandLine.arguments[0]) {
            hasher.update("\(status.size) \(status.modified)")
        }
        return version + "-" + String(hasher.finalize().prefix(16))
    }()
}
