import Core
import Workspace
import YAMLSupport

/// Aggregates the knowledge base: knowledge-file entries, what the CVs list and show, and the
/// answers to clarifying questions, each item with its evidence.
struct KnowledgeBaseBuilder {
    let context: AnalysisContext
    static let evidenceLimit = 5

    private struct Draft {
        var category: String
        var name: String
        var aliases: [String] = []
        var taxonomyCategory: String?
        var level: String?
        var years: Double?
        var lastUsed: JSONResumeDate?
        var evidence: [Evidence] = []

        mutating func add(_ item: Evidence) {
            guard evidence.count < KnowledgeBaseBuilder.evidenceLimit,
                  !evidence.contains(where: { $0.location == item.location && $0.text == item.text }) else { return }
            evidence.append(item)
        }
    }

    func build(for persona: ResolvedPersona?, openQuestions: Bool = true) -> KnowledgeBaseReport {
        let taxonomy = context.taxonomy
        var drafts: [String: Draft] = [:]
        func key(_ category: String, _ name: String) -> String { category + "\n" + SkillTaxonomy.key(name) }
        func draft(for skill: Int32) -> String {
            let known = taxonomy[skill]
            let k = key(known.knowledgeCategory, known.name)
            if drafts[k] == nil { drafts[k] = Draft(category: known.knowledgeCategory, name: known.name, taxonomyCategory: known.category) }
            return k
        }

        // Knowledge files.
        let applies = persona.map { context.knowledgeApplies(to: $0) } ?? true
        for item in applies ? context.knowledgeItems : [] {
            let k: String
            if let skill = item.skills.first {
                k = draft(for: skill)
                if item.category != drafts[k]!.category, item.category != "skills" {
                    drafts[k]!.category = item.category
                }
            } else {
                k = key(item.category, item.name)
                if drafts[k] == nil { drafts[k] = Draft(category: item.category, name: item.name) }
            }
            drafts[k]!.aliases += item.aliases.filter { !drafts[k]!.aliases.contains($0) }
            drafts[k]!.level = drafts[k]!.level ?? item.level
            drafts[k]!.years = max(drafts[k]!.years ?? 0, item.years ?? 0) == 0 ? nil : max(drafts[k]!.years ?? 0, item.years ?? 0)
            if let used = item.lastUsed, drafts[k]!.lastUsed.map({ used > $0 }) ?? true { drafts[k]!.lastUsed = used }
            if item.evidence.isEmpty {
                drafts[k]!.add(Evidence(source: .knowledge, text: item.summary, location: item.location))
            }
            for line in item.evidence { drafts[k]!.add(Evidence(source: .knowledge, text: line.value, location: line.location)) }
        }

        // CVs: what their skills list claims and what their entries show.
        let cvs: [(String, YAMLNode)]
        if let persona {
            cvs = [(persona.cvPath ?? persona.persona.path, persona.cvPath.flatMap { context.workspace.cvs[$0]?.root } ?? persona.cv)]
        } else {
            cvs = context.workspace.cvs.keys.sorted().map { ($0, context.workspace.cvs[$0]!.root) }
        }
        for (_, root) in cvs {
            let document = CVDocument(root)
            for passage in document.passages where passage.kind == .skill || passage.isEvidenceOfUse {
                for skill in taxonomy.skills(in: passage.text) where taxonomy[skill].category != "languages" {
                    let k = draft(for: skill)
                    let text = passage.kind == .skill ? "Listed under skills: \(passage.text)" : passage.text
                    drafts[k]!.add(Evidence(source: .cv, text: text, location: passage.location, entry: passage.entryLabel))
                }
            }
            for (index, node) in (root["skills"]?.sequence ?? []).enumerated() {
                guard let name = node["name"]?.scalarText, taxonomy.id(of: name) == nil else { continue }
                let k = key("skills", name)
                if drafts[k] == nil { drafts[k] = Draft(category: "skills", name: name) }
                drafts[k]!.level = drafts[k]!.level ?? node["level"]?.scalarText
                drafts[k]!.add(Evidence(source: .cv, text: "Listed under skills: \(name)", location: node.location, entry: "skills[\(index)]"))
            }
        }

        // Answers, through the questions that asked them.
        let scopes: Set<String>? = persona.map { Set([$0.cvPath ?? $0.persona.path, $0.persona.path]) }
        // The questions are found by running every analysis: only when they are shown, or needed
        // to say what an answer answered.
        let questions = openQuestions || !context.answers.byID.isEmpty ? context.allQuestions() : []
        let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var answers: [KnowledgeBaseReport.Answer] = []
        for (id, answer) in context.answers.byID.sorted(by: { $0.value.location < $1.value.location }) {
            let question = byID[id]
            if let scopes, let question, !scopes.contains(question.scope) { continue }
            if scopes != nil, question == nil { continue }
            answers.append(.init(id: id, question: question?.question, answer: answer.value, location: answer.location))
            guard let question, question.kind == "skill", !AnswerBook.isNegative(answer.value) else { continue }
            let names = question.subject.split(separator: " or ").map(String.init)
            for name in names {
                let k: String
                if let skill = taxonomy.id(of: name) { k = draft(for: skill) } else {
                    k = key("skills", name)
                    if drafts[k] == nil { drafts[k] = Draft(category: "skills", name: name) }
                }
                drafts[k]!.add(Evidence(source: .answer, text: answer.value, location: answer.location))
            }
        }

        func items(_ category: String) -> [KnowledgeBaseReport.Item] {
            drafts.values.filter { $0.category == category }
                .sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
                .map { .init(name: $0.name, aliases: $0.aliases, category: $0.taxonomyCategory, level: $0.level, years: $0.years,
                             lastUsed: $0.lastUsed?.description, evidence: $0.evidence) }
        }
        let open = openQuestions ? questions.filter { context.answers[$0.id] == nil && (scopes?.contains($0.scope) ?? true) } : []
        return KnowledgeBaseReport(persona: persona?.persona.path, skills: items("skills"), tools: items("tools"),
                                   industries: items("industries"), softSkills: items("soft_skills"),
                                   preferences: items("preferences"), answers: answers, openQuestions: open)
    }
}
