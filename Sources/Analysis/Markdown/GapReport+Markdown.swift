extension GapReport {
    /// The report as Markdown, for the site and `--format md`.
    public func markdown() -> String {
        typealias M = ReportMarkdown
        var out = "# Gap analysis: \(M.text(title))\n\n"
        out += "Persona \(M.code(persona))" + (cv.map { ", CV \(M.code($0))" } ?? "") + ", as of \(today).\n\n"
        if let figures {
            out += "About \(M.number(figures.estimatedPages)) page\(figures.estimatedPages == 1 ? "" : "s") (\(figures.words) words) for "
            out += "\(describeMonths(figures.experienceMonths)) of experience; \(figures.quantifiedBullets) of \(M.plural(figures.bullets, "bullet")) state a result.\n\n"
        }
        out += "**\(M.counts(counts))**\n\n"
        out += M.issues(issues)
        out += M.questions(questions)
        return out
    }
}
