/// One problem found in the user's files, printed compiler-style:
/// `personas/ada.md:3:1: error: unknown key 'nmae'; did you mean 'name'?`
public struct Diagnostic: Sendable, Hashable, Codable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var severity: Severity
    /// nil for problems that belong to no file (a missing workspace, an unwritable output folder).
    public var location: SourceLocation?
    /// A stable, machine-readable name such as `unknown-key` or `yaml-syntax`.
    public var code: String
    /// A whole sentence saying what is wrong.
    public var message: String
    /// A whole sentence saying how to fix it, when there is something to say.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation?, code: String, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.code = code
        self.message = message
        self.hint = hint
    }

    public static func error(at location: SourceLocation?, code: String, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, code: code, message, hint: hint)
    }

    public static func warning(at location: SourceLocation?, code: String, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, code: code, message, hint: hint)
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line and column, problems with no file first; stable for equal places.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x == y ? a.offset < b.offset : x < y
            }
        }.map(\.element)
    }
}
