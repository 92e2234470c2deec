/// Columns: which pages have them, and in what order their text is read.
extension PDFLayout {
    /// The page's rows as streams in reading order, each with a region number (0: full width,
    /// 1: left column, 2: right column), and the gutter of the page's columns, if it has some.
    static func readingOrder(_ rows: [Row], width: Double, previousGutter: Double? = nil)
        -> (streams: [(Int, [[Fragment]])], gutter: Double?) {
        if let gutter = gutter(rows, width: width) {
            return (columns(rows[...], gutter: gutter), gutter)
        }
        // Columns that run on from the page before, one of them perhaps already ended: the same
        // gutter, and no row across it.
        if let previousGutter, rows.allSatisfy({ !crosses($0, previousGutter) }) {
            return (columns(rows[...], gutter: previousGutter), previousGutter)
        }
        return bands(rows)
    }

    /// Rows split at a gutter: a row across it spans the columns (a name, a footer); the others
    /// go to the left or the right column, each read down before the other.
    static func columns(_ rows: ArraySlice<Row>, gutter: Double) -> [(Int, [[Fragment]])] {
        var streams: [(Int, [[Fragment]])] = []
        var left: [[Fragment]] = [], right: [[Fragment]] = []
        func flushColumns() {
            if !left.isEmpty { streams.append((1, left)) }
            if !right.isEmpty { streams.append((2, right)) }
            left = []
            right = []
        }
        for row in rows {
            let words = row.fragments.flatMap(\.words)
            if words.contains(where: { $0.x0 < gutter && $0.x1 > gutter }) {
                flushColumns()
                streams.append((0, [row.fragments]))
                continue
            }
            let l = fragments(words.filter { $0.x1 <= gutter })
            let r = fragments(words.filter { $0.x0 >= gutter })
            if !l.isEmpty { left.append(l) }
            if !r.isEmpty { right.append(r) }
        }
        flushColumns()
        return streams
    }

    static func crosses(_ row: Row, _ x: Double) -> Bool {
        row.fragments.contains { fragment in fragment.words.contains { $0.x0 < x && $0.x1 > x } }
    }

    /// A page with columns in part of its height only, under or between full-width text (the
    /// compact template's facts under its story). Such a band opens with section headings side
    /// by side, and lasts until a row runs across to where the right-hand heading starts. The
    /// gutter of a band that reaches the foot of the page, whose columns may run on.
    static func bands(_ rows: [Row]) -> (streams: [(Int, [[Fragment]])], gutter: Double?) {
        var streams: [(Int, [[Fragment]])] = []
        var fullWidth: [[Fragment]] = []
        var lastGutter: Double?
        var index = 0
        while index < rows.count {
            if let split = headingsSideBySide(rows[index]) {
                let gutter = split - 1
                var end = index + 1
                while end < rows.count, !crosses(rows[end], gutter) { end += 1 }
                if end - index >= 3 {
                    if !fullWidth.isEmpty { streams.append((0, fullWidth)) }
                    fullWidth = []
                    streams += columns(rows[index..<end], gutter: gutter)
                    lastGutter = end == rows.count ? gutter : nil
                    index = end
                    continue
                }
            }
            fullWidth.append(rows[index].fragments)
            index += 1
        }
        if !fullWidth.isEmpty { streams.append((0, fullWidth)) }
        return (streams, lastGutter)
    }

    /// Where the right-hand one starts, when a row holds section headings and nothing else.
    static func headingsSideBySide(_ row: Row) -> Double? {
        guard row.fragments.count >= 2, row.fragments.allSatisfy(isHeading) else { return nil }
        return row.fragments.last!.x0
    }

    /// The x of a column gutter, if the page has columns rather than one column or a table:
    /// a strip at least 6 points wide that (almost) no word crosses, with text on both sides.
    static func gutter(_ rows: [Row], width: Double) -> Double? {
        guard rows.count >= 6, width > 0 else { return nil }
        let binWidth = 2.0
        let bins = Int(width / binWidth) + 1
        var coverage = [Int](repeating: 0, count: bins)
        var occupied = [Bool](repeating: false, count: bins)
        for row in rows {
            var covered = [Bool](repeating: false, count: bins)
            for fragment in row.fragments {
                for word in fragment.words {
                    let from = max(0, Int(word.x0 / binWidth)), to = min(bins - 1, Int(word.x1 / binWidth))
                    if from <= to { for bin in from...to { covered[bin] = true } }
                }
                // The space between the words of one fragment counts as covered: a line of
                // text is not a gutter.
                for (a, b) in zip(fragment.words, fragment.words.dropFirst()) {
                    let from = max(0, Int(a.x1 / binWidth)), to = min(bins - 1, Int(b.x0 / binWidth))
                    if from <= to { for bin in from...to { covered[bin] = true } }
                }
            }
            for bin in 0..<bins where covered[bin] { coverage[bin] += 1; occupied[bin] = true }
        }
        // Only between the text's own margins.
        guard let first = occupied.firstIndex(of: true), let last = occupied.lastIndex(of: true), last - first > 20 else { return nil }
        let lower = first + max(3, (last - first) / 8), upper = last - max(3, (last - first) / 8)
        guard lower < upper else { return nil }
        let allowed = max(1, rows.count / 12)
        // Runs of bins crossed by at most `allowed` rows; in each, the longest stretch of its
        // least crossed bins. The gutter is the middle of the best such stretch: fewest
        // crossings first, then widest (a sidebar line that runs long must not pull it over).
        var best: (start: Int, end: Int, crossings: Int)?
        var bin = lower
        while bin <= upper {
            guard coverage[bin] <= allowed else { bin += 1; continue }
            var end = bin
            while end + 1 <= upper, coverage[end + 1] <= allowed { end += 1 }
            let least = coverage[bin...end].min()!
            var stretchStart = bin, longest: (Int, Int)?
            for index in bin...(end + 1) {
                if index <= end, coverage[index] == least { continue }
                if index - stretchStart >= 3, longest == nil || index - stretchStart > longest!.1 - longest!.0 + 1 {
                    longest = (stretchStart, index - 1)
                }
                stretchStart = index + 1
            }
            if let (start, stop) = longest, best == nil || (least, -(stop - start)) < (best!.crossings, -(best!.end - best!.start)) {
                best = (start, stop, least)
            }
            bin = end + 1
        }
        guard let best else { return nil }
        let gutterX = Double(best.start + best.end + 1) / 2 * binWidth
        return isColumnSplit(rows, at: gutterX) ? gutterX : nil
    }

    /// Columns or a table? Both leave a strip no text crosses.
    static func isColumnSplit(_ rows: [Row], at x: Double) -> Bool {
        var leftRows = 0, rightRows = 0, both = 0, datedBoth = 0
        var leftWidths: [Double] = []
        var leftMargin = Double.infinity
        var headingsLeft = 0, headingsRight = 0
        for row in rows {
            let words = row.fragments.flatMap(\.words)
            if words.contains(where: { $0.x0 < x && $0.x1 > x }) { continue }
            let l = fragments(words.filter { $0.x1 <= x })
            let r = fragments(words.filter { $0.x0 >= x })
            if !l.isEmpty { leftRows += 1; leftWidths.append(l.last!.x1 - l.first!.x0); leftMargin = min(leftMargin, l.first!.x0) }
            if !r.isEmpty { rightRows += 1 }
            if !l.isEmpty && !r.isEmpty {
                both += 1
                if isDate(l) || isDate(r) { datedBoth += 1 }
            }
            if l.count == 1, isHeading(l[0]) { headingsLeft += 1 }
            if r.count == 1, isHeading(r[0]) { headingsRight += 1 }
        }
        let total = rows.count
        guard leftRows >= 3, rightRows >= 3, Double(leftRows) >= 0.15 * Double(total), Double(rightRows) >= 0.15 * Double(total) else { return false }
        if headingsLeft >= 1 && headingsRight >= 1 { return true }
        // Rows with text on both sides where one side is a date: a table of entries with their
        // dates beside them, read across.
        if both >= 2, Double(datedBoth) >= 0.6 * Double(both) { return false }
        let pairing = Double(both) / Double(min(leftRows, rightRows))
        if pairing < 0.6 { return true }
        // Rows that line up: a table, unless both sides are full lines of running text.
        let columnWidth = x - leftMargin
        let sortedWidths = leftWidths.sorted()
        let median = sortedWidths[sortedWidths.count / 2]
        return columnWidth > 0 && median / columnWidth >= 0.6 && Double(min(leftRows, rightRows)) >= 0.6 * Double(total)
    }

    /// Fragments that are mostly a date span ("Sep 2019 – Present").
    static func isDate(_ fragments: [Fragment]) -> Bool {
        let text = fragments.flatMap(\.words).map(\.text).joined(separator: " ")
        guard let span = DateParser.firstSpan(in: text) else { return false }
        return span.range.count * 2 >= text.count
    }

    static func isHeading(_ fragment: Fragment) -> Bool {
        let text = fragment.words.map(\.text).joined(separator: " ")
        return fragment.words.count <= 4 && SectionKind.of(heading: CVStructurer.headingTitle(text)) != nil
    }
}
