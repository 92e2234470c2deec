import Core
import Foundation

/// Maps request paths to files under the output folder, refusing anything that would leave it.
struct StaticFiles: Sendable {
    enum Resolution: Equatable {
        case file(String)
        /// A folder asked for without its trailing slash: relative links need it.
        case redirect(String)
        case forbidden(String)
        case notFound
    }

    /// The output folder, with symbolic links resolved.
    let root: String

    init(root: String) {
        self.root = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
    }

    func resolve(_ path: String) -> Resolution {
        guard path.hasPrefix("/") else { return .forbidden("the path must start with /") }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        // No climbing out, whatever the encoding was (the request's path is already decoded).
        if segments.contains(where: { $0 == ".." || $0 == "." }) || path.contains("\0") || path.contains("\\") {
            return .forbidden("'..', '.' and backslashes are not allowed in paths")
        }
        if segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        var candidate = FileSystem.join(root, segments.joined(separator: "/"))
        if segments.isEmpty { candidate = root }
        guard let status = FileSystem.status(candidate) else { return .notFound }
        if status.isDirectory {
            guard path.hasSuffix("/") else { return .redirect(path + "/") }
            candidate = FileSystem.join(candidate, "index.html")
            guard FileSystem.status(candidate).map({ !$0.isDirectory }) == true else { return .notFound }
        }
        // A symbolic link inside the output must not lead outside it.
        let real = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
        guard real == root || real.hasPrefix(root + "/") else { return .forbidden("the file is outside the output folder") }
        return .file(real)
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "md": "text/markdown; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "pdf": "application/pdf"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: "application/octet-stream"
        }
    }
}
