import Core

/// Date checks: missing, in the future, out of order, overlapping, and gaps of more than six months.
extension GapAnalyzer {
    static let gapLimit = 6

    mutating func checkDates() {
        let dated = document.entries.filter { $0.section != "projects" || shows("projects") }
        for entry in dated where shows(entry.section) { checkDates(of: entry) }
        guard shows("work") else { return }
        let work = document.entries.filter { $0.section == "work" }
        checkOrder(work)
        let spans = work.compactMap { entry in MonthSpan(entry, today: today).map { (entry, $0) } }
        checkOverlaps(spans)
        checkGaps(spans)
    }

    mutating func checkDates(of entry: CVEntry) {
        let startField = "\(entry.field).startDate", endField = "\(entry.field).endDate"
        let isWork = entry.section == "work"
        if entry.startText == nil, entry.section != "projects" {
            issue("missing-date", entry.section == "education" ? .info : .warning, field: startField, entry: entry.label,
                  "The entry has no start date.",
                  suggestion: "Add startDate as YYYY-MM; undated entries read as if you were hiding something.", at: entry.node.location)
        }
        if let start = entry.start, MonthSpan.first(start) > today {
            issue("future-date", isWork ? .error : .warning, field: startField, entry: entry.label,
                  "The start date \(start) is in the future (today is \(context.today)).",
                  suggestion: "Correct the date, or leave the entry out until it has started.", at: entry.startText?.location)
        }
        if let end = entry.end, MonthSpan.first(end) > today {
            let education = entry.section == "education"
            issue("future-date", education ? .info : .warning, field: endField, entry: entry.label,
                  education ? "The end date \(end) is in the future: an expected graduation." : "The end date \(end) is in the future.",
                  suggestion: education ? "Say 'expected' in the entry so readers know." : "Leave endDate out for a role that is still going on.",
                  at: entry.endText?.location)
        }
        if let start = entry.start, let end = entry.end, MonthSpan.last(end) < MonthSpan.first(start) {
            issue("dates-out-of-order", .error, field: endField, entry: entry.label,
                  "The end date \(end) is before the start date \(start).",
                  suggestion: "Swap or correct the dates.", at: entry.endText?.location)
        }
    }

    /// Work is expected most recent first.
    mutating func checkOrder(_ work: [CVEntry]) {
        for (earlier, later) in zip(work, work.dropFirst()) {
            guard let a = earlier.start, let b = later.start, b > a else { continue }
            issue("entry-order", .info, field: later.field, entry: later.label,
                  "\(later.label) started (\(b)) after \(earlier.label) (\(a)) but is listed below it.",
                  suggestion: "List work with the most recent role first.", at: later.node.location)
            return
        }
    }

    mutating func checkOverlaps(_ spans: [(CVEntry, MonthSpan)]) {
        for i in spans.indices {
            for j in spans.indices where j > i {
                let (a, x) = spans[i], (b, y) = spans[j]
                let overlap = min(x.end, y.end) - max(x.start, y.start) + 1
                guard overlap >= 2 else { continue }
                let (later, other) = x.start >= y.start ? (a, b) : (b, a)
                let from = max(x.start, y.start), to = min(x.end, y.end)
                issue("overlapping-dates", overlap >= 6 ? .warning : .info, field: "\(later.field).startDate", entry: later.label,
                      "\(later.label) overlaps \(other.label) by \(describeMonths(overlap)) (\(MonthSpan.text(from)) to \(MonthSpan.text(to))).",
                      suggestion: "If both roles ran at once, say so (part-time, freelance, a promotion); otherwise correct the dates.",
                      at: later.startText?.location ?? later.node.location)
            }
        }
    }

    mutating func checkGaps(_ spans: [(CVEntry, MonthSpan)]) {
        let merged = MonthSpan.merged(spans.map(\.1))
        for (previous, next) in zip(merged, merged.dropFirst()) {
            let gap = next.start - previous.end - 1
            guard gap > Self.gapLimit else { continue }
            let after = spans.first { $0.1.start == next.start }?.0
            let from = MonthSpan.text(previous.end + 1), to = MonthSpan.text(next.start - 1)
            reportGap(from: from, to: to, months: gap, entry: after, current: false)
        }
        if let last = merged.last, today - last.end > Self.gapLimit {
            let from = MonthSpan.text(last.end + 1)
            let entry = spans.first { $0.1.end == last.end }?.0
            reportGap(from: from, to: "present", months: today - last.end, entry: entry, current: true)
        }
    }

    private mutating func reportGap(from: String, to: String, months: Int, entry: CVEntry?, current: Bool) {
        let field = entry.map { current ? "\($0.field).endDate" : "\($0.field).startDate" } ?? "work"
        let at = entry.flatMap { current ? $0.endText?.location : $0.startText?.location } ?? entry?.node.location ?? cvLocation
        let span = current ? "since \(from)" : "from \(from) to \(to)"
        let asked = ask("date-gap", subject: "\(from)..\(to)",
                        current ? "What have you been doing since \(from)?" : "What did you do between \(from) and \(to)?",
                        why: "The CV shows no work \(span) (\(describeMonths(months))); readers will wonder.",
                        field: field, at: at)
        if let answer = asked.answer {
            issue("date-gap", .info, field: field, entry: entry?.label,
                  "No work is shown \(span) (\(describeMonths(months))); your answer explains it: '\(Evidence.excerpt(answer.value, limit: 80))'.",
                  suggestion: "Say so in the CV too: a line in the summary, or an entry for study, care, travel or freelance work.", at: at)
        } else {
            issue("date-gap", current ? .info : .warning, field: field, entry: entry?.label,
                  "No work is shown \(span) (\(describeMonths(months))).",
                  suggestion: current ? "If you are between roles, say what you are doing now (study, freelance, a project)."
                                      : "Explain the gap: study, care, travel, freelance work or a sabbatical all read better than silence.",
                  at: at)
        }
    }
}
