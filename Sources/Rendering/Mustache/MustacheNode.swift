import Core

/// A name as written in a tag: `.` (the current item) or dotted components such as `basics.name`.
struct TemplateName: Sendable, Hashable, CustomStringConvertible {
    /// The name as written, without padding: `basics.name` or `.`.
    let text: String
    /// The dotted components; empty for the implicit iterator `.`.
    let components: [String]

    init(_ text: String) {
        self.text = text
        components = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    var isImplicitIterator: Bool { components.isEmpty }
    var description: String { text }
}

/// One piece of a parsed template; sections hold their own children, so the tree mirrors the nesting.
enum MustacheNode: Sendable {
    case text(String)
    /// Where a source line starts. Renders the indentation of a standalone partial and nothing otherwise;
    /// the spec indents every line of a partial's source, including lines that start with a tag.
    case lineStart
    case variable(Variable)
    case section(Section)
    case partial(Partial)

    struct Variable: Sendable {
        let name: TemplateName
        /// False for `{{{name}}}` and `{{& name}}`.
        let escaped: Bool
        let location: SourceLocation
    }

    struct Section: Sendable {
        let name: TemplateName
        /// True for `{{^name}}`, which renders when the value is falsy.
        let inverted: Bool
        let children: [MustacheNode]
        let location: SourceLocation
    }

    struct Partial: Sendable {
        let name: String
        /// The whitespace before a standalone `{{> name}}`, put before each line of the partial;
        /// nil for a partial used inline, whose lines are not indented.
        let indentation: String?
        let location: SourceLocation
    }
}
