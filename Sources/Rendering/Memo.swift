import Synchronization

/// A value computed once, on first use, by whichever task asks first; others wait for it.
/// Lets a document's Markdown and HTML outputs, rendered in parallel, share one rendering.
///
/// Given its number of `uses`, it lets go of the value after the last one, so a large build does
/// not keep every rendered document in memory until it ends (a read after that computes it again).
final class Memo<Value: Sendable>: Sendable {
    private struct State {
        var value: Value?
        var reads = 0
    }

    private let state: Mutex<State>
    /// Apart from `state`, whose lock is held while the value is made: a planner counting more
    /// reads of a memo that is being made ahead on the other core goes on instead of waiting.
    private let uses: Atomic<Int>
    private let make: @Sendable () -> Value

    /// `uses`: how many reads to expect; 0 keeps the value for as long as the memo lives.
    init(uses: Int = 0, _ make: @escaping @Sendable () -> Value) {
        self.make = make
        self.uses = Atomic(uses)
        state = Mutex(State())
    }

    /// Expects `count` more reads: for a memo shared by outputs planned one after another.
    func expect(_ count: Int) {
        uses.add(count, ordering: .sequentiallyConsistent)
    }

    /// Makes the value before anything reads it (on a core that would otherwise idle), unless it
    /// has been read already; reads count as before, so it is let go after the last one all the same.
    func prepare() {
        state.withLock { state in
            guard state.value == nil, state.reads == 0 else { return }
            state.value = make()
        }
    }

    var value: Value {
        state.withLock { state in
            let value = state.value ?? make()
            state.reads += 1
            let uses = uses.load(ordering: .sequentiallyConsistent)
            state.value = uses > 0 && state.reads >= uses ? nil : value
            return value
        }
    }
}

/// A memo whose value can be made ahead of its first read, whatever its type.
protocol MemoPreparing: Sendable {
    func prepare()
}

extension Memo: MemoPreparing {}
