/// Lines that wrap, joined back into the sentence, bullet or title they are part of.
extension PDFLayout {
    /// Joins lines that wrap (a long bullet or paragraph set on several lines) into one, and
    /// marks paragraph gaps.
    static func joinWrapped(_ lines: [Line]) -> [StyledLine] {
        var result: [StyledLine] = []
        var index = 0
        // The edges of each region: a line that reaches the right one wrapped.
        var rightEdge: [Int: Double] = [:]
        var leftEdge: [Int: Double] = [:]
        // And the right edge of text starting at each x: a table's right-hand cells wrap at
        // the table's edge, which may stop short of the page's.
        var edgeByX: [Int: Double] = [:]
        for line in lines {
            // Lines of one long word (an address) may overflow the column; they do not set its edge.
            let words = line.cells.reduce(0) { $0 + $1.text.split(separator: " ").count }
            if words >= 2 || rightEdge[line.region] == nil { rightEdge[line.region] = max(rightEdge[line.region] ?? 0, line.x1) }
            leftEdge[line.region] = min(leftEdge[line.region] ?? .infinity, line.x0)
            for (cell, edge) in zip(line.cells, line.cellEdges) where cell.text.contains(" ") {
                let key = line.region * 100_000 + Int(edge.x0 / 3)
                edgeByX[key] = max(edgeByX[key] ?? 0, edge.x1)
            }
        }
        func cellEdge(_ region: Int, _ x: Double) -> Double? {
            let bucket = Int(x / 3)
            return [bucket - 1, bucket, bucket + 1].compactMap { edgeByX[region * 100_000 + $0] }.max()
        }
        var previousBottom: Double?
        var previousRegion = -1
        var typicalGap: Double = 0
        while index < lines.count {
            var current = lines[index]
            var text = current.cells
            var styled = StyledLine(cells: text, fontSize: current.size, region: current.region)
            styled.page = current.page
            let lineHeight = current.y1 - current.y0
            if let previousBottom, previousRegion == current.region {
                let gap = current.y0 - previousBottom
                styled.gapBefore = gap > max(0.45 * lineHeight, typicalGap + 0.3 * lineHeight)
            } else {
                styled.gapBefore = true
            }
            var next = index + 1
            var lastLine = current
            // The cell of the first line that continues; later lines continue the same one.
            var continuedCell: Int?
            while next < lines.count {
                let candidate = lines[next]
                guard let cell = continuation(of: lastLine, by: candidate, first: current, rightEdge: rightEdge[lastLine.region] ?? lastLine.x1,
                                              leftEdge: leftEdge[lastLine.region] ?? lastLine.x0,
                                              cellEdge: { cellEdge(lastLine.region, $0) },
                                              titleEdge: titleEdge(lines, from: next)) else { break }
                if candidate.page == lastLine.page {
                    let gap = candidate.y0 - lastLine.y1
                    typicalGap = typicalGap == 0 ? gap : min(typicalGap, gap)
                }
                let target = continuedCell ?? (lastLine.cells.count > 1 ? cell : text.count - 1)
                continuedCell = target
                text[target].text = joined(text[target].text, candidate.cells[0].text)
                text += candidate.cells.dropFirst()
                current.links += candidate.links
                lastLine = candidate
                next += 1
            }
            if next == index + 1, index + 1 < lines.count, lines[index + 1].region == current.region {
                let gap = lines[index + 1].y0 - current.y1
                if gap > 0 { typicalGap = typicalGap == 0 ? gap : min(typicalGap, gap) }
            }
            styled.cells = text
            styled.links = current.links
            result.append(styled)
            previousBottom = lastLine.y1
            previousRegion = lastLine.region
            index = next
        }
        return result
    }

    /// Where a title set beside dates wraps: short of the dates, on every line of it. The
    /// dates stand beside its last line ("Diplôme" / "d'ingénieur," / "informatique  sept. 2011 –
    /// juil. 2016"), which may be the line at `index` or one of the next few under it.
    static func titleEdge(_ lines: [Line], from index: Int) -> Double? {
        let line = lines[index]
        for later in lines[index...].prefix(4) {
            guard later.region == line.region, abs(later.x0 - line.x0) < 3 else { return nil }
            if later.cells.count == 2, later.cellEdges.count == 2, isWholeDate(later.cells[1].text) {
                return later.cellEdges[1].x0 - 0.5 * later.firstCellSize
            }
            guard later.cells.count == 1 else { return nil }
        }
        return nil
    }

    /// A date span and nothing else: "Sep 2019 – Present", "2021".
    static func isWholeDate(_ text: String) -> Bool {
        guard let span = DateParser.firstSpan(in: text) else { return false }
        return span.range.count >= text.count - 1
    }

    /// "self-" + "managed", "github.com/" + "jane": no space where a line broke at a hyphen or slash.
    static func joinSeparator(_ text: String) -> String {
        if text.hasSuffix("-") || text.hasSuffix("/") { return "" }
        return " "
    }

    /// A line and its continuation. When the line ends in a date set beside a wrapping title
    /// ("Engineer | Cartwheel  Feb 2018 – Mar 2021" over "Commerce GmbH"), the continuation
    /// goes before the date.
    static func joined(_ text: String, _ continuation: String) -> String {
        if let span = DateParser.spans(in: text).last, span.range.upperBound == text.count, span.range.lowerBound > 0,
           DateParser.firstSpan(in: continuation) == nil {
            let characters = Array(text)
            let title = String(characters[..<span.range.lowerBound]).trimmed()
            return title + joinSeparator(title) + continuation + "  " + String(characters[span.range.lowerBound...])
        }
        return text + joinSeparator(text) + continuation
    }

    /// "Français — langue maternelle" over "Anglais — courant": items of one list, built alike.
    static func parallel(_ a: String, _ b: String) -> Bool {
        guard a.split(separator: " ").count <= 6, b.split(separator: " ").count <= 6 else { return false }
        for separator in [" — ", " – ", " - ", ": ", " : ", " | ", " · ", " ("] where a.contains(separator) && b.contains(separator) {
            return true
        }
        return false
    }

    /// One piece of contact data (an email, a phone, an address, a city), which stands alone.
    static func isContact(_ text: String) -> Bool {
        switch ContactFinder.classify(text) {
        case .email?, .phone?, .website?, .profile?: return true
        case .location(let place)?: return place.city != nil
        case nil: return false
        }
    }

    static func endsSentence(_ text: String) -> Bool {
        text.hasSuffix(".") || text.hasSuffix("!") || text.hasSuffix("?") || text.hasSuffix(":")
    }

    /// "Backend: Go, Java", "Cloud : AWS": a line that starts a labelled item of its own.
    static func startsWithLabel(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon]
        return label.split(separator: " ").count <= 3 && !label.isEmpty && !text[colon...].hasPrefix("://")
    }

    /// Which cell of the line above `line` continues, if it continues one: its only cell, or
    /// its first when a second cell (a date) stands at the right of it.
    static func continuation(of previous: Line, by line: Line, first: Line, rightEdge: Double, leftEdge: Double,
                             cellEdge: (Double) -> Double? = { _ in nil }, titleEdge: Double? = nil) -> Int? {
        // A title that wrapped with its dates beside its last line: "Staff Backend" over
        // "Engineer  Apr 2021 – Present".
        let datedTail = line.cells.count == 2 && previous.cells.count == 1 && isWholeDate(line.cells[1].text)
        guard line.cells.count == 1 || datedTail, let firstCharacter = line.cells[0].text.first else { return nil }
        let candidate = line.cells[0].text
        // A line starting with a bullet is a new item; but a dash after a line that had to
        // wrap ("AWS Certified Solutions Architect" / "– Associate") continues it.
        let dash = firstCharacter == "–" || firstCharacter == "-"
        if line.bulletTextX != nil || (bulletGlyphs.contains(firstCharacter) && candidate.dropFirst().first == " ") {
            guard dash, first.bulletTextX == nil, previous.cells.count == 1, abs(line.x0 - previous.x0) < 3,
                  previous.x1 + 0.3 * previous.size + line.firstWordWidth > rightEdge - 1 else { return nil }
        }
        // A date on a line of its own was set there ("University of Hamburg<br>Oct 2013 – Sep 2015"),
        // however long the line above it; unless the date itself wrapped ("Oct 2013 – Sep" over "2015").
        if isWholeDate(candidate) {
            let above = previous.cells[previous.cells.count - 1].text
            guard let span = DateParser.spans(in: above + " " + candidate).last, span.range.lowerBound < above.count,
                  span.range.upperBound > above.count else { return nil }
        }
        let height = max(previous.y1 - previous.y0, 1)
        if line.page == previous.page {
            // A line of the full-width header may wrap into the first line of a column below it.
            let fullWidth = line.region % 16 == 0 || previous.region % 16 == 0
            guard line.region == previous.region || (fullWidth && abs(line.x0 - first.x0) < 3) else { return nil }
            let gap = line.y0 - previous.y1
            guard gap < 0.6 * height, gap > -0.5 * height else { return nil }
        } else {
            // Across a page break only a sentence cut in the middle continues.
            guard line.page == previous.page + 1, firstCharacter.isLowercase, previous.cells.count == 1,
                  !endsSentence(previous.cells[0].text), abs(line.size - previous.size) < 0.6,
                  line.cells[0].bold == previous.cells[0].bold else { return nil }
            return 0
        }
        guard abs((datedTail ? line.firstCellSize : line.size) - previous.size) < 0.6 else { return nil }
        if previous.cells.count > 1 {
            // A cell of a row wrapped: "Ingénieure DevOps | Nuage" beside its date, then
            // "Services SAS" under it; or the entry beside a date, "… — Acme" then "Iberia S.L.".
            guard previous.cellEdges.count == previous.cells.count,
                  let k = previous.cellEdges.firstIndex(where: { abs(line.x0 - $0.x0) < 3 }),
                  line.cells[0].bold == previous.cells[k].bold, line.cells[0].italic == previous.cells[k].italic,
                  !startsWithLabel(candidate), DateParser.firstSpan(in: candidate) == nil else { return nil }
            let limit = k + 1 < previous.cellEdges.count ? previous.cellEdges[k + 1].x0 - 0.5 * previous.size
                : min(rightEdge, cellEdge(previous.cellEdges[k].x0) ?? rightEdge) - 1
            guard previous.cellEdges[k].x1 + 0.3 * previous.size + line.firstWordWidth > limit else { return nil }
            return k
        }
        // A bullet's text may change weight ("**AWS Certified …**, Amazon Web" over "Services"):
        // a line set under its text continues it whatever its weight.
        let underBullet = first.bulletTextX.map { abs(line.x0 - $0) < 4 } ?? false
        guard underBullet || line.cells[0].bold == previous.cells[0].bold && line.cells[0].italic == previous.cells[0].italic else { return nil }
        let text = previous.cells[0].text
        // A line that is one piece of contact data, or starts a labelled item, stands alone.
        if isContact(text) || isContact(candidate) || startsWithLabel(candidate) || parallel(text, candidate)
            || ListSectionParser.isNameAndLevel(candidate) { return nil }
        // A cell that wrapped beside another wraps at that cell, not at the column's edge.
        var rightEdge = rightEdge
        // A title wraps short of the dates set beside it.
        if let titleEdge, previous.cells.count == 1, line.cells[0].bold, previous.cells[0].bold { rightEdge = min(rightEdge, titleEdge) }
        var cellX = first.x0
        if first.cells.count > 1, first.cellEdges.count == first.cells.count,
           let k = first.cellEdges.firstIndex(where: { abs(line.x0 - $0.x0) < 3 }) {
            cellX = first.cellEdges[k].x0
            if k + 1 < first.cellEdges.count { rightEdge = first.cellEdges[k + 1].x0 - 0.5 * first.size }
        }
        let width = max(rightEdge - leftEdge, 1)
        // The next word would not have fit after the line above: it wrapped. Or, more loosely,
        // the line above ran to the column's right edge and the next line is not a date.
        let wouldNotFit = previous.x1 + 0.3 * previous.size + line.firstWordWidth > rightEdge - 1
        let nearEdge = previous.x1 >= rightEdge - 0.22 * width && DateParser.firstSpan(in: candidate) == nil
        guard wouldNotFit || nearEdge else { return nil }
        if let bulletX = first.bulletTextX {
            let aligned = abs(line.x0 - bulletX) < 4 || (line.x0 > first.x0 + 2 && line.x0 < bulletX + 12)
            return aligned || (abs(line.x0 - first.x0) < 3 && !endsSentence(text)) ? 0 : nil
        }
        return abs(line.x0 - cellX) < 3 ? 0 : nil
    }
}
