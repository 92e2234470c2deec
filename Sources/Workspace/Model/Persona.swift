import Core
import YAMLSupport

/// A persona file: YAML front matter describing the persona, and a Markdown body.
public struct Persona: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case professional, audience }

    public var path: String
    public var kind: Kind
    public var frontMatter: YAMLNode
    public var body: String
    /// The line of the file where the body starts, so body diagnostics point at the right line.
    public var bodyFirstLine: Int

    public init(path: String, kind: Kind, frontMatter: YAMLNode, body: String, bodyFirstLine: Int) {
        self.path = path
        self.kind = kind
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// `personas/acme-crm/it-manager.md` -> `acme-crm/it-manager`: the persona's id in outputs.
    public var slug: String { String(SourceFile.id(of: path).dropFirst("personas/".count)) }

    public var title: String { frontMatter["title"]?.scalarText ?? slug }
    public var tags: [String] { frontMatter["tags"]?.strings.map(\.value) ?? [] }
    public var cv: Located<String>? { frontMatter["cv"]?.located }
    public var template: String? { frontMatter["template"]?.scalarText }
    public var locale: String? { frontMatter["locale"]?.scalarText }
    public var jobs: [Located<String>] { frontMatter["jobs"]?.strings ?? [] }
    public var privateFields: [Located<String>] { frontMatter["private"]?.strings ?? [] }
    public var sections: [Located<String>]? { frontMatter["sections"]?.strings }

    /// An audience persona's project: `project:`, else its folder under personas/, else nil.
    public var project: String? {
        if let project = frontMatter["project"]?.scalarText { return project }
        let parts = slug.split(byte: UInt8(ascii: "/"))
        return parts.count > 1 ? parts.dropLast().joined(separator: "/") : nil
    }

    /// The display name: an audience persona's `name`, else the professional persona's `name`, else nil.
    public var name: String? { frontMatter["name"]?.scalarText }
}
