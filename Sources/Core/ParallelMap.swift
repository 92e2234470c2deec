import Foundation

/// Pure per-item work spread over every core, results in the items' order: for the build's
/// single-threaded steps (fingerprinting thousands of outputs) on a machine with idle cores.
public enum Parallel {
    /// `transform` of each item; below `minimumCount` items, on this thread (threads cost more than they save).
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], minimumCount: Int = 256,
                                                            _ transform: @Sendable (Item) -> Result) -> [Result] {
        let workers = items.count >= minimumCount ? min(items.count, ProcessInfo.processInfo.activeProcessorCount) : 1
        guard workers > 1 else { return items.map(transform) }
        var results = [Result?](repeating: nil, count: items.count)
        let size = (items.count + workers - 1) / workers
        results.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own slice.
            nonisolated(unsafe) let shared = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in min(items.count, worker * size)..<min(items.count, (worker + 1) * size) {
                    shared[index] = transform(items[index])
                }
            }
        }
        return results.map { $0! }
    }
}
