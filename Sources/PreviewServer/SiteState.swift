import Foundation

/// What the browser pages need to know about the site: which build they show, whether the last
/// rebuild had errors, and the events announcing changes, for every event stream to pick up.
final class SiteState: @unchecked Sendable {
    // Every field is read and written with `condition` locked.
    private let condition = NSCondition()
    private var version = 0
    private var errors: String?
    private var sequence = 0
    private var recent: [(sequence: Int, bytes: [UInt8])] = []
    private var stopped = false

    var current: (version: Int, errors: String?) {
        condition.lock()
        defer { condition.unlock() }
        return (version, errors)
    }

    /// After a build: a new version when pages changed, and the build's errors (nil: none).
    func update(changed: Bool, errors newErrors: String?) {
        condition.lock()
        defer { condition.unlock() }
        if changed { version += 1 }
        let hadErrors = errors != nil
        errors = newErrors
        if changed {
            publish(LiveReload.event("reload", data: String(version)))
        } else if let newErrors {
            publish(LiveReload.event("build-error", data: newErrors))
        } else if hadErrors {
            publish(LiveReload.event("build-ok", data: String(version)))
        }
    }

    private func publish(_ bytes: [UInt8]) {
        sequence += 1
        recent.append((sequence, bytes))
        if recent.count > 32 { recent.removeFirst(recent.count - 32) }
        condition.broadcast()
    }

    /// The events after `seen`, waiting up to `seconds` for one; nil once the server stops.
    func events(after seen: Int, waiting seconds: Double) -> (sequence: Int, events: [[UInt8]])? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: seconds)
        while !stopped, sequence <= seen, condition.wait(until: deadline) {}
        if stopped { return nil }
        return (sequence, recent.filter { $0.sequence > seen }.map(\.bytes))
    }

    /// The state and the sequence number now, taken together, for a stream that starts listening.
    var snapshot: (version: Int, errors: String?, sequence: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (version, errors, sequence)
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
