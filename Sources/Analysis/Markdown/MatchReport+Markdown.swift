extension MatchReport {
    /// The report as Markdown, for the site and `--format md`.
    public func markdown() -> String {
        typealias M = ReportMarkdown
        var out = "# Match: \(M.text(title))" + (company.map { " at \(M.text($0))" } ?? "") + "\n\n"
        out += "Persona \(M.code(persona)) against \(M.code(job)).\n\n"
        out += "**Score \(score)/100**"
        if potentialScore > score { out += " (\(potentialScore) if the persona showed everything your sources hold)" }
        out += "\n\n"
        func table(_ results: [Result]) -> String {
            var table = "| Requirement | Kind | Importance | Points | Evidence |\n|---|---|---|---|---|\n"
            for result in results {
                let requirement = result.requirement
                var evidence = M.evidence(result.evidence)
                if let note = result.note { evidence += (evidence.isEmpty ? "" : " ") + "(\(M.text(note)))" }
                table += "| \(M.cell(requirement.name)) | \(requirement.kind.rawValue) | \(requirement.importance.rawValue) | "
                table += "\(M.number(result.points)) of \(M.number(result.weight)) | \(evidence.replacing("|", with: "\\|")) |\n"
            }
            return table + "\n"
        }
        if !matched.isEmpty { out += "## Matched\n\n" + table(matched) }
        if !missing.inPersonaSources.isEmpty {
            out += "## In your sources but not in this persona\n\nEasy to add: your CV, knowledge base or answers have these.\n\n"
            out += table(missing.inPersonaSources)
        }
        if !missing.nowhere.isEmpty { out += "## Missing\n\nNothing in your sources shows these.\n\n" + table(missing.nowhere) }
        out += "## How the score is made\n\n"
        out += "Each requirement earns its weight times its credit (1 when the persona shows it; part of it for years partly met); "
        out += "the score is the points earned over the points possible.\n\n"
        out += "| Kind | Required | Preferred |\n|---|---|---|\n"
        for (name, pair) in [("skill", weights.skill), ("soft skill", weights.softSkill), ("years", weights.years),
                             ("education", weights.education), ("certification", weights.certification), ("seniority", weights.seniority)] {
            out += "| \(name) | \(M.number(pair.required)) | \(M.number(pair.preferred)) |\n"
        }
        out += "\n"
        if !issues.isEmpty { out += "## Issues\n\n" + M.issues(issues, heading: "###") }
        out += M.questions(questions)
        return out
    }
}
