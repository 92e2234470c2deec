/// A date or a span of dates found in text, as JSON Resume dates ("2019-09", "2019").
struct DateSpan: Sendable, Hashable {
    var start: String?
    var end: String?
    /// "– Present", "since 2020": the span runs on.
    var isOngoing = false
    /// Where the span was written, in `Character` offsets of the searched text.
    var range: Range<Int>
    /// Why the dates are uncertain ("Summer 2012" is taken as June), when they are.
    var uncertainty: String?

    /// A single date with no span ("2019", "June 2019").
    var isSingle: Bool { end == nil && !isOngoing }

    /// The end date as JSON Resume writes it: absent for ongoing spans.
    var endDate: String? { isOngoing ? nil : end }
}
