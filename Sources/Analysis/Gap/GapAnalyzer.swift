import Core
import Workspace
import YAMLSupport

/// The CV-quality analysis of one persona: contact data and summary, bullets, dates, skills,
/// length and tense for a professional persona; completeness and contradictions for an audience one.
struct GapAnalyzer {
    let resolved: ResolvedPersona
    let context: AnalysisContext
    /// What the persona shows of its effective CV.
    let document: CVDocument
    let shownSections: Set<String>
    /// The file questions about the person are keyed to: the CV, else the persona.
    let scope: String
    var issues: [AnalysisIssue] = []
    /// Every question the checks raise, answered or not.
    var questions: [ClarifyingQuestion] = []
    var figures: GapReport.Figures?
    private var done = false

    init(persona: ResolvedPersona, context: AnalysisContext) {
        resolved = persona
        self.context = context
        shownSections = Set(persona.sections)
        document = persona.persona.kind == .professional ? CVDocument(persona.cv, sections: shownSections) : CVDocument()
        scope = persona.cvPath ?? persona.persona.path
    }

    var persona: Persona { resolved.persona }
    var cv: YAMLNode { resolved.cv }
    var today: Int { context.todayMonth }

    func shows(_ section: String) -> Bool { shownSections.contains(section) }

    mutating func report() -> GapReport {
        run()
        let open = questions.filter { context.answers[$0.id] == nil }.uniquedAndSorted()
        let sorted = issues.sortedForReport()
        return GapReport(persona: persona.path, title: persona.title, kind: persona.kind.rawValue, cv: resolved.cvPath,
                         today: context.today.description, figures: figures, counts: sorted.counts, issues: sorted, questions: open)
    }

    mutating func candidateQuestions() -> [ClarifyingQuestion] {
        run()
        return questions
    }

    private mutating func run() {
        guard !done else { return }
        done = true
        if persona.kind == .audience {
            checkAudience()
            return
        }
        checkContact()
        if shows("summary") { checkSummary() }
        if shows("work") || shows("volunteer") || shows("projects") { checkBullets() }
        checkDates()
        if shows("skills") { checkSkills() }
        measure()
    }

    // MARK: - Recording

    mutating func issue(_ code: String, _ severity: AnalysisIssue.Severity, field: String, entry: String? = nil,
                        _ message: String, suggestion: String, at location: SourceLocation?) {
        issues.append(AnalysisIssue(code: code, severity: severity, field: field, entry: entry, message: message,
                                    suggestion: suggestion, evidence: location))
    }

    /// Records a question and returns the user's answer to it, if any.
    @discardableResult
    mutating func ask(_ kind: String, subject: String, scope: String? = nil, _ question: String, why: String,
                      field: String, at location: SourceLocation?) -> (id: String, answer: Located<String>?) {
        let asked = ClarifyingQuestion(kind: kind, subject: subject, scope: scope ?? self.scope, question: question, why: why,
                                       field: field, evidence: location)
        questions.append(asked)
        return (asked.id, context.answers[asked.id])
    }

    /// Where the CV's data starts: the fallback location for what is missing.
    var cvLocation: SourceLocation { cv.location }

    // MARK: - Contact and summary

    mutating func checkContact() {
        let basics = cv["basics"]
        let at = basics?.location ?? cvLocation
        func text(_ key: String) -> String? { basics?[key]?.scalarText.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } }
        if text("name") == nil {
            issue("missing-contact", .error, field: "basics.name", "The CV has no name.",
                  suggestion: "Add basics.name.", at: at)
        }
        switch (text("email"), text("phone")) {
        case (nil, nil):
            issue("missing-contact", .error, field: "basics.email", "There is no way to contact you: no email and no phone.",
                  suggestion: "Add basics.email (and basics.phone; list it under private: to keep it off the site).", at: at)
        case (nil, _):
            issue("missing-contact", .warning, field: "basics.email", "The CV has no email address.",
                  suggestion: "Add basics.email: most applications are answered by email.", at: at)
        case (_, nil):
            issue("missing-contact", .info, field: "basics.phone", "The CV has no phone number.",
                  suggestion: "Add basics.phone if recruiters should call you; list it under private: to keep it off the site.", at: at)
        default:
            break
        }
        let place = basics?["location"]
        if place?["city"]?.scalarText == nil && place?["countryCode"]?.scalarText == nil && place?["region"]?.scalarText == nil {
            issue("missing-contact", .info, field: "basics.location", "The CV does not say where you are based.",
                  suggestion: "Add basics.location.city and countryCode: recruiters filter by location.", at: at)
        }
        if (basics?["profiles"]?.sequence ?? []).isEmpty && text("url") == nil {
            issue("missing-contact", .info, field: "basics.profiles", "The CV links to no profile or website.",
                  suggestion: "Add a LinkedIn or GitHub profile under basics.profiles, or basics.url.", at: at)
        }
        if text("label") == nil {
            issue("missing-label", .info, field: "basics.label", "The CV has no headline.",
                  suggestion: "Add basics.label, the role you are after in a few words: 'Backend Engineer, Payments'.", at: at)
        }
    }

    mutating func checkSummary() {
        guard let node = cv["basics"]?["summary"], let summary = node.scalarText, !summary.allSatisfy(\.isWhitespace) else {
            issue("missing-summary", .warning, field: "basics.summary", "The persona has no summary.",
                  suggestion: "Add two or three sentences: who you are, what you are best at, what you want next (summary: in the persona, or basics.summary in the CV).",
                  at: persona.frontMatter["title"]?.location ?? cv["basics"]?.location ?? cvLocation)
            return
        }
        let words = Writing.wordCount(summary)
        if words < 15 {
            issue("short-summary", .info, field: "basics.summary", "The summary is \(words) words long: too short to say what sets you apart.",
                  suggestion: "Say in two or three sentences what you do, for whom, and with what results.", at: node.location)
        } else if words > 120 {
            issue("long-summary", .info, field: "basics.summary", "The summary is \(words) words long; readers skim past long ones.",
                  suggestion: "Keep it under about 80 words; move detail into the entries.", at: node.location)
        }
        if let pronoun = Writing.firstPersonPronoun(summary) {
            issue("first-person", .info, field: "basics.summary", "The summary uses the first person ('\(pronoun)').",
                  suggestion: "That is a matter of style; many CVs write the summary without pronouns ('Backend engineer with ...').",
                  at: node.location)
        }
    }

    // MARK: - Length

    mutating func measure() {
        var words = document.passages.reduce(0) { $0 + Writing.wordCount($1.text) }
        if shows("body") { words += Writing.wordCount(persona.body) }
        let work = document.entries.filter { $0.section == "work" }
        let months = MonthSpan.totalMonths(work.compactMap { MonthSpan($0, today: today) })
        let bullets = document.entries.flatMap(\.highlights)
        let quantified = bullets.filter { Writing.isQuantified($0.text.value) }.count
        let pages = (Double(words) + 15 * Double(document.entries.count) + 40) / 450
        let rounded = (pages * 10).rounded() / 10
        figures = GapReport.Figures(experienceMonths: months, words: words, estimatedPages: rounded, bullets: bullets.count,
                                    quantifiedBullets: quantified)
        let allowed = months < 60 ? 1.0 : months < 180 ? 2.0 : 3.0
        let at = cv["work"]?.location ?? cvLocation
        if shows("work"), work.isEmpty {
            issue("no-work", .warning, field: "work", "The persona shows no work experience.",
                  suggestion: "Add work entries to the CV, or include them in this persona.", at: at)
        }
        if pages > allowed + 0.3 {
            issue("too-long", .warning, field: "length",
                  "About \(rounded) pages for \(describeMonths(months)) of experience; aim for \(Int(allowed)) page\(allowed == 1 ? "" : "s").",
                  suggestion: "Cut older and less relevant bullets; keep detail for the last ten years, and use persona filters (tags, include/exclude).",
                  at: at)
        } else if words < 150, months >= 24 {
            issue("too-short", .warning, field: "length",
                  "About \(words) words for \(describeMonths(months)) of experience: too little to judge you by.",
                  suggestion: "Add highlights with results to your recent roles.", at: at)
        }
    }
}
