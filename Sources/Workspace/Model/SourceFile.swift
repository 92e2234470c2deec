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
        guard let dot = extensionDot(in: path) else { return path }
        return String(path[..<dot])
    }

    public var fileExtension: String {
        guard let dot = Self.extensionDot(in: path) else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// The dot before the file name's extension, if it has one. By bytes: a Substring's
    /// contains("/") went through Foundation's range(of:), and every slug asks.
    static func extensionDot(in path: String) -> String.Index? {
        let utf8 = path.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), !utf8[dot...].contains(UInt8(ascii: "/")) else { return nil }
        return dot
    }
}
