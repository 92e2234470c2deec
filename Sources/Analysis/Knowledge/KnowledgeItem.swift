import Core
import Workspace
import YAMLSupport

/// One entry of a knowledge file, read for analysis.
struct KnowledgeItem: Sendable {
    /// skills, tools, industries, soft_skills or preferences.
    var category: String
    var name: String
    var aliases: [String]
    var level: String?
    var years: Double?
    var lastUsed: JSONResumeDate?
    var evidence: [Located<String>]
    var location: SourceLocation
    /// The taxonomy skills the name and aliases stand for.
    var skills: [Int32]

    /// An entry with only a name and aliases teaches the tool a word; one with a level, years,
    /// a date or evidence says the owner has the skill.
    var assertsPossession: Bool { level != nil || years != nil || lastUsed != nil || !evidence.isEmpty }

    /// A one-line account of the entry, for evidence.
    var summary: String {
        var parts: [String] = []
        if let level { parts.append(level) }
        if let years { parts.append(years == years.rounded() ? "\(Int(years)) years" : "\(years) years") }
        if let lastUsed { parts.append("last used \(lastUsed)") }
        let head = parts.isEmpty ? name : "\(name) (\(parts.joined(separator: ", ")))"
        return evidence.isEmpty ? head : head + ": " + evidence.map(\.value).joined(separator: "; ")
    }

    /// The taxonomy category a knowledge category's new names get.
    static func taxonomyCategory(for category: String) -> String {
        switch category {
        case "industries": return "industries"
        case "soft_skills": return "soft-skills"
        default: return "knowledge"
        }
    }

    /// Every entry of every knowledge file, in file order; the taxonomy learns their names.
    static func read(_ files: [KnowledgeFile], into taxonomy: inout SkillTaxonomy) -> [KnowledgeItem] {
        var items: [KnowledgeItem] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            for category in DocumentSchemas.knowledgeCategories {
                for entry in file.entries(category) {
                    guard let name = entry["name"]?.scalarText else { continue }
                    let aliases = entry["aliases"]?.strings.map(\.value) ?? []
                    var skills: [Int32] = []
                    if category != "preferences" {
                        let own = taxonomy.add(name: name, aliases: aliases, category: taxonomyCategory(for: category),
                                               isTool: category == "tools")
                        skills = [own]
                        // An alias that names another known skill counts as evidence of that one too.
                        for alias in aliases { if let other = taxonomy.id(of: alias), !skills.contains(other) { skills.append(other) } }
                    }
                    items.append(KnowledgeItem(
                        category: category, name: name, aliases: aliases, level: entry["level"]?.scalarText,
                        years: entry["years"]?.double, lastUsed: entry["last_used"]?.scalarText.flatMap(JSONResumeDate.init),
                        evidence: entry["evidence"]?.strings ?? [], location: entry.location, skills: skills))
                }
            }
        }
        return items
    }
}
