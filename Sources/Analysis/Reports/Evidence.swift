import Core

/// Where something an analysis relies on is written: a CV line, a knowledge entry, an answer.
public struct Evidence: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Hashable, Codable {
        /// What the persona shows (its effective CV and body).
        case persona
        /// The persona's CV, outside what the persona shows.
        case cv
        /// A knowledge-base entry.
        case knowledge
        /// An answer in knowledge/answers.yaml.
        case answer
    }

    public var source: Source
    /// The words, shortened to a readable excerpt.
    public var text: String
    public var location: SourceLocation?
    /// The CV entry, when there is one: `work[0] Acme Pay`.
    public var entry: String?

    public init(source: Source, text: String, location: SourceLocation?, entry: String? = nil) {
        self.source = source
        self.text = Self.excerpt(text)
        self.location = location
        self.entry = entry
    }

    static func excerpt(_ text: String, limit: Int = 160) -> String {
        if text.utf8.count <= limit, !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }),
           text.utf8.first != 0x20, text.utf8.last != 0x20 { return text }
        // ASCII on one line, the usual long summary: its Characters are its bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 && !(0x0A...0x0D).contains($0) }) {
            let trimmed = text.trimmingWhitespace()
            guard trimmed.utf8.count > limit else { return trimmed }
            return String(decoding: trimmed.utf8.prefix(limit - 1), as: UTF8.self).trimmingWhitespace() + "…"
        }
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.joined(separator: " ")
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit - 1)).trimmingWhitespace() + "…"
    }
}
