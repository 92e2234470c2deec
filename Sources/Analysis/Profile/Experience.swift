import YAMLSupport

/// Months as one number (year * 12 + month - 1), for durations, gaps and overlaps.
struct MonthSpan: Sendable, Hashable {
    var start: Int
    var end: Int

    var months: Int { end - start + 1 }

    /// The first month a date can mean: a year alone starts in January.
    static func first(_ date: JSONResumeDate) -> Int { date.monthIndex }

    /// The last month a date can mean: a year alone ends in December.
    static func last(_ date: JSONResumeDate) -> Int { date.month == nil ? date.year * 12 + 11 : date.monthIndex }

    /// An entry's span; ongoing entries run to `today`. Nil without a valid start or when the end is before the start.
    init?(_ entry: CVEntry, today: Int) {
        guard let start = entry.start else { return nil }
        let end = entry.isOngoing ? today : entry.end.map(Self.last)
        guard let end else { return nil }
        let first = Self.first(start)
        guard end >= first else { return nil }
        self.start = first
        self.end = min(end, max(today, first))
    }

    init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Overlapping or touching spans joined, sorted.
    static func merged(_ spans: [MonthSpan]) -> [MonthSpan] {
        var result: [MonthSpan] = []
        for span in spans.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let last = result.last, span.start <= last.end + 1 {
                result[result.count - 1].end = max(last.end, span.end)
            } else {
                result.append(span)
            }
        }
        return result
    }

    static func totalMonths(_ spans: [MonthSpan]) -> Int { merged(spans).reduce(0) { $0 + $1.months } }

    /// `2019-08`.
    static func text(_ month: Int) -> String {
        let year = month / 12, value = month % 12 + 1
        return "\(year)-" + (value < 10 ? "0" : "") + "\(value)"
    }
}

/// "7.5 years", "1 year", "8 months".
func describeMonths(_ months: Int) -> String {
    if months < 12 { return "\(months) month\(months == 1 ? "" : "s")" }
    let years = Double(months) / 12
    let rounded = (years * 2).rounded() / 2
    if rounded == rounded.rounded() { return "\(Int(rounded)) year\(Int(rounded) == 1 ? "" : "s")" }
    return "\(rounded) years"
}
