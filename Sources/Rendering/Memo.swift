import Synchronization

/// A value computed once, on first use, by whichever task asks first; others wait for it.
/// Lets a document's Markdown and HTML outputs, rendered in parallel, share one rendering.
final class Memo<Value: Sendable>: Sendable {
    private let state: Mutex<Value?>
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        state = Mutex(nil)
    }

    var value: Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
