extension TeamReport {
    /// The report as Markdown, for the site and `--format md`.
    public func markdown() -> String {
        typealias M = ReportMarkdown
        var out = "# Team: \(M.text(name))\n\n"
        out += "\(M.code(team)): \(M.plural(members.count, "member")), \(M.plural(neededSkills.count, "needed skill")).\n\n"
        out += "**\(uncovered.count) uncovered, \(singlePointsOfFailure.count) single point\(singlePointsOfFailure.count == 1 ? "" : "s") of failure; \(M.counts(counts))**\n\n"
        let analysed = members.filter(\.analysed)
        if !coverage.isEmpty, !analysed.isEmpty {
            out += "## Coverage\n\n✔ shown in the persona · ○ only in the member's CV, knowledge base or answers · – not found\n\n"
            out += "| Skill | " + analysed.map { M.cell($0.title) }.joined(separator: " | ") + " |\n"
            out += "|---|" + analysed.map { _ in "---|" }.joined() + "\n"
            for row in coverage {
                let marks = row.cells.map { $0.coverage == .shown ? "✔" : $0.coverage == .inSources ? "○" : "–" }
                out += "| \(M.cell(row.skill)) | " + marks.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        if !uncovered.isEmpty { out += "## Nobody has\n\n" + uncovered.map { "- \(M.text($0))\n" }.joined() + "\n" }
        if !singlePointsOfFailure.isEmpty {
            out += "## Single points of failure\n\n"
            out += singlePointsOfFailure.map { "- \(M.text($0.skill)): only \(M.code($0.member))\n" }.joined() + "\n"
        }
        out += "## Seniority mix\n\n"
        out += seniorityMix.map { "- \(M.text($0.level)): " + $0.members.map(M.code).joined(separator: ", ") + "\n" }.joined() + "\n"
        if !issues.isEmpty { out += "## Issues\n\n" + M.issues(issues, heading: "###") }
        out += M.questions(questions)
        return out
    }
}
