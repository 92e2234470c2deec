/// The document properties Word shows under File > Info (docProps/core.xml), and the header name.
public struct DOCXMetadata: Sendable, Hashable {
    public var title: String?
    public var author: String?
    public var subject: String?
    /// Comma-separated, as Word shows them.
    public var keywords: String?
    /// A BCP 47 tag such as `en-GB` or `de-DE`: Word's proofing language for the text.
    public var language: String?
    /// Seconds since 1970 written as the created and modified dates and the ZIP entries' time.
    /// Nil means `SOURCE_DATE_EPOCH` when set, else 1980-01-01, so the same input gives the same bytes.
    public var creationDate: Int64?

    public init(title: String? = nil, author: String? = nil, subject: String? = nil, keywords: String? = nil,
                language: String? = nil, creationDate: Int64? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
        self.creationDate = creationDate
    }

    /// 1980-01-01T00:00:00Z, the earliest moment a ZIP entry can carry.
    static let defaultDate: Int64 = 315_532_800

    /// The date to write: the one given, else `SOURCE_DATE_EPOCH`, else 1980-01-01.
    func resolvedDate(environment: [String: String]) -> Int64 {
        creationDate ?? environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0.trimmedSpaces) } ?? Self.defaultDate
    }
}
