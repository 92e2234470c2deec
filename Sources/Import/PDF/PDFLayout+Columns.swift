/// Columns: which pages have them, and in what order their text is read.
extension PDFLayout {
    /// The page's rows as streams in reading order, each with a region number (0: full width,
    /// 1: left column, 2: right column).
    static func readingOrder(_ rows: [Row], width: Double) -> [(Int, [[Fragment]])] {
        guard let gutter = gutter(rows, width: width) else {
            return [(0, rows.map(\.fragments))]
        }
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
            // A word across the gutter: a line that spans the columns (a name, a footer).
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
