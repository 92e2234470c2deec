/// Breaks the flow of atoms into pages. Pure: heights in, positions out.
///
/// The rules, in order: an explicit break starts a page; atoms joined by `keepWithNext` (a
/// heading and what follows, a paragraph's first two and last two lines) move as one chain;
/// a group (a CV entry) moves to a fresh page when it does not fit on this one but would on
/// an empty one; anything taller than a page is split wherever it must be.
struct Paginator {
    struct Placement: Hashable {
        var atom: Int
        /// From the top of the page's content area.
        var y: Double
        /// The space actually left above it (0 at the top of a page).
        var gapAbove: Double
    }

    var pageHeight: Double

    func paginate(_ atoms: [Atom]) -> [[Placement]] {
        var pages: [[Placement]] = [[]]
        var y = 0.0
        func newPage() {
            if !pages[pages.count - 1].isEmpty {
                pages.append([])
                y = 0
            }
        }
        func gap(_ index: Int) -> Double { pages[pages.count - 1].isEmpty ? 0 : atoms[index].spaceBefore }
        func place(_ index: Int) {
            let space = gap(index)
            pages[pages.count - 1].append(Placement(atom: index, y: y + space, gapAbove: space))
            y += space + atoms[index].height
        }
        /// The height of atoms `range` placed one after another, on the current page or on a fresh one.
        func height(_ range: ClosedRange<Int>, fresh: Bool) -> Double {
            var total = 0.0
            for index in range {
                total += atoms[index].height
                if index != range.lowerBound || !(fresh || pages[pages.count - 1].isEmpty) { total += atoms[index].spaceBefore }
            }
            return total
        }
        func fitsHere(_ range: ClosedRange<Int>) -> Bool { y + height(range, fresh: false) <= pageHeight + 0.01 }
        func fitsFresh(_ range: ClosedRange<Int>) -> Bool { height(range, fresh: true) <= pageHeight + 0.01 }

        var index = 0
        while index < atoms.count {
            if atoms[index].breakBefore { newPage() }
            var chainEnd = index
            while chainEnd + 1 < atoms.count, atoms[chainEnd].keepWithNext, !atoms[chainEnd + 1].breakBefore { chainEnd += 1 }
            var wantedEnd = chainEnd
            for member in index...chainEnd {
                if let groupEnd = atoms[member].groupEnd { wantedEnd = max(wantedEnd, groupEnd) }
            }
            // A group never reaches past an explicit break.
            if let forced = (chainEnd + 1..<max(chainEnd + 1, wantedEnd + 1)).first(where: { atoms[$0].breakBefore }) {
                wantedEnd = forced - 1
            }
            let onPage = !pages[pages.count - 1].isEmpty
            if !fitsHere(index...wantedEnd), onPage, fitsFresh(index...wantedEnd) || (!fitsHere(index...chainEnd) && fitsFresh(index...chainEnd)) {
                newPage()
            }
            if fitsHere(index...chainEnd) {
                for member in index...chainEnd { place(member) }
            } else {
                // Taller than a page: split where it must.
                for member in index...chainEnd {
                    if !pages[pages.count - 1].isEmpty, y + atoms[member].spaceBefore + atoms[member].height > pageHeight + 0.01 { newPage() }
                    place(member)
                }
            }
            index = chainEnd + 1
        }
        return pages
    }
}
