import Analysis
import Foundation

/// What the build needs of any analysis report: its data, its title, its findings as Markdown.
protocol AnalysisReport: Encodable, Sendable {
    /// Plain text: `Gap analysis: Backend Engineer`.
    var heading: String { get }
    /// Issue totals, when the report has issues.
    var issueCounts: IssueCounts? { get }
    /// The findings as Markdown, starting with a `# ` title line.
    func markdown() -> String
}

extension AnalysisReport {
    /// The findings without their title line: the report template gives the title.
    var body: String {
        let text = markdown()
        guard text.hasPrefix("# "), let end = text.firstIndex(of: "\n") else { return text }
        return String(text[end...].drop { $0 == "\n" })
    }

    /// Pretty, key-sorted JSON ending in a newline: the same report gives the same bytes.
    var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Reports are plain values of strings, numbers and lists: encoding cannot fail.
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8)) + [0x0A]
    }
}

extension GapReport: AnalysisReport {
    var heading: String { "Gap analysis: \(title)" }
    var issueCounts: IssueCounts? { counts }
}

extension MatchReport: AnalysisReport {
    var heading: String { "Match: \(title)" + (company.map { " at \($0)" } ?? "") }
    var issueCounts: IssueCounts? { counts }
}

extension TeamReport: AnalysisReport {
    var heading: String { "Team: \(name)" }
    var issueCounts: IssueCounts? { counts }
}

extension KnowledgeBaseReport: AnalysisReport {
    var heading: String { "Knowledge base" }
    var issueCounts: IssueCounts? { nil }
}
