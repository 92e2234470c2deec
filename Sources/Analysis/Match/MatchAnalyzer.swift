import Core
import Workspace

/// Matches a persona profile against a posting: each requirement is matched (with the evidence
/// the persona shows), in the persona's sources only (CV, knowledge base, answers), or nowhere.
struct MatchAnalyzer {
    let context: AnalysisContext
    var weights = MatchWeights()
    /// Question ids by scope and subject: a persona asked about Rust by fifty postings hashes it once.
    final class IDCache: @unchecked Sendable {
        // Used by one task at a time: `AnalysisContext.matches` makes one per call.
        var ids: [String: String] = [:]
    }
    var ids = IDCache()

    enum Verdict { case matched, inSources, nowhere }

    struct Evaluation {
        var verdict: Verdict
        var result: MatchReport.Result
        /// The credit the sources would give, for the potential score.
        var potential: Double
        var question: ClarifyingQuestion?
    }

    func match(_ profile: PersonaProfile, _ posting: Posting) -> MatchReport {
        var matched: [MatchReport.Result] = [], inSources: [MatchReport.Result] = [], nowhere: [MatchReport.Result] = []
        var issues: [AnalysisIssue] = []
        var questions: [ClarifyingQuestion] = []
        var earned = 0.0, potential = 0.0, possible = 0.0
        for (requirement, prepared) in zip(posting.requirements, posting.prepared) {
            let evaluation = evaluate(requirement, prepared, profile)
            possible += evaluation.result.weight
            earned += evaluation.result.points
            potential += evaluation.result.weight * max(evaluation.result.credit, evaluation.potential)
            switch evaluation.verdict {
            case .matched: matched.append(evaluation.result)
            case .inSources: inSources.append(evaluation.result)
            case .nowhere: nowhere.append(evaluation.result)
            }
            if let question = evaluation.question, context.answers[question.id] == nil { questions.append(question) }
            if let issue = issue(for: evaluation, prepared) { issues.append(issue) }
        }
        if posting.requirements.isEmpty {
            issues.append(AnalysisIssue(code: "no-requirements", severity: .info, field: "body",
                                        message: "No requirements could be read from \(posting.job).",
                                        suggestion: "List them under a 'Requirements' heading, one per line, naming skills, years and degrees.",
                                        evidence: SourceLocation(file: posting.job)))
        }
        if let level = profile.seniority, let wanted = posting.requirements.first(where: { $0.kind == .seniority })?.seniority,
           level.rawValue - wanted.rawValue >= 3 {
            issues.append(AnalysisIssue(code: "overqualified", severity: .info, field: "title",
                                        message: "The role reads as \(wanted.name); the persona reads as \(level.name).",
                                        suggestion: "Say in the summary or the letter why this role appeals to you.",
                                        evidence: profile.seniorityEvidence?.location))
        }
        // Posting order within each severity, most severe first: stable, and cheaper than a full sort.
        let sortedIssues = issues.filter { $0.severity == .error } + issues.filter { $0.severity == .warning }
            + issues.filter { $0.severity == .info }
        let score = possible > 0 ? Int((100 * earned / possible).rounded()) : 0
        let potentialScore = possible > 0 ? Int((100 * potential / possible).rounded()) : 0
        return MatchReport(persona: profile.persona, job: posting.job, title: posting.title, company: posting.company,
                           score: score, potentialScore: potentialScore, weights: weights, requirements: posting.requirements,
                           matched: matched, missing: MatchReport.Missing(inPersonaSources: inSources, nowhere: nowhere),
                           counts: sortedIssues.counts, issues: sortedIssues, questions: Self.unique(questions))
    }

    /// Questions in posting order, the first of each id.
    static func unique(_ questions: [ClarifyingQuestion]) -> [ClarifyingQuestion] {
        var result: [ClarifyingQuestion] = []
        for question in questions where !result.contains(where: { $0.id == question.id }) { result.append(question) }
        return result
    }

    func candidateQuestions(_ profile: PersonaProfile, _ posting: Posting) -> [ClarifyingQuestion] {
        zip(posting.requirements, posting.prepared).compactMap { evaluate($0, $1, profile).question }
    }

    // MARK: - Requirements

    func evaluate(_ requirement: Requirement, _ prepared: PreparedRequirement, _ profile: PersonaProfile) -> Evaluation {
        let weight = weights.weight(of: requirement)
        func result(_ verdict: Verdict, credit: Double, potential: Double? = nil, evidence: [Evidence], note: String? = nil,
                    question: ClarifyingQuestion? = nil) -> Evaluation {
            Evaluation(verdict: verdict,
                       result: MatchReport.Result(requirement: requirement, weight: weight, credit: credit, points: weight * credit,
                                                  evidence: evidence, note: note),
                       potential: potential ?? (verdict == .nowhere ? credit : 1), question: question)
        }
        switch requirement.kind {
        case .skill, .certification:
            let isCertificate = requirement.kind == .certification
            if isCertificate {
                if let evidence = requirement.skillIDs.lazy.compactMap({ profile.shownCertificates[$0] }).first {
                    return result(.matched, credit: 1, evidence: [evidence])
                }
                if let evidence = requirement.skillIDs.lazy.compactMap({ profile.sourceCertificates[$0] }).first {
                    return result(.inSources, credit: 0, evidence: [evidence])
                }
            } else {
                if let evidence = profile.shownEvidence(requirement.skillIDs) { return result(.matched, credit: 1, evidence: evidence) }
                if let evidence = profile.sourceEvidence(requirement.skillIDs) { return result(.inSources, credit: 0, evidence: evidence) }
            }
            let question = ask(requirement, prepared, profile)
            if let answer = context.answers[question.id] {
                let evidence = Evidence(source: .answer, text: answer.value, location: answer.location)
                if AnswerBook.isNegative(answer.value) {
                    return result(.nowhere, credit: 0, evidence: [evidence], note: "you answered that you do not have it", question: question)
                }
                return result(.inSources, credit: 0, evidence: [evidence], note: "from your answer", question: question)
            }
            // A certificate the persona only mentions ("two PCI DSS audits") is not a certificate.
            let mentioned = isCertificate ? profile.shownEvidence(requirement.skillIDs) : nil
            return result(.nowhere, credit: 0, evidence: mentioned ?? [], note: mentioned == nil ? nil : "mentioned, but not as a certificate",
                          question: question)

        case .years:
            let needed = (requirement.years ?? 0) * 12
            guard needed > 0 else { return result(.matched, credit: 1, evidence: []) }
            let subject = requirement.skillIDs
            let shownMonths: Int, sourceMonths: Int
            if subject.isEmpty {
                shownMonths = profile.experienceMonths
                sourceMonths = MonthSpan.totalMonths(profile.sourceWork)
            } else {
                shownMonths = MonthSpan.totalMonths(subject.flatMap { profile.shownSkillSpans[$0] ?? [] })
                let knowledge = subject.compactMap { profile.knowledgeYears[$0]?.years }.max().map { Int($0 * 12) } ?? 0
                sourceMonths = max(MonthSpan.totalMonths(subject.flatMap { profile.sourceSkillSpans[$0] ?? [] }), knowledge)
            }
            let shown = min(1, Double(shownMonths) / Double(needed))
            let sources = min(1, Double(max(sourceMonths, shownMonths)) / Double(needed))
            let what = subject.isEmpty ? "work shown" : "\(requirement.skills.joined(separator: " or ")) shown in dated roles"
            let note = "about \(describeMonths(shownMonths)) of \(what), of \(requirement.years!) asked"
            var evidence: [Evidence] = []
            if subject.isEmpty {
                evidence = [Evidence(source: .persona, text: "\(describeMonths(shownMonths)) of work", location: nil)]
            } else if let shownEvidence = profile.shownEvidence(subject) {
                evidence = shownEvidence
            }
            if shown >= 0.75 { return result(.matched, credit: shown, evidence: evidence, note: shown < 1 ? note : nil) }
            if sources >= 0.75 {
                let knowledge = subject.compactMap { profile.knowledgeYears[$0]?.evidence }
                return result(.inSources, credit: shown, potential: sources, evidence: evidence + knowledge,
                              note: "about \(describeMonths(max(sourceMonths, shownMonths))) in your sources, \(describeMonths(shownMonths)) shown")
            }
            return result(.nowhere, credit: shown, potential: sources, evidence: evidence, note: note)

        case .education:
            guard let wanted = requirement.degree else { return result(.matched, credit: 1, evidence: []) }
            func best(_ degrees: [(level: DegreeLevel, area: String, evidence: Evidence)]) -> (Double, Evidence)? {
                let fitting = degrees.filter { $0.level >= wanted }
                guard !fitting.isEmpty else { return nil }
                if let field = requirement.field, !Self.fieldMatches(field, fitting.map(\.area)) {
                    return (0.5, fitting[0].evidence)
                }
                return (1, fitting[0].evidence)
            }
            if let (credit, evidence) = best(profile.shownDegrees) {
                return credit >= 1 ? result(.matched, credit: 1, evidence: [evidence])
                                   : result(.matched, credit: credit, evidence: [evidence], note: "a degree in another field")
            }
            if let (_, evidence) = best(profile.sourceDegrees) { return result(.inSources, credit: 0, evidence: [evidence]) }
            let question = ClarifyingQuestion(kind: "education", subject: wanted.name, scope: profile.scope,
                                              question: "Do you have a \(wanted.name)\(requirement.field.map { " in \($0)" } ?? "") or equivalent training?",
                                              why: "\(requirement.name) is asked for, and no education entry shows it.",
                                              field: "education", evidence: requirement.location)
            if let answer = context.answers[question.id], !AnswerBook.isNegative(answer.value) {
                return result(.inSources, credit: 0, evidence: [Evidence(source: .answer, text: answer.value, location: answer.location)],
                              note: "from your answer", question: question)
            }
            return result(.nowhere, credit: 0, evidence: [], question: question)

        case .seniority:
            guard let wanted = requirement.seniority else { return result(.matched, credit: 1, evidence: []) }
            guard let level = profile.seniority else {
                return result(.nowhere, credit: 0, evidence: [], note: "the persona's level cannot be told")
            }
            let evidence = profile.seniorityEvidence.map { [$0] } ?? []
            if level >= wanted { return result(.matched, credit: 1, evidence: evidence) }
            let credit = level.rawValue == wanted.rawValue - 1 ? 0.5 : 0
            return result(.nowhere, credit: credit, evidence: evidence, note: "the persona reads as \(level.name)")
        }
    }

    func ask(_ requirement: Requirement, _ prepared: PreparedRequirement, _ profile: PersonaProfile) -> ClarifyingQuestion {
        let id: String
        let key = profile.scope + "\n" + prepared.subject
        if let known = ids.ids[key] {
            id = known
        } else {
            id = ClarifyingQuestion.id(prefix: prepared.idPrefix, scope: profile.scope)
            ids.ids[key] = id
        }
        return ClarifyingQuestion(id: id, kind: "skill",
                           subject: prepared.subject, scope: profile.scope, question: prepared.question, why: prepared.why,
                           field: prepared.field, evidence: requirement.location)
    }

    /// "Have you used Go?", "Have you worked in Fintech?", "Do you hold the PMP?", by the kind of skill;
    /// about someone else when `person` is given (team questions).
    static func question(about name: String, category: String, person: String?) -> String {
        let subject = person ?? "you"
        let have = person == nil ? "Have you" : "Has \(subject)"
        switch category {
        case "certifications":
            return (person == nil ? "Do you hold \(name)?" : "Does \(subject) hold \(name)?") + " If so, since when?"
        case "industries":
            return "\(have) worked in \(name)? If so, where and for how long?"
        case "languages":
            return person == nil ? "How well do you speak \(name), and where have you used it?"
                                 : "How well does \(subject) speak \(name), and where has it been used?"
        case "soft-skills":
            return "Where \(person == nil ? "have you" : "has \(subject)") shown \(name)? Give an example and its result."
        default:
            return "\(have) used \(name)? If so, where, for how long, and with what result?"
        }
    }

    static func fieldMatches(_ field: String, _ areas: [String]) -> Bool {
        let lowered = field.lowercased()
        if ["related", "equivalent", "similar", "relevant", "technical", "quantitative"].contains(where: lowered.contains) { return true }
        let wanted = Set(Writing.words(lowered).filter { $0.count >= 4 })
        return areas.contains { !Set(Writing.words($0.lowercased())).isDisjoint(with: wanted) }
    }

    // MARK: - Issues

    func issue(for evaluation: Evaluation, _ prepared: PreparedRequirement) -> AnalysisIssue? {
        let requirement = evaluation.result.requirement
        let required = requirement.importance == .required
        let field = prepared.field
        switch evaluation.verdict {
        case .matched:
            return nil
        case .inSources:
            let evidence = evaluation.result.evidence.first
            let whereText: String
            let suggestion: String
            switch evidence?.source {
            case .knowledge?:
                whereText = "your knowledge base has it"
                suggestion = "Show it in a CV entry this persona includes, then it counts."
            case .answer?:
                whereText = "your answer says you have it"
                suggestion = "Put your answer into a CV entry or highlight this persona shows."
            default:
                whereText = "your CV has it" + (evidence?.entry.map { " (\($0))" } ?? "")
                suggestion = "Include it in this persona: check its tags, sections and include/exclude filters."
            }
            return AnalysisIssue(code: "not-in-persona", severity: required ? .warning : .info, field: field, entry: evidence?.entry,
                                 message: "\(requirement.name) is \(requirement.importance.rawValue); \(whereText), but this persona does not show it.",
                                 suggestion: suggestion, evidence: evidence?.location ?? requirement.location)
        case .nowhere:
            let note = evaluation.result.note.map { " (\($0))" } ?? ""
            return AnalysisIssue(code: "missing-requirement", severity: required ? .warning : .info, field: field, entry: nil,
                                 message: note.isEmpty ? prepared.nowhereSentence : prepared.nowhere + note + ".",
                                 suggestion: evaluation.question.flatMap { context.answers[$0.id] == nil ? $0 : nil }
                                     .map { "If you have it, answer \($0.id); otherwise address the gap in your letter." }
                                     ?? "Address the gap in your letter, or weigh whether the role fits.",
                                 evidence: requirement.location)
        }
    }
}
