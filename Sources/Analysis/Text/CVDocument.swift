import Core
import Workspace
import YAMLSupport

/// A CV entry with dated sections (work, volunteer, education, projects) read for analysis.
struct CVEntry: Sendable {
    var section: String
    var index: Int
    var node: YAMLNode
    var name: String?
    /// `work[0] Acme Pay`: how reports name the entry.
    var label: String
    var position: String?
    /// The dates as written (nil when the key is absent), and parsed when they are valid.
    var startText: Located<String>?
    var endText: Located<String>?
    var start: JSONResumeDate?
    var end: JSONResumeDate?
    /// No end date, or `present`.
    var isOngoing: Bool
    var highlights: [(text: Located<String>, index: Int)]

    var field: String { "\(section)[\(index)]" }
}

/// One piece of a CV's or persona's own words, with where it was written.
struct Passage: Sendable {
    enum Kind: Sendable, Hashable {
        case label, summary, position, description, highlight, keyword, name, skill, area, course, body, language
    }

    var text: String
    var location: SourceLocation
    var section: String
    var kind: Kind
    /// Index into `CVDocument.entries`, when the passage belongs to a dated entry.
    var entry: Int?
    /// `work[0] Acme Pay`, for evidence.
    var entryLabel: String?

    /// Passages that show a skill was used, as opposed to claimed (the skills list, the headline).
    var isEvidenceOfUse: Bool {
        switch kind {
        case .highlight, .summary, .position, .keyword, .name, .area, .course, .description: return section != "skills" && section != "basics"
        case .label, .skill, .body, .language: return false
        }
    }
}

/// A CV (or a persona's effective CV) as entries and passages.
struct CVDocument: Sendable {
    var entries: [CVEntry] = []
    var passages: [Passage] = []

    /// The sections with dates, in the order they are read.
    static let datedSections = ["work", "volunteer", "education", "projects"]

    init() {}

    /// Reads `cv`; only `sections` are read when given (`summary` stands for basics.summary).
    init(_ cv: YAMLNode, sections: Set<String>? = nil) {
        func shows(_ name: String) -> Bool { sections.map { $0.contains(name) } ?? true }
        if let basics = cv["basics"] {
            add(basics["label"], section: "basics", kind: .label)
            if shows("summary") { add(basics["summary"], section: "basics", kind: .summary) }
        }
        for section in CVSchema.sections.map(\.name) where shows(section) {
            guard let items = cv[section]?.sequence else { continue }
            for (index, item) in items.enumerated() { read(item, section: section, index: index) }
        }
    }

    private mutating func read(_ item: YAMLNode, section: String, index: Int) {
        let nameKey = CVSchema.nameKey(of: section) ?? "name"
        let name = (item[nameKey] ?? (section == "work" ? item["company"] : nil))?.scalarText
        let label = "\(section)[\(index)]" + (name.map { " \($0)" } ?? item["position"]?.scalarText.map { " \($0)" } ?? "")
        var entryIndex: Int?
        if Self.datedSections.contains(section) {
            let startKey = "startDate"
            let startText = item[startKey]?.located
            let endText = item["endDate"]?.located
            let endWord = endText?.value.lowercased()
            let ongoing = endText == nil || endWord == "present" || endWord == "now" || endWord == "current"
            let highlights = (item["highlights"]?.sequence ?? []).enumerated().compactMap { offset, node in
                (node.located ?? node["text"]?.located).map { (text: $0, index: offset) }
            }
            entries.append(CVEntry(section: section, index: index, node: item, name: name, label: label,
                                   position: item["position"]?.scalarText, startText: startText, endText: endText,
                                   start: startText.flatMap { JSONResumeDate($0.value) },
                                   end: ongoing ? nil : endText.flatMap { JSONResumeDate($0.value) },
                                   isOngoing: ongoing, highlights: highlights))
            entryIndex = entries.count - 1
        }
        func text(_ key: String, _ kind: Passage.Kind) {
            add(item[key], section: section, kind: kind, entry: entryIndex, label: label)
        }
        func list(_ key: String, _ kind: Passage.Kind) {
            for node in item[key]?.sequence ?? [] {
                add(node, section: section, kind: kind, entry: entryIndex, label: label)
            }
        }
        switch section {
        case "work", "volunteer":
            text("position", .position); text("summary", .summary); text("description", .description); list("highlights", .highlight)
        case "projects":
            text("description", .description); list("highlights", .highlight); list("keywords", .keyword); list("roles", .position)
        case "education":
            text("area", .area); text("studyType", .area); list("courses", .course)
        case "certificates":
            text("name", .name)
        case "awards":
            text("title", .name); text("summary", .summary)
        case "publications":
            text("name", .name); text("summary", .summary)
        case "skills":
            text("name", .skill); list("keywords", .keyword)
        case "languages":
            text("language", .language)
        default:
            break // interests and references say nothing about what the person did
        }
    }

    private mutating func add(_ node: YAMLNode?, section: String, kind: Passage.Kind, entry: Int? = nil, label: String? = nil) {
        // A highlight may be `{text, tags}`.
        guard let node = node.flatMap({ $0.pairs != nil ? $0["text"] : $0 }), let text = node.scalarText,
              !text.allSatisfy(\.isWhitespace) else { return }
        passages.append(Passage(text: text, location: node.location, section: section, kind: kind,
                                entry: entry, entryLabel: label))
    }

    /// The persona's Markdown body as one passage per non-empty line.
    static func bodyPassages(of persona: Persona) -> [Passage] {
        var passages: [Passage] = []
        var inFence = false
        for (offset, line) in persona.body.sourceLines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence || trimmed.isEmpty { continue }
            passages.append(Passage(text: trimmed, location: SourceLocation(file: persona.path, line: persona.bodyFirstLine + offset),
                                    section: "body", kind: .body, entry: nil, entryLabel: nil))
        }
        return passages
    }
}
