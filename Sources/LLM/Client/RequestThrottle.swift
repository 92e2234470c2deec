import Foundation

/// Keeps one session's requests within `max_concurrency` at once and `requests_per_minute`,
/// across every thread that shares it; a 429 pauses everyone, not only the request that got it.
final class RequestThrottle: @unchecked Sendable {
    let limit: Int
    /// Seconds between request starts, from `requests_per_minute`.
    let spacing: Double?
    // Every field below is read and written with `condition` held.
    private let condition = NSCondition()
    private var inFlight = 0
    private var nextStart = 0.0
    private var pausedUntil = 0.0

    init(maxConcurrency: Int, requestsPerMinute: Int?) {
        limit = max(1, maxConcurrency)
        spacing = requestsPerMinute.map { 60 / Double(max(1, $0)) }
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Waits for a free slot and for this request's turn under the rate limit.
    func acquire() {
        condition.lock()
        while inFlight >= limit { condition.wait() }
        inFlight += 1
        let now = Self.now()
        var start = max(now, pausedUntil)
        if let spacing {
            start = max(start, nextStart)
            nextStart = start + spacing
        }
        condition.unlock()
        if start > now { Thread.sleep(forTimeInterval: start - now) }
    }

    func release() {
        condition.lock()
        inFlight -= 1
        condition.signal()
        condition.unlock()
    }

    /// No request starts for `seconds` (a server's `Retry-After`).
    func pause(for seconds: Double) {
        condition.lock()
        pausedUntil = max(pausedUntil, Self.now() + seconds)
        condition.unlock()
    }

    /// How long until requests may start again, for a retry that must wait anyway.
    func remainingPause() -> Double {
        condition.lock()
        defer { condition.unlock() }
        return max(0, pausedUntil - Self.now())
    }
}
