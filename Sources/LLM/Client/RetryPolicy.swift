import Foundation

/// How often and how long to wait before asking again after a 429, a 5xx or a dropped connection:
/// exponential backoff with jitter, or exactly what the server's `Retry-After` asks for.
public struct RetryPolicy: Sendable {
    /// Tries in all, the first included.
    public var attempts: Int
    /// The first backoff; each later one doubles, up to `maxDelay`.
    public var baseDelay: Double
    public var maxDelay: Double
    /// A `Retry-After` longer than this is not waited for: the error says when to try again.
    public var longestWait: Double

    public init(attempts: Int = 4, baseDelay: Double = 0.5, maxDelay: Double = 30, longestWait: Double = 120) {
        self.attempts = max(1, attempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.longestWait = longestWait
    }

    public static let standard = RetryPolicy()

    /// The wait after the `failures`-th failed try: "equal jitter", half fixed and half random,
    /// so each wait is longer than the last while many clients still spread out.
    func backoff(afterFailure failures: Int) -> Double {
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(max(0, failures - 1))))
        return ceiling / 2 + Double.random(in: 0..<(ceiling / 2))
    }

    /// Seconds from a `Retry-After` header: a number of seconds or an HTTP date.
    static func retryAfter(_ header: String?, now: Date = Date()) -> Double? {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if let seconds = Double(header), seconds >= 0, seconds.isFinite { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: header) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
