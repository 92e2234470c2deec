/// An inline Markdown element. Inlines carry no source range: diagnostics point at their block.
///
/// The parser merges adjacent text into one `.text`, so equal content gives equal trees however
/// it was escaped in the source.
public enum MarkdownInline: Sendable, Hashable {
    case text(String)
    /// A line ending inside a paragraph; renders as a space or newline.
    case softBreak
    /// A hard line break (two trailing spaces or a backslash).
    case lineBreak
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    /// `url` is as written (entities and escapes resolved); renderers decide whether it is safe.
    case link(url: String, title: String, [MarkdownInline])
    /// The children are the alt text.
    case image(url: String, title: String, [MarkdownInline])
    /// One raw HTML tag or comment as written; the HTML renderer sanitises it.
    case html(String)
    /// A GFM footnote reference, `[^label]`.
    case footnoteReference(label: String)
}
