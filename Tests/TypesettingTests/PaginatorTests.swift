import Testing
@testable import Typesetting

@Suite struct PaginatorTests {
    private func atom(_ height: Double, space: Double = 0, keep: Bool = false, breakBefore: Bool = false, groupEnd: Int? = nil) -> Atom {
        var atom = Atom(height: height)
        atom.spaceBefore = space
        atom.keepWithNext = keep
        atom.breakBefore = breakBefore
        atom.groupEnd = groupEnd
        return atom
    }

    private func pages(_ atoms: [Atom], height: Double = 100) -> [[Int]] {
        Paginator(pageHeight: height).paginate(atoms).map { $0.map(\.atom) }
    }

    @Test func fillsPagesInOrderAndDropsSpaceAtTheTop() {
        let placed = Paginator(pageHeight: 100).paginate([atom(40), atom(40, space: 10), atom(40, space: 10)])
        #expect(placed.map { $0.map(\.atom) } == [[0, 1], [2]])
        #expect(placed[1][0].y == 0 && placed[1][0].gapAbove == 0)
        #expect(placed[0][1].y == 50)
    }

    @Test func keepsChainsTogether() {
        // 0 fits, 1+2 are chained and would straddle the break: both move.
        #expect(pages([atom(60), atom(20, keep: true), atom(30)]) == [[0], [1, 2]])
    }

    @Test func movesAGroupThatFitsAnEmptyPage() {
        #expect(pages([atom(50), atom(20, groupEnd: 3), atom(20), atom(20)]) == [[0], [1, 2, 3]])
    }

    @Test func splitsAGroupTallerThanAPage() {
        #expect(pages([atom(50), atom(40, groupEnd: 3), atom(40), atom(40)]) == [[0, 1], [2, 3]])
    }

    @Test func splitsAChainTallerThanAPage() {
        #expect(pages([atom(60, keep: true), atom(60, keep: true), atom(60)]) == [[0], [1], [2]])
    }

    @Test func honoursExplicitBreaksButNeverMakesAnEmptyPage() {
        #expect(pages([atom(10, breakBefore: true), atom(10), atom(10, breakBefore: true)]) == [[0, 1], [2]])
    }

    @Test func aGroupStopsAtAnExplicitBreak() {
        #expect(pages([atom(70), atom(20, groupEnd: 2), atom(50, breakBefore: true)]) == [[0, 1], [2]])
    }
}
