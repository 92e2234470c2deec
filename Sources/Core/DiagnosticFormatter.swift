/// Prints diagnostics the way compilers do: the headline, the source line, a caret under the column.
public struct DiagnosticFormatter: Sendable {
    public var colored: Bool
    /// Returns the text of a workspace-relative file, or nil when it cannot be read.
    public var source: @Sendable (String) -> String?

    public init(colored: Bool = false, source: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.colored = colored
        self.source = source
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = ""
        if let location = diagnostic.location {
            out += paint("\(location): ", .bold)
        }
        out += paint("\(diagnostic.severity.rawValue):", diagnostic.severity == .error ? .red : diagnostic.severity == .warning ? .yellow : .cyan)
        out += paint(" \(diagnostic.message)", .bold)
        if let location = diagnostic.location, let text = source(location.file), let line = Self.line(location.line, of: text) {
            out += "\n" + line + "\n" + Self.caretPadding(for: line, column: location.column) + paint("^", .green)
        }
        if let hint = diagnostic.hint {
            out += "\n" + paint("hint:", .cyan) + " \(hint)"
        }
        return out
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }

    static func line(_ number: Int, of text: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        for line in text.sourceLines {
            if current == number { return String(line) }
            current += 1
        }
        return nil
    }

    /// Keeps tabs as tabs so the caret lines up under the column whatever the tab width.
    static func caretPadding(for line: String, column: Int) -> String {
        String(line.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " })
    }

    enum Style: String { case bold = "1", red = "1;31", yellow = "1;33", cyan = "1;36", green = "1;32" }

    func paint(_ text: String, _ style: Style) -> String {
        colored ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
