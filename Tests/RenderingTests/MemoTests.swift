import Synchronization
import Testing
@testable import Rendering

/// A value made once for the outputs that share it, and let go after the last of their reads.
@Suite struct MemoTests {
    final class Counter: Sendable {
        let made = Atomic<Int>(0)
        func make() -> Int { made.add(1, ordering: .relaxed).newValue }
    }

    @Test func aSharedValueIsMadeOnceForEveryExpectedReadThenLetGo() {
        let counter = Counter()
        let memo = Memo(uses: 1) { counter.make() }
        // Two more planners read it: one for a report, two for a page.
        memo.expect(1)
        memo.expect(2)
        #expect([memo.value, memo.value, memo.value, memo.value] == [1, 1, 1, 1])
        #expect(counter.made.load(ordering: .relaxed) == 1)
        // Past the expected reads it was let go: a late read makes it again.
        #expect(memo.value == 2)
    }

    @Test func withoutUsesItIsKept() {
        let counter = Counter()
        let memo = Memo { counter.make() }
        #expect((0..<5).map { _ in memo.value } == [1, 1, 1, 1, 1])
    }
}
