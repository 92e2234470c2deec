import class Foundation.Thread
import func Glibc.usleep
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

    /// Made ahead (while planning), it is not made again by its reads, which still count: it is
    /// let go after the last expected one. Once read, making it ahead does nothing.
    @Test func aValueMadeAheadServesItsReadsAndIsStillLetGo() {
        let counter = Counter()
        let memo = Memo(uses: 2) { counter.make() }
        memo.prepare()
        memo.prepare()
        #expect(counter.made.load(ordering: .relaxed) == 1)
        #expect([memo.value, memo.value] == [1, 1])
        #expect(counter.made.load(ordering: .relaxed) == 1)
        memo.prepare()  // read already: not made again ahead of a read nobody expects
        #expect(counter.made.load(ordering: .relaxed) == 1)
        #expect(memo.value == 2)
    }

    /// A posting made ahead before any planner has counted its reads (`uses: 0`): the reads
    /// expected afterwards are served by that one value, which is let go after the last of them.
    @Test func aValueMadeAheadOfItsExpectedReadsIsLetGoAfterThem() {
        let counter = Counter()
        let memo = Memo(uses: 0) { counter.make() }
        memo.prepare()
        memo.expect(1)
        memo.expect(1)
        #expect([memo.value, memo.value] == [1, 1])
        #expect(counter.made.load(ordering: .relaxed) == 1)
        #expect(memo.value == 2)  // let go after the two expected reads: a third makes it again
    }

    /// The job pages' analyses made ahead are the same ones their pages read: a full build of
    /// jobs with personas makes each match once (counted through the shared memos' values).
    @Test func analysesMadeAheadAreTheOnesThePagesRead() {
        let counter = Counter()
        let match = Memo(uses: 2) { counter.make() }
        let posting = Memo(uses: 1) { counter.make() }
        let ahead: [any MemoPreparing] = [match, posting]
        for memo in ahead { memo.prepare() }
        #expect([match.value, match.value, posting.value] == [1, 1, 2])
        #expect(counter.made.load(ordering: .relaxed) == 2)
    }

    @Test func withoutUsesItIsKept() {
        let counter = Counter()
        let memo = Memo { counter.make() }
        #expect((0..<5).map { _ in memo.value } == [1, 1, 1, 1, 1])
    }

    /// A planner counting more reads of a memo that is being made ahead on another thread goes
    /// on at once: the count does not wait for the value (the planner would idle for it).
    @Test func expectingReadsDoesNotWaitForAValueBeingMade() {
        final class Flags: Sendable {
            let started = Atomic<Bool>(false), release = Atomic<Bool>(false), finished = Atomic<Bool>(false)
        }
        let flags = Flags()
        let memo = Memo(uses: 0) { () -> Int in
            flags.started.store(true, ordering: .sequentiallyConsistent)
            // Held until the test lets go, or for about five seconds at most, so a failing run ends.
            for _ in 0..<5_000 where !flags.release.load(ordering: .sequentiallyConsistent) { usleep(1_000) }
            flags.finished.store(true, ordering: .sequentiallyConsistent)
            return 1
        }
        let ahead = Thread { memo.prepare() }
        ahead.start()
        while !flags.started.load(ordering: .sequentiallyConsistent) { usleep(100) }
        memo.expect(2)
        let waited = flags.finished.load(ordering: .sequentiallyConsistent)
        flags.release.store(true, ordering: .sequentiallyConsistent)
        #expect(!waited)
        let values: [Int] = [memo.value, memo.value]
        #expect(values == [1, 1])
    }
}
