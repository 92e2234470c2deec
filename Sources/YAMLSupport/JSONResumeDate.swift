/// A JSON Resume date: a year, a year and month, or a full date. Comparable and checked for range.
public struct JSONResumeDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init?(_ text: String) {
        // Read on bytes, in place (a date is a small string, read from the stack): every date of
        // every CV goes through here on each load and each page, and an array made of each cost
        // more than reading it.
        var text = text
        guard let (year, month, day) = text.withUTF8(Self.parse) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked; nil for anything else.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int?, Int?)? {
        guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), (1000...2999).contains(year) else { return nil }
        var month: Int?, day: Int?
        if bytes.count >= 7 {
            guard bytes[4] == UInt8(ascii: "-"), let parsed = number(5..<7), (1...12).contains(parsed) else { return nil }
            month = parsed
        }
        if bytes.count == 10 {
            guard bytes[7] == UInt8(ascii: "-"), let parsed = number(8..<10), let month else { return nil }
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            guard (1...days).contains(parsed) else { return nil }
            day = parsed
        }
        return (year, month, day)
    }

    /// Months since year 0, the month taken as January when absent: for durations and gaps.
    public var monthIndex: Int { year * 12 + (month ?? 1) - 1 }

    public static func < (a: JSONResumeDate, b: JSONResumeDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    public var description: String {
        var text = String(year)
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }
}
