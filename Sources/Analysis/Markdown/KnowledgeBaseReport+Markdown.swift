extension KnowledgeBaseReport {
    /// The report as Markdown, for the site and `--format md`.
    public func markdown() -> String {
        typealias M = ReportMarkdown
        var out = "# Knowledge base" + (persona.map { ": \(M.code($0))" } ?? "") + "\n\n"
        for (title, items) in [("Skills", skills), ("Tools", tools), ("Industries", industries), ("Soft skills", softSkills),
                               ("Preferences", preferences)] where !items.isEmpty {
            out += "## \(title)\n\n"
            for item in items {
                var facts: [String] = []
                if let level = item.level { facts.append(M.text(level)) }
                if let years = item.years { facts.append("\(M.number(years)) years") }
                if let used = item.lastUsed { facts.append("last used \(used)") }
                out += "- **\(M.text(item.name))**" + (facts.isEmpty ? "" : " (\(facts.joined(separator: ", ")))")
                if !item.aliases.isEmpty { out += ", also " + item.aliases.map(M.text).joined(separator: ", ") }
                out += "\n"
                for evidence in item.evidence {
                    out += "  - \(M.text(evidence.text))" + (evidence.location.map { " \(M.place($0))" } ?? "") + "\n"
                }
            }
            out += "\n"
        }
        if !answers.isEmpty {
            out += "## Answers\n\n"
            for answer in answers {
                out += "- \(M.code(answer.id)) " + (answer.question.map { "\(M.text($0)) " } ?? "(no longer asked) ")
                out += "→ \(M.text(answer.answer))\n"
            }
            out += "\n"
        }
        out += M.questions(openQuestions)
        return out
    }
}
