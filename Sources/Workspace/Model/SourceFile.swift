/// One file the workspace read: its path, text and content hash (for the build's fingerprints).
public struct SourceFile: Sendable {
    /// Workspace-relative, with `/` separators.
    public var path: String
    /// The text, for templates; empty for files already parsed into model values.
    public var text: String
    /// SHA-256 of the bytes on disk.
    public var hash: String

    public init(path: String, text: String, hash: String) {
        self.path = path
        self.text = text
        self.hash = hash
    }

    /// The path without its extension: `personas/acme/it-manager`. Two files with one id collide.
    public var id: String { Self.id(of: path) }

    public static func id(of path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path }
        return String(path[..<dot])
    }

    public var fileExtension: String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }
}
