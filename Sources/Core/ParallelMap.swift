import Foundation
import Synchronization

/// Pure per-item work spread over every core, results in the items' order: for the build's
/// single-threaded steps (fingerprinting thousands of outputs) on a machine with idle cores.
public enum Parallel {
    /// `transform` of each item; below `minimumCount` items, on this thread (threads cost more than they save).
    /// Workers take small runs of items from a shared counter, so one that drew cheap items (audience
    /// personas, outputs with few inputs) takes more, rather than idling while another finishes its half.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], minimumCount: Int = 256,
                                                            _ transform: @Sendable (Item) -> Result) -> [Result] {
        let workers = items.count >= minimumCount ? min(items.count, ProcessInfo.processInfo.activeProcessorCount) : 1
        guard workers > 1 else { return items.map(transform) }
        var results = [Result?](repeating: nil, count: items.count)
        let run = max(1, items.count / (workers * 32))
        let next = Atomic<Int>(0)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each run of indices is taken by one worker, which alone writes those results.
            nonisolated(unsafe) let shared = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let start = next.add(run, ordering: .relaxed).oldValue
                    guard start < items.count else { return }
                    for index in start..<min(items.count, start + run) { shared[index] = transform(items[index]) }
                }
            }
        }
        return results.map { $0! }
    }
}
