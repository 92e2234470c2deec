import Core
import YAMLSupport

/// A job description: front matter (company, status, ...) and the posting as Markdown.
public struct Job: Sendable {
    public var path: String
    public var frontMatter: YAMLNode
    public var body: String
    public var bodyFirstLine: Int

    public init(path: String, frontMatter: YAMLNode, body: String, bodyFirstLine: Int) {
        self.path = path
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    public var slug: String { String(SourceFile.id(of: path).dropFirst("jobs/".count)) }
    public var title: String { frontMatter["title"]?.scalarText ?? slug }
    public var company: String? { frontMatter["company"]?.scalarText }
    public var location: String? { frontMatter["location"]?.scalarText }
    public var url: String? { frontMatter["url"]?.scalarText }
    /// `saved` unless the file says otherwise.
    public var status: String { frontMatter["status"]?.scalarText ?? "saved" }
    public var appliedOn: String? { frontMatter["applied_on"]?.scalarText }
    public var persona: Located<String>? { frontMatter["persona"]?.located }
    public var notes: String? { frontMatter["notes"]?.scalarText }
    public var tags: [String] { frontMatter["tags"]?.strings.map(\.value) ?? [] }
    public var hiringManager: String? { frontMatter["hiring_manager"]?.scalarText }

    /// Whether the job asks for a cover letter: `cover_letter: true`, or a template id.
    public var wantsCoverLetter: Bool {
        guard let node = frontMatter["cover_letter"] else { return false }
        return node.bool ?? !(node.scalarText ?? "").isEmpty
    }

    /// The cover-letter template the job names, when `cover_letter` is an id rather than true.
    public var coverLetterTemplate: Located<String>? {
        guard let node = frontMatter["cover_letter"], node.bool == nil, let text = node.scalarText, !text.isEmpty else { return nil }
        return Located(text, at: node.location)
    }

    /// Where the user's own letter for this job lives; when the file exists it is used as is.
    public var letterPath: String { "letters/\(slug).md" }
}
