import Core
import MarkdownSupport

/// Shared pieces of the reports' Markdown: escaped text, issue and question lists, locations.
enum ReportMarkdown {
    static func text(_ value: String) -> String { MarkdownEscaping.escape(value) }

    static func code(_ value: String) -> String {
        let ticks = value.contains("`") ? "``" : "`"
        return ticks + (ticks.count > 1 ? " \(value) " : value) + ticks
    }

    static func place(_ location: SourceLocation?) -> String {
        guard let location else { return "" }
        return code("\(location.file):\(location.line)")
    }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    static func counts(_ counts: IssueCounts) -> String {
        "\(plural(counts.errors, "error")), \(plural(counts.warnings, "warning")), \(counts.info) note\(counts.info == 1 ? "" : "s")"
    }

    /// Issues grouped by severity, most severe first.
    static func issues(_ issues: [AnalysisIssue], heading: String = "##") -> String {
        guard !issues.isEmpty else { return "No issues found.\n" }
        var out = ""
        for severity in AnalysisIssue.Severity.allCases.reversed() {
            let group = issues.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            let title = severity == .error ? "Errors" : severity == .warning ? "Warnings" : "Notes"
            out += "\(heading) \(title)\n\n"
            for issue in group {
                var line = "- **\(text(issue.field))**"
                if let entry = issue.entry { line += " (\(text(entry)))" }
                if let location = issue.evidence { line += " \(place(location))" }
                line += ": \(text(issue.message)) *\(text(issue.suggestion))*"
                if issue.source != "builtin" { line += " \(code(issue.source))" }
                out += line + "\n"
            }
            out += "\n"
        }
        return out
    }

    static func questions(_ questions: [ClarifyingQuestion], heading: String = "##") -> String {
        guard !questions.isEmpty else { return "" }
        var out = "\(heading) Questions\n\n"
        out += "Answer with `personaforge kb answer ID \"...\"`; an answered question disappears and its answer enriches the next analysis.\n\n"
        for question in questions {
            out += "- \(code(question.id)) \(text(question.question))"
            out += " *\(text(question.why))*"
            if let location = question.evidence { out += " \(place(location))" }
            out += "\n"
        }
        return out + "\n"
    }

    static func evidence(_ evidence: [Evidence]) -> String {
        evidence.map { item in
            var out = "“\(text(item.text))”"
            if let location = item.location { out += " \(place(location))" }
            return out
        }.joined(separator: "; ")
    }

    /// A table cell: escaped, and pipes escaped too.
    static func cell(_ value: String) -> String { text(value).replacing("|", with: "\\|") }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 100).rounded() / 100)
    }
}
