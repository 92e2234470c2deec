import Core
import MarkdownSupport

/// Wraps content in the site's HTML page, with paths relative to the page so the site works from disk.
public struct PageLayout: Sendable {
    public var layout: CompiledTemplate
    public var site: TemplateValue
    /// Whether the site has analysis reports to link to from its navigation.
    public var reports = false

    public init(layout: CompiledTemplate, site: TemplateValue, reports: Bool = false) {
        self.layout = layout
        self.site = site
        self.reports = reports
    }

    /// `personas/acme/it-manager.html` -> `../../`.
    public static func root(of outputPath: String) -> String {
        String(repeating: "../", count: outputPath.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }

    public func page(_ outputPath: String, title: String, description: String?, source: String?, content: String) -> [UInt8] {
        page(outputPath, title: title, description: description, source: source, content: .raw(content))
    }

    /// The same for content made as UTF-8 bytes.
    public func page(_ outputPath: String, title: String, description: String?, source: String?, content: [UInt8]) -> [UInt8] {
        page(outputPath, title: title, description: description, source: source, content: .rawUTF8(content))
    }

    private func page(_ outputPath: String, title: String, description: String?, source: String?, content: TemplateValue) -> [UInt8] {
        let root = Self.root(of: outputPath)
        let nav: [(String, String)] = [("Overview", "index.html"), ("Jobs", "jobs/index.html")]
            + (reports ? [("Reports", "reports/index.html")] : [])
        let value: TemplateValue = [
            "site": site,
            "page": ["title": .string(title), "description": .optional(description), "root": .string(root), "source": .optional(source)],
            "nav": .array(nav.map { title, href in
                ["title": .string(title), "href": .string(root + href), "current": .bool(outputPath == href)]
            }),
            "content": content,
        ]
        return layout.renderBytes(value, escaping: .html)
    }

    /// Markdown (a rendered document) to the HTML that goes inside a page.
    public static func html(fromMarkdown markdown: String) -> String {
        HTMLRenderer().render(markdown: markdown)
    }

    /// The same from Markdown as UTF-8 bytes, to UTF-8 bytes.
    public static func html(fromMarkdown markdown: [UInt8]) -> [UInt8] {
        HTMLRenderer().renderBytes(utf8: markdown)
    }
}
