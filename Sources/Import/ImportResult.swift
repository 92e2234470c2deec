import Core
import YAMLSupport

/// What importing one CV gave: the structured CV, its YAML, how sure the importer is, and why.
public struct ImportResult: Sendable {
    /// The CV as a mapping following `CVSchema.document`; nil when nothing could be imported.
    public var cv: YAMLNode?
    /// `cv` as readable YAML in JSON Resume key order; empty when `cv` is nil.
    public var yaml: String
    /// The format the input was read as.
    public var format: ImportFormat
    /// 0...1: how much of the input read as a CV (a name, contact data, known sections, dated entries).
    public var confidence: Double
    /// Fields the importer was unsure about, with the reason, and what it left out.
    public var notes: [ImportNote]
    /// Problems: errors (nothing imported), warnings (imported, but check it).
    public var diagnostics: [Diagnostic]
    /// Pages read (PDF), when the format has pages.
    public var pages: Int?
    /// A file name for the CV: the person's name as a slug ("jane-doe"), else the input's name.
    public var suggestedName: String

    public init(cv: YAMLNode?, yaml: String, format: ImportFormat, confidence: Double, notes: [ImportNote],
                diagnostics: [Diagnostic], pages: Int? = nil, suggestedName: String) {
        self.cv = cv
        self.yaml = yaml
        self.format = format
        self.confidence = confidence
        self.notes = notes
        self.diagnostics = diagnostics
        self.pages = pages
        self.suggestedName = suggestedName
    }

    /// Below this the input probably is not a CV, and the importer says so.
    public static let lowConfidence = 0.45

    /// Whether the import failed (nothing to write).
    public var failed: Bool { cv == nil || diagnostics.hasErrors }

    /// Entries per section, and the basics found: what the command prints.
    public var summary: [(section: String, count: Int)] {
        guard let pairs = cv?.pairs else { return [] }
        return pairs.compactMap { pair in
            guard let key = pair.key.scalarText else { return nil }
            if let items = pair.value.sequence { return (key, items.count) }
            if let fields = pair.value.pairs { return (key, fields.count) }
            return nil
        }
    }

    /// The basics fields found, in schema order ("name", "email", "2 profiles").
    public var basicsFound: [String] {
        guard let basics = cv?["basics"]?.pairs else { return [] }
        return basics.compactMap { pair in
            guard let key = pair.key.scalarText else { return nil }
            if let items = pair.value.sequence { return "\(items.count) \(items.count == 1 && key.hasSuffix("s") ? String(key.dropLast()) : key)" }
            return key
        }
    }
}

/// Something the importer was unsure about or left out, and why.
public struct ImportNote: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where in the CV: a JSON Resume path such as `work[1].position`, or a section name.
    public var field: String
    /// A whole sentence: what was decided and why.
    public var message: String

    public init(field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// The formats `CVImporter` reads.
public enum ImportFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case pdf, docx, jsonResume = "json-resume", linkedIn = "linkedin", renderCV = "rendercv", markdown, unknown

    /// How the command names it.
    public var displayName: String {
        switch self {
        case .pdf: return "PDF"
        case .docx: return "DOCX"
        case .jsonResume: return "JSON Resume"
        case .linkedIn: return "LinkedIn export"
        case .renderCV: return "RenderCV YAML"
        case .markdown: return "Markdown"
        case .unknown: return "unknown"
        }
    }
}
