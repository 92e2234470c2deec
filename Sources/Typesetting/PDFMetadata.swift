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

    /// Converts seconds since 1970 to a UTC timestamp (Howard Hinnant's civil-from-days).
    static func iso8601(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year4 = year < 1000 ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
        return "\(year4)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }
}
