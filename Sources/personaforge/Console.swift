import Core
import Foundation

/// Where commands print: diagnostics with their source lines, summaries, JSON.
struct Console {
    var colored: Bool
    var root: String

    init(colored: Bool, root: String) {
        self.colored = colored && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        self.root = root
    }

    var formatter: DiagnosticFormatter {
        let root = self.root
        return DiagnosticFormatter(colored: colored) { path in
            FileSystem.read(FileSystem.join(root, path)).flatMap { String(validating: $0, as: UTF8.self) }
        }
    }

    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        error(formatter.format(diagnostics))
    }

    func out(_ text: String) { print(text) }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// "2 errors and 1 warning", for summaries.
    static func count(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return "\(plural(errors, "error")) and \(plural(warnings, "warning"))"
    }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
}
