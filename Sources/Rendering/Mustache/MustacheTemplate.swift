import Core

/// A parsed Mustache template: its tags, each with the line and column it was written at.
///
/// Parse once, check with `TemplateChecker`, then render many times with `MustacheRenderer`.
public struct MustacheTemplate: Sendable {
    /// The workspace-relative path diagnostics point at.
    public let file: String
    let nodes: [MustacheNode]
    let program: MustacheProgram

    /// Parses `source`; throws the first syntax error (an unclosed tag or section, a mismatched close,
    /// bad delimiters) as a diagnostic at its line and column in `file`.
    ///
    /// Only the first error is reported because a broken tag or nesting makes whatever follows unreliable.
    public init(source: String, file: String) throws(Diagnostic) {
        self.file = file
        nodes = try MustacheParser.parse(source: source, file: file)
        program = MustacheProgram(nodes)
    }

    /// The partials this template includes directly, for recording what a rendered page depends on.
    public var partialNames: Set<String> {
        var names: Set<String> = []
        func collect(_ nodes: [MustacheNode]) {
            for node in nodes {
                switch node {
                case .partial(let partial): names.insert(partial.name)
                case .section(let section): collect(section.children)
                case .text, .lineStart, .variable: break
                }
            }
        }
        collect(nodes)
        return names
    }

    /// Renders with `value` as the data; a shortcut for `MustacheRenderer(partials:escaping:).render(_:with:)`.
    public func render(
        _ value: TemplateValue, partials: [String: MustacheTemplate] = [:], escaping: MustacheRenderer.Escaping
    ) -> String {
        MustacheRenderer(partials: partials, escaping: escaping).render(self, with: value)
    }
}
