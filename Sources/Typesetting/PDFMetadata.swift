import Core

/// The PDF's document information: what a PDF viewer's properties dialog and a search index show.
public struct PDFMetadata: Sendable, Hashable, Codable {
    public var title: String?
    public var author: String?
    public var subject: String?
    /// Comma-separated, as PDF readers expect.
    public var keywords: String?
    public var creator: String
    /// Seconds since 1970 written as the creation date. Nil means `SOURCE_DATE_EPOCH` when set,
    /// else 0, so the same input always gives the same bytes.
    public var creationDate: Int64?

    public init(title: String? = nil, author: String? = nil, subject: String? = nil, keywords: String? = nil,
                creator: String = "PersonaForge", creationDate: Int64? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
    }

    /// The creation date as cairo wants it: `YYYY-MM-DDThh:mm:ssZ`.
    func creationDateText(environment: [String: String]) -> String {
        let seconds = creationDate ?? environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0.trimmingSpaces()) } ?? 0
        return Self.iso8601(seconds)
    }

    /// Seconds since 1970 as a UTC timestamp.
    static func iso8601(_ seconds: Int64) -> String { CivilTime.iso8601(seconds) }
}
