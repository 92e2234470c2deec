import Analysis
import Core

/// A report a model can add issues and questions to: the gap, match and team reports.
public protocol DeepenableReport: Sendable {
    var issues: [AnalysisIssue] { get set }
    var questions: [ClarifyingQuestion] { get set }
    var counts: IssueCounts { get set }
}

extension GapReport: DeepenableReport {}
extension MatchReport: DeepenableReport {}
extension TeamReport: DeepenableReport {}

extension DeepenableReport {
    /// This report with a model's findings merged in, each marked `source: llm`. A finding that
    /// names a skill, name or number no source shows is withheld and replaced by a note saying so.
    func merging(_ findings: Findings, task: DeepenTask, checker: FactChecker) -> Self {
        var report = self
        let restore = task.redactor
        var knownIssues = Set(issues.map { "\($0.code)\n\($0.field)" })
        for finding in findings.issues {
            let message = restore.restore(finding.message), suggestion = restore.restore(finding.suggestion)
            let evidence = FieldLocator.location(of: finding.field, in: task.fieldRoot) ?? task.fallback
            let unsupported = checker.unsupportedTerms(in: message + "\n" + suggestion)
            guard unsupported.isEmpty else {
                report.issues.append(Self.withheld(unsupported, field: finding.field, evidence: evidence))
                continue
            }
            guard knownIssues.insert("\(finding.code)\n\(finding.field)").inserted else { continue }
            report.issues.append(AnalysisIssue(code: finding.code, severity: finding.severity, field: finding.field,
                                               message: message, suggestion: suggestion, evidence: evidence, source: "llm"))
        }
        var knownQuestions = Set(questions.map(\.id))
        for finding in findings.questions {
            let subject = restore.restore(finding.subject), text = restore.restore(finding.question), why = restore.restore(finding.why)
            let evidence = FieldLocator.location(of: finding.field, in: task.fieldRoot) ?? task.fallback
            let unsupported = checker.unsupportedTerms(in: subject + "\n" + text + "\n" + why)
            guard unsupported.isEmpty else {
                report.issues.append(Self.withheld(unsupported, field: finding.field, evidence: evidence))
                continue
            }
            let question = ClarifyingQuestion(kind: finding.kind, subject: subject, scope: task.scope, question: text, why: why,
                                              field: finding.field, evidence: evidence, source: "llm")
            if knownQuestions.insert(question.id).inserted { report.questions.append(question) }
        }
        report.issues = Self.uniqueWithheld(report.issues).sortedForReport()
        report.questions = report.questions.uniquedAndSorted()
        report.counts = report.issues.counts
        return report
    }

    static func withheld(_ terms: [String], field: String, evidence: SourceLocation?) -> AnalysisIssue {
        let names = terms.map { "'\($0)'" }
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
        return AnalysisIssue(code: "llm-unsupported-claim", severity: .info, field: field,
                             message: "A model finding was withheld: it puts forward \(list), which none of the sources show.",
                             suggestion: "If it is true, add it to the CV or the knowledge base (or answer a clarifying question), and the next analysis can use it.",
                             evidence: evidence, source: "llm")
    }

    /// One withheld-finding note per field and wording.
    static func uniqueWithheld(_ issues: [AnalysisIssue]) -> [AnalysisIssue] {
        var seen: Set<String> = []
        return issues.filter { $0.code != "llm-unsupported-claim" || seen.insert("\($0.field)\n\($0.message)").inserted }
    }
}
