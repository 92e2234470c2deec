import Core
import YAMLSupport

/// Skill checks: claimed but shown nowhere, and last used long ago.
extension GapAnalyzer {
    /// Skills last used longer ago than this count as stale.
    static let staleMonths = 60

    mutating func checkSkills() {
        let skills = cv["skills"]?.sequence ?? []
        guard !skills.isEmpty else {
            issue("no-skills", .info, field: "skills", "The persona lists no skills.",
                  suggestion: "Add the skills this role needs, each one shown in an entry.", at: cv["skills"]?.location ?? cvLocation)
            return
        }
        let taxonomy = context.taxonomy
        let evidencePassages = document.passages.filter(\.isEvidenceOfUse)
        // Where each known skill is used: the passages, for evidence and dates.
        var uses: [Int32: [Passage]] = [:]
        for passage in evidencePassages {
            for skill in taxonomy.expanded(taxonomy.skills(in: passage.text)) { uses[skill, default: []].append(passage) }
        }
        // Skill names the taxonomy does not know are searched for as they are written.
        var adHoc = TermTrie()
        for (index, node) in skills.enumerated() {
            guard let name = node["name"]?.scalarText, taxonomy.id(of: name) == nil else { continue }
            adHoc.insert(name, owner: Int32(index), caseSensitive: false)
        }
        var adHocUses: [Int32: [Passage]] = [:]
        if !adHoc.isEmpty {
            for passage in evidencePassages {
                for match in adHoc.matches(in: passage.text) { adHocUses[match.owner, default: []].append(passage) }
            }
        }
        let knowledge = context.knowledge(for: resolved).filter(\.assertsPossession)

        for (index, node) in skills.enumerated() {
            guard let nameNode = node["name"], let name = nameNode.scalarText else { continue }
            let field = "skills[\(index)]"
            let id = taxonomy.id(of: name)
            let keywordIDs = (node["keywords"]?.strings ?? []).compactMap { taxonomy.id(of: $0.value) }
            let ids = (id.map { [$0] } ?? []) + keywordIDs
            let found = ids.flatMap { uses[$0] ?? [] } + (id == nil ? adHocUses[Int32(index)] ?? [] : [])
            let canonical = id.map { taxonomy[$0].name } ?? name
            if found.isEmpty {
                reportUnevidenced(name: name, canonical: canonical, ids: ids, field: field, at: nameNode.location, knowledge: knowledge)
            } else {
                checkStaleness(name: name, ids: ids, uses: found, field: field, at: nameNode.location, knowledge: knowledge)
            }
        }
        if skills.count > 25 {
            issue("many-skills", .info, field: "skills", "The persona lists \(skills.count) skills; long lists dilute the ones that matter.",
                  suggestion: "Keep the 10 to 15 most relevant to this persona (skills: {include: [...]}).", at: cv["skills"]?.location ?? cvLocation)
        }
    }

    private mutating func reportUnevidenced(name: String, canonical: String, ids: [Int32], field: String, at: SourceLocation,
                                            knowledge: [KnowledgeItem]) {
        if let item = knowledge.first(where: { !Set($0.skills).isDisjoint(with: ids) }) {
            issue("unevidenced-skill", .info, field: field, entry: nil,
                  "\(name) is in your knowledge base (\(item.location.file):\(item.location.line)) but no entry of this CV shows it.",
                  suggestion: "Add a highlight or project that shows where you used \(name).", at: at)
            return
        }
        let asked = ask("skill", subject: canonical, "Where have you used \(canonical)? Name a role or project and what it achieved.",
                        why: "\(name) is listed under skills, but no role, project, course or certificate shows it.",
                        field: field, at: at)
        if let answer = asked.answer {
            if AnswerBook.isNegative(answer.value) {
                issue("unevidenced-skill", .warning, field: field,
                      "You answered that you have not used \(name) (\(asked.id)), yet it is listed under skills.",
                      suggestion: "Remove \(name) from skills, or correct the answer in \(context.answers.path).", at: at)
            } else {
                issue("unevidenced-skill", .info, field: field,
                      "Only your answer (\(asked.id)) backs \(name): '\(Evidence.excerpt(answer.value, limit: 80))'.",
                      suggestion: "Turn the answer into a highlight of the role or project it mentions.", at: at)
            }
        } else {
            issue("unevidenced-skill", .warning, field: field,
                  "\(name) is listed under skills, but no role, project, course or certificate shows it.",
                  suggestion: "Show it in a highlight of the role where you used it, or remove it.", at: at)
        }
    }

    private mutating func checkStaleness(name: String, ids: [Int32], uses: [Passage], field: String, at: SourceLocation,
                                         knowledge: [KnowledgeItem]) {
        var latest: (month: Int, label: String)?
        for passage in uses {
            // Undated evidence (a course, a certificate) says nothing about when: not stale.
            guard let index = passage.entry else { return }
            let entry = document.entries[index]
            let month = entry.isOngoing ? today : entry.end.map(MonthSpan.last) ?? entry.start.map(MonthSpan.last)
            guard let month else { return }
            if latest == nil || month > latest!.month { latest = (month, entry.label) }
        }
        guard let latest, today - latest.month > Self.staleMonths else { return }
        if let used = knowledge.filter({ !Set($0.skills).isDisjoint(with: ids) }).compactMap(\.lastUsed).max(),
           today - MonthSpan.last(used) <= Self.staleMonths { return }
        let years = (today - latest.month) / 12
        issue("stale-skill", .info, field: field,
              "\(name) was last used in \(MonthSpan.text(latest.month)) (\(latest.label)), \(years) years ago.",
              suggestion: "Move it down or leave it out, unless you still use it; if you do, show where.", at: at)
    }
}
