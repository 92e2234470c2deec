import Core
import Workspace
import YAMLSupport

/// What one professional persona shows and what its sources hold, read once and matched against
/// any number of postings and teams: skills with evidence, dated experience, degrees, seniority.
public struct PersonaProfile: Sendable {
    public var persona: String
    public var title: String
    /// The person's name, from the CV or the persona.
    public var person: String?
    /// The file questions about this person are keyed to: the CV, else the persona.
    public var scope: String

    /// Skills the persona shows, with where (at most a few places each).
    var shown: [Int32: [Evidence]] = [:]
    /// Skills only in the persona's sources: the CV outside the persona, the knowledge base.
    var sources: [Int32: [Evidence]] = [:]
    /// Certificates: skills named in the certificates section.
    var shownCertificates: [Int32: Evidence] = [:]
    var sourceCertificates: [Int32: Evidence] = [:]
    /// Work spans per skill mentioned in a dated work entry, shown and in the CV.
    var shownSkillSpans: [Int32: [MonthSpan]] = [:]
    var sourceSkillSpans: [Int32: [MonthSpan]] = [:]
    var knowledgeYears: [Int32: (years: Double, evidence: Evidence)] = [:]
    var shownWork: [MonthSpan] = []
    var sourceWork: [MonthSpan] = []
    var shownDegrees: [(level: DegreeLevel, area: String, evidence: Evidence)] = []
    var sourceDegrees: [(level: DegreeLevel, area: String, evidence: Evidence)] = []
    public var seniority: Seniority?
    var seniorityEvidence: Evidence?

    static let evidenceLimit = 3

    /// Years of work the persona shows.
    public var experienceMonths: Int { MonthSpan.totalMonths(shownWork) }

    /// Reads a resolved professional persona, its CV and the knowledge that applies to it.
    init(_ resolved: ResolvedPersona, context: AnalysisContext) {
        let persona = resolved.persona
        self.persona = persona.path
        title = persona.title
        person = resolved.cv["basics"]?["name"]?.scalarText ?? persona.name
        scope = resolved.cvPath ?? persona.path
        let taxonomy = context.taxonomy
        let today = context.todayMonth
        let shownSections = Set(resolved.sections)

        var document = CVDocument(resolved.cv, sections: shownSections)
        if shownSections.contains("body") { document.passages += CVDocument.bodyPassages(of: persona) }
        // No CV: the persona's own entries, hidden sections included, are its sources.
        let sourceDocument = CVDocument(resolved.cvPath.flatMap { context.workspace.cvs[$0]?.root } ?? resolved.cv)
        // Most of what a persona shows is its CV's text at the same place: search each text once.
        var found: [SourceLocation: [Int32]] = [:]
        for passage in sourceDocument.passages { found[passage.location] = taxonomy.expanded(taxonomy.skills(in: passage.text)) }
        read(document, source: .persona, skills: { found[$0.location] ?? taxonomy.expanded(taxonomy.skills(in: $0.text)) }, today: today)
        read(sourceDocument, source: .cv, skills: { found[$0.location] ?? [] }, today: today)
        for item in context.knowledge(for: resolved) where item.assertsPossession {
            let evidence = Evidence(source: .knowledge, text: item.summary, location: item.location)
            for skill in item.skills {
                if shown[skill] == nil { Self.append(evidence, to: &sources[skill]) }
                if item.category == "skills" || item.category == "tools", let years = item.years, years > (knowledgeYears[skill]?.years ?? 0) {
                    knowledgeYears[skill] = (years, evidence)
                }
            }
        }

        // Seniority: the persona's title, else its latest role, else its years.
        let latest = document.entries.filter { $0.section == "work" }.max { ($0.start ?? JSONResumeDate("1000")!) < ($1.start ?? JSONResumeDate("1000")!) }
        if let (level, _) = Seniority.of(title: persona.title) {
            seniority = level
            seniorityEvidence = Evidence(source: .persona, text: persona.title,
                                         location: persona.frontMatter["title"]?.location ?? SourceLocation(file: persona.path))
        } else if let latest, let position = latest.position, let (level, _) = Seniority.of(title: position) {
            seniority = level
            seniorityEvidence = Evidence(source: .persona, text: position, location: latest.node["position"]?.location, entry: latest.label)
        } else if !shownWork.isEmpty {
            seniority = Seniority.of(months: experienceMonths)
            seniorityEvidence = Evidence(source: .persona, text: "\(describeMonths(experienceMonths)) of work shown", location: nil)
        }
    }

    private mutating func read(_ document: CVDocument, source: Evidence.Source, skills found: (Passage) -> [Int32], today: Int) {
        let isShown = source == .persona
        var spans: [Int: MonthSpan] = [:]
        for (index, entry) in document.entries.enumerated() where entry.section == "work" {
            if let span = MonthSpan(entry, today: today) {
                spans[index] = span
                if isShown { shownWork.append(span) } else { sourceWork.append(span) }
            }
        }
        for entry in document.entries where entry.section == "education" {
            let study = [entry.node["studyType"]?.scalarText, entry.node["area"]?.scalarText].compactMap { $0 }.joined(separator: " in ")
            if let (level, _) = DegreeLevel.find(in: entry.node["studyType"]?.scalarText ?? study) {
                let evidence = Evidence(source: source, text: study.isEmpty ? entry.label : study,
                                        location: entry.node["studyType"]?.location ?? entry.node.location, entry: entry.label)
                let degree = (level: level, area: entry.node["area"]?.scalarText ?? "", evidence: evidence)
                if isShown { shownDegrees.append(degree) } else { sourceDegrees.append(degree) }
            }
        }
        for passage in document.passages {
            let skills = found(passage)
            guard !skills.isEmpty else { continue }
            let evidence = Evidence(source: source, text: passage.text, location: passage.location, entry: passage.entryLabel)
            for skill in skills {
                if isShown {
                    Self.append(evidence, to: &shown[skill])
                } else if shown[skill] == nil {
                    Self.append(evidence, to: &sources[skill])
                }
                if passage.section == "certificates" {
                    if isShown { shownCertificates[skill] = shownCertificates[skill] ?? evidence }
                    else if shownCertificates[skill] == nil { sourceCertificates[skill] = sourceCertificates[skill] ?? evidence }
                }
                if let entry = passage.entry, let span = spans[entry] {
                    if isShown { shownSkillSpans[skill, default: []].append(span) } else { sourceSkillSpans[skill, default: []].append(span) }
                }
            }
        }
    }

    static func append(_ evidence: Evidence, to list: inout [Evidence]?) {
        var current = list ?? []
        guard current.count < evidenceLimit, !current.contains(where: { $0.location == evidence.location && $0.text == evidence.text }) else {
            list = current
            return
        }
        current.append(evidence)
        list = current
    }

    /// Whether the persona shows any of `skills`, and where.
    func shownEvidence(_ skills: [Int32]) -> [Evidence]? {
        for skill in skills { if let evidence = shown[skill] { return evidence } }
        return nil
    }

    func sourceEvidence(_ skills: [Int32]) -> [Evidence]? {
        for skill in skills { if let evidence = sources[skill] { return evidence } }
        return nil
    }

    /// True when the persona or its sources have the skill.
    func has(_ skill: Int32) -> Bool { shown[skill] != nil || sources[skill] != nil }
}
