import Analysis
import Core

/// The analysis reports as terminal text: severity first, grouped; colour only when asked.
struct AnalysisPrinter {
    var colored: Bool

    enum Style: String { case bold = "1", dim = "2", red = "1;31", yellow = "1;33", cyan = "1;36", green = "1;32" }

    func paint(_ text: String, _ style: Style) -> String {
        colored ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    func severity(_ severity: AnalysisIssue.Severity) -> String {
        switch severity {
        case .error: return paint(pad("error", 7), .red)
        case .warning: return paint(pad("warning", 7), .yellow)
        case .info: return paint(pad("note", 7), .cyan)
        }
    }

    func place(_ location: SourceLocation?) -> String {
        location.map { "\($0.file):\($0.line):\($0.column)" } ?? ""
    }

    func issues(_ issues: [AnalysisIssue]) -> [String] {
        var lines: [String] = []
        var current: AnalysisIssue.Severity?
        for issue in issues {
            if current != issue.severity {
                if current != nil { lines.append("") }
                current = issue.severity
            }
            var head = severity(issue.severity) + " " + paint(issue.field, .bold)
            if let entry = issue.entry, !entry.hasPrefix(issue.field) { head += " (\(entry))" }
            if let location = issue.evidence { head += "  " + paint(place(location), .dim) }
            if issue.source != "builtin" { head += "  " + paint("(\(issue.source))", .dim) }
            lines.append(head)
            lines.append("        \(issue.message)")
            lines.append("        " + paint("→", .green) + " \(issue.suggestion)")
        }
        return lines
    }

    func questions(_ questions: [ClarifyingQuestion]) -> [String] {
        guard !questions.isEmpty else { return [] }
        var lines = ["", paint("\(Self.plural(questions.count, "question"))", .bold) + " (answer with: personaforge kb answer ID \"...\")"]
        for question in questions {
            lines.append("  " + paint(question.id, .cyan) + "  \(question.question)" + (question.source == "builtin" ? "" : paint(" (\(question.source))", .dim)))
            lines.append("                \(question.why)" + (question.evidence.map { "  " + paint(place($0), .dim) } ?? ""))
        }
        return lines
    }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    func summary(_ counts: IssueCounts, questions: Int) -> String {
        "\(Self.plural(counts.errors, "error")), \(Self.plural(counts.warnings, "warning")), \(Self.plural(counts.info, "note")), "
            + "\(Self.plural(questions, "open question"))"
    }

    func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 100).rounded() / 100)
    }

    // MARK: - Reports

    func gap(_ report: GapReport) -> String {
        var lines = [paint("Gap analysis", .bold) + " · \(report.title) (\(report.persona))" + (report.cv.map { " · CV \($0)" } ?? "")
                     + " · as of \(report.today)", ""]
        lines += issues(report.issues)
        if report.issues.isEmpty { lines.append(paint("No issues found.", .green)) }
        lines += questions(report.questions)
        lines.append("")
        var summary = summary(report.counts, questions: report.questions.count)
        if let figures = report.figures {
            summary += " · about \(number(figures.estimatedPages)) pages for \(describe(figures.experienceMonths))"
            summary += " · \(figures.quantifiedBullets)/\(figures.bullets) bullets with results"
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    func describe(_ months: Int) -> String {
        months < 12 ? Self.plural(months, "month") : "\(number((Double(months) / 6).rounded() / 2)) years"
    }

    func match(_ report: MatchReport) -> String {
        var lines = [paint("Match", .bold) + " · \(report.persona) → \(report.title)" + (report.company.map { " at \($0)" } ?? "")
                     + " (\(report.job))"]
        let scoreStyle: Style = report.score >= 75 ? .green : report.score >= 50 ? .yellow : .red
        lines.append(paint("Score \(report.score)/100", scoreStyle)
                     + (report.potentialScore > report.score ? " (\(report.potentialScore) if the persona showed everything your sources hold)" : ""))
        func rows(_ title: String, _ mark: String, _ style: Style, _ results: [MatchReport.Result]) {
            guard !results.isEmpty else { return }
            lines.append("")
            lines.append(paint("\(title) (\(results.count))", .bold))
            for result in results {
                let requirement = result.requirement
                var line = "  " + paint(mark, style) + " " + pad(requirement.name, 34) + " "
                line += pad("\(requirement.kind.rawValue), \(requirement.importance.rawValue)", 24)
                line += pad("\(number(result.points))/\(number(result.weight))", 8)
                if let evidence = result.evidence.first {
                    line += paint(place(evidence.location), .dim) + " “\(evidence.text.prefix(70))\(evidence.text.count > 70 ? "…" : "")”"
                }
                if let note = result.note { line += " (\(note))" }
                lines.append(line)
            }
        }
        rows("Matched", "✔", .green, report.matched)
        rows("In your sources, not in this persona", "○", .yellow, report.missing.inPersonaSources)
        rows("Missing", "✗", .red, report.missing.nowhere)
        if !report.issues.isEmpty {
            lines.append("")
            lines += issues(report.issues)
        }
        lines += questions(report.questions)
        let w = report.weights
        lines.append("")
        lines.append(paint("Weights (required/preferred):", .dim) + " skill \(number(w.skill.required))/\(number(w.skill.preferred))"
                     + " · soft skill \(number(w.softSkill.required))/\(number(w.softSkill.preferred))"
                     + " · years \(number(w.years.required))/\(number(w.years.preferred))"
                     + " · education \(number(w.education.required))/\(number(w.education.preferred))"
                     + " · certification \(number(w.certification.required))/\(number(w.certification.preferred))"
                     + " · seniority \(number(w.seniority.required))/\(number(w.seniority.preferred))")
        lines.append(summary(report.counts, questions: report.questions.count))
        return lines.joined(separator: "\n")
    }

    func team(_ report: TeamReport) -> String {
        var lines = [paint("Team", .bold) + " · \(report.name) (\(report.team)) · \(Self.plural(report.members.count, "member"))", ""]
        let analysed = report.members.filter(\.analysed)
        if !report.coverage.isEmpty, !analysed.isEmpty {
            let width = max(12, report.coverage.map(\.skill.count).max() ?? 0) + 2
            let labels = analysed.enumerated().map { index, _ in "M\(index + 1)" }
            lines.append(pad("", width) + labels.map { pad($0, 4) }.joined())
            for row in report.coverage {
                let marks = row.cells.map { cell -> String in
                    switch cell.coverage {
                    case .shown: return paint(pad("✔", 4), .green)
                    case .inSources: return paint(pad("○", 4), .yellow)
                    case .none: return paint(pad("–", 4), .red)
                    }
                }
                lines.append(pad(row.skill, width) + marks.joined())
            }
            lines.append("")
            for (index, member) in analysed.enumerated() {
                lines.append("  M\(index + 1) \(member.persona) (\(member.title)\(member.seniority.map { ", \($0)" } ?? ""))")
            }
            lines.append("  " + paint("✔ shown · ○ only in the CV, knowledge base or answers · – not found", .dim))
        }
        lines.append("")
        lines.append(paint("Seniority mix:", .bold) + " " + report.seniorityMix.map { "\($0.level) \($0.members.count)" }.joined(separator: ", "))
        if !report.issues.isEmpty {
            lines.append("")
            lines += issues(report.issues)
        }
        lines += questions(report.questions)
        lines.append("")
        lines.append("\(report.uncovered.count) uncovered, \(Self.plural(report.singlePointsOfFailure.count, "single point")) of failure; "
                     + summary(report.counts, questions: report.questions.count))
        return lines.joined(separator: "\n")
    }

    func knowledgeBase(_ report: KnowledgeBaseReport) -> String {
        var lines: [String] = [paint("Knowledge base", .bold) + (report.persona.map { " · \($0)" } ?? "")]
        for (title, items) in [("Skills", report.skills), ("Tools", report.tools), ("Industries", report.industries),
                               ("Soft skills", report.softSkills), ("Preferences", report.preferences)] where !items.isEmpty {
            lines.append("")
            lines.append(paint("\(title) (\(items.count))", .bold))
            for item in items {
                var facts: [String] = []
                if let level = item.level { facts.append(level) }
                if let years = item.years { facts.append("\(number(years)) years") }
                if let used = item.lastUsed { facts.append("last used \(used)") }
                lines.append("  " + paint(item.name, .cyan) + (facts.isEmpty ? "" : " (\(facts.joined(separator: ", ")))"))
                for evidence in item.evidence.prefix(3) {
                    lines.append("      " + paint(place(evidence.location), .dim) + " \(evidence.text.prefix(90))")
                }
            }
        }
        if !report.answers.isEmpty {
            lines.append("")
            lines.append(paint("Answers (\(report.answers.count))", .bold))
            for answer in report.answers {
                lines.append("  " + paint(answer.id, .cyan) + " " + (answer.question ?? "(no longer asked)"))
                lines.append("      → \(answer.answer)")
            }
        }
        lines += questions(report.openQuestions)
        return lines.joined(separator: "\n")
    }
}
