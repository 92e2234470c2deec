extension MustacheRenderer {
    /// How `{{name}}` escapes the strings it inserts; `{{{name}}}`, `{{& name}}` and `.raw` values never are.
    public enum Escaping: Sendable {
        /// Escapes `& < > " '` as HTML entities, for HTML output.
        case html
        /// Applies the given function, for Markdown output (pass `MarkdownEscaping.escape`).
        case markdown(@Sendable (String) -> String)
        /// Inserts strings as they are, for plain text.
        case none
    }
}
