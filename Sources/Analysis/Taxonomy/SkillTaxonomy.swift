import Core
import Dispatch

/// A skill the analyses know by name: its canonical name, other names and category.
public struct Skill: Sendable, Hashable, Codable {
    public var name: String
    public var aliases: [String]
    /// software, data, design, healthcare, ..., soft-skills, industries, languages, certifications.
    public var category: String
    /// A product or tool rather than a practice.
    public var isTool: Bool

    public init(name: String, aliases: [String] = [], category: String, isTool: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.category = category
        self.isTool = isTool
    }

    /// The knowledge-base group this skill belongs in: skills, tools, industries or soft_skills.
    public var knowledgeCategory: String {
        switch category {
        case "industries": return "industries"
        case "soft-skills": return "soft_skills"
        default: return isTool ? "tools" : "skills"
        }
    }
}

/// The skills the analyses recognise, with aliases, and a matcher that finds them in text.
///
/// The shipped list lives in `taxonomy/skills.txt`, embedded as `SkillTaxonomyData.text` and
/// parsed on first use. A workspace extends it with its knowledge entries' names and aliases.
public struct SkillTaxonomy: Sendable {
    public private(set) var skills: [Skill]
    /// Normalised term -> skill index, for exact look-ups of a name.
    private var index: [String: Int32]
    private var base: TermTrie
    /// Skills that showing a skill shows too (Kafka: stream processing), closed transitively.
    private var implications: [Int32: [Int32]]
    /// Terms the workspace added; searched together with `base`.
    private var extra: TermTrie

    /// Lines of the shipped file that could not be read (empty when the file is well formed).
    public private(set) var problems: [String]

    /// The taxonomy shipped in the binary.
    public static let shipped = SkillTaxonomy(parsing: SkillTaxonomyData.text)

    /// Starts parsing the shipped taxonomy on another thread, for a caller that will need it
    /// soon and has a core to spare until then; the first use waits for it to be done.
    public static func prepareShipped() {
        DispatchQueue.global(qos: .userInitiated).async { _ = shipped }
    }

    /// Parses the `Name | aliases | category | flags` format of `taxonomy/skills.txt`.
    public init(parsing text: String) {
        skills = []
        index = [:]
        // Sized from the text (in the shipped list, a term for every 20 bytes or so, and a
        // trie transition for every 3), so that its tables fill without growing.
        let expectedTerms = text.utf8.count / 20
        index.reserveCapacity(expectedTerms)
        base = TermTrie(expectedTerms: expectedTerms, transitions: text.utf8.count / 3)
        extra = TermTrie()
        problems = []
        implications = [:]
        var direct: [(Int32, [Int32])] = []
        // Read as bytes (SkillTaxonomy+Lines.swift).
        var text = text
        let lines = text.withUTF8 { Self.lines(of: $0) }
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            switch line {
            case .blank:
                continue
            case .implication(let left, let rights):
                guard let from = id(of: left) else {
                    problems.append("line \(number): '\(left)' is not a skill named above")
                    continue
                }
                var targets: [Int32] = []
                for right in rights {
                    guard let to = id(of: right) else {
                        problems.append("line \(number): '\(right)' is not a skill named above")
                        continue
                    }
                    if to != from { targets.append(to) }
                }
                direct.append((from, targets))
            case .skill(let fields, let aliasTexts):
                guard fields.count == 3 || fields.count == 4, !fields[0].isEmpty, !fields[2].isEmpty else {
                    problems.append("line \(number): expected 'Name | aliases | category | flags'")
                    continue
                }
                let flags = fields.count == 4 ? fields[3].split(byte: UInt8(ascii: " ")).map(String.init) : []
                let caseSensitive = flags.contains("case")
                let name = Self.stripExactMarker(fields[0])
                let skill = Skill(name: name.text, aliases: aliasTexts.map { Self.stripExactMarker($0).text },
                                  category: fields[2], isTool: flags.contains("tool"))
                let owner = Int32(skills.count)
                skills.append(skill)
                for (term, exact) in [name] + aliasTexts.map(Self.stripExactMarker) {
                    // Normalised once, for the name table and the trie alike.
                    let normalized = TermTrie.normalize(term)
                    let key = Self.key(normalized: normalized)
                    if let existing = index[key], existing != owner {
                        problems.append("line \(number): '\(term)' already names \(skills[Int(existing)].name)")
                        continue
                    }
                    index[key] = owner
                    base.insert(term, normalized: normalized, owner: owner, caseSensitive: caseSensitive || exact)
                }
            }
        }
        implications = Self.closure(of: direct)
    }

    /// Every skill reachable from each skill through the implication lines.
    private static func closure(of direct: [(Int32, [Int32])]) -> [Int32: [Int32]] {
        var edges: [Int32: [Int32]] = [:]
        for (from, targets) in direct { edges[from, default: []] += targets }
        var closure: [Int32: [Int32]] = [:]
        for start in edges.keys {
            var seen: Set<Int32> = [start]
            var order: [Int32] = []
            var queue = edges[start] ?? []
            while !queue.isEmpty {
                let next = queue.removeFirst()
                guard seen.insert(next).inserted else { continue }
                order.append(next)
                queue += edges[next] ?? []
            }
            closure[start] = order
        }
        return closure
    }

    /// The skills that showing `skill` shows too.
    public func implied(by skill: Int32) -> [Int32] { implications[skill] ?? [] }

    /// `skills` followed by the skills they imply that are not already among them.
    public func expanded(_ skills: [Int32]) -> [Int32] {
        guard skills.contains(where: { implications[$0] != nil }) else { return skills }
        var result = skills
        for skill in skills { for other in implications[skill] ?? [] where !result.contains(other) { result.append(other) } }
        return result
    }

    /// `=Rails` marks one alias as case-sensitive.
    private static func stripExactMarker(_ text: String) -> (text: String, exact: Bool) {
        text.hasPrefix("=") ? (String(text.dropFirst()), true) : (text, false)
    }

    /// The form names are compared in: lowercase, spaces and hyphens folded.
    static func key(_ term: String) -> String { key(normalized: TermTrie.normalize(term)) }

    /// `key` of a term already normalised (`TermTrie.normalize`).
    static func key(normalized: [UInt8]) -> String { String(decoding: normalized, as: UTF8.self) }

    public var count: Int { skills.count }

    public subscript(id: Int32) -> Skill { skills[Int(id)] }

    /// The skill a name or alias stands for, compared case-insensitively; also "Payments" for "payment".
    public func id(of name: String) -> Int32? {
        let key = Self.key(name)
        if let id = index[key] { return id }
        if key.hasSuffix("s"), let id = index[String(key.dropLast())] { return id }
        return index[key + "s"]
    }

    /// Every known skill mentioned in `text`, left to right, with UTF-8 offsets.
    func mentions(in text: String) -> [TermTrie.Match] {
        let found = base.matches(in: text)
        guard !extra.isEmpty else { return found }
        let added = extra.matches(in: text)
        guard !added.isEmpty else { return found }
        // Merge the two layers: a longer match wins where they overlap.
        var result: [TermTrie.Match] = []
        for match in (found + added).sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
            if let last = result.last, match.start < last.end { continue }
            result.append(match)
        }
        return result
    }

    /// The skill ids mentioned in `text`, in order of first mention, without repeats.
    public func skills(in text: String) -> [Int32] {
        var seen: Set<Int32> = []
        return mentions(in: text).compactMap { seen.insert($0.owner).inserted ? $0.owner : nil }
    }

    /// This taxonomy with more names: new skills, and new aliases of known ones. A term that
    /// already names another skill keeps its meaning. Returns the ids the names resolved to.
    public mutating func add(name: String, aliases: [String], category: String, isTool: Bool = false) -> Int32 {
        let owner: Int32
        if let known = id(of: name) {
            owner = known
        } else {
            owner = Int32(skills.count)
            skills.append(Skill(name: name, aliases: [], category: category, isTool: isTool))
            index[Self.key(name)] = owner
            extra.insert(name, owner: owner, caseSensitive: false)
        }
        for alias in aliases where index[Self.key(alias)] == nil {
            index[Self.key(alias)] = owner
            skills[Int(owner)].aliases.append(alias)
            extra.insert(alias, owner: owner, caseSensitive: false)
        }
        return owner
    }
}
