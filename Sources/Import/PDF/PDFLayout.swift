/// Reading order for PDF text: characters -> words -> rows -> columns -> lines.
///
/// Two-column and sidebar layouts must not interleave, so columns are found from the page's
/// geometry: a vertical strip that (almost) no row's text crosses, with text on both sides.
/// A strip like that also separates the cells of a table (dates left of each entry, a value
/// after each label), whose rows must be read across; the two are told apart by how the rows
/// on either side line up (table rows share baselines, independent columns do not) and by
/// section headings standing on both sides.
enum PDFLayout {
    struct Word {
        var text: String
        var x0: Double, y0: Double, x1: Double, y1: Double
        var size: Double
        var bold: Bool
        var italic: Bool
        var yMid: Double { (y0 + y1) / 2 }
        var height: Double { y1 - y0 }
    }

    struct Fragment {
        var words: [Word]
        var x0: Double { words.first!.x0 }
        var x1: Double { words.last!.x1 }
    }

    struct Row {
        var fragments: [Fragment]
        var y0: Double
        var y1: Double
    }

    /// A visual line of one column, before wrapped lines are joined.
    struct Line {
        var cells: [StyledLine.Cell]
        var x0: Double, x1: Double, y0: Double, y1: Double
        var size: Double
        /// Where the text starts after a bullet glyph, when the line starts with one.
        var bulletTextX: Double?
        /// The width of the first word after any bullet: whether it would have fit on the line above.
        var firstWordWidth: Double = 0
        /// Where each cell starts and ends.
        var cellEdges: [(x0: Double, x1: Double)] = []
        /// The first cell's own size: a title's, beside its smaller dates.
        var firstCellSize: Double = 0
        var region: Int
        var page: Int
        var links: [String] = []
    }

    static func lines(_ pages: [PopplerText.Page]) -> [StyledLine] {
        var all: [Line] = []
        // Running headers and footers repeat on every page at the same place: keep the first.
        var seen = Set<String>()
        var gutter: Double?
        for (number, page) in pages.enumerated() {
            let pageWords = words(page)
            guard !pageWords.isEmpty else { continue }
            var pageLines: [Line] = []
            let order = readingOrder(rows(pageWords), width: page.width, previousGutter: gutter)
            gutter = order.gutter
            for (region, stream) in order.streams {
                pageLines += stream.map { line(from: $0, region: number * 16 + region, page: number) }
            }
            attach(page.links, to: &pageLines)
            for line in pageLines {
                let key = line.cells.map(\.text).joined(separator: "\t") + "@\(Int(line.y0 / 4))"
                if seen.insert(key).inserted || number == 0 { all.append(line) }
            }
        }
        // Over all pages at once: a sentence may run on to the next page.
        return joinWrapped(all)
    }

    // MARK: - Words

    static func isBold(_ font: String) -> Bool {
        let name = font.lowercased()
        return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
            || name.contains("demi") || name.hasSuffix(",b") || name.hasSuffix("-bd") || name.contains("-bd-")
    }

    static func isItalic(_ font: String) -> Bool {
        let name = font.lowercased()
        return name.contains("italic") || name.contains("oblique") || name.hasSuffix("-it") || name.hasSuffix(",i")
    }

    static func words(_ page: PopplerText.Page) -> [Word] {
        var words: [Word] = []
        var text = ""
        var box = PopplerText.Box(x0: 0, y0: 0, x1: 0, y1: 0)
        var size = 0.0, bold = false, italic = false
        var open = false
        func flush() {
            if open, !text.isEmpty {
                words.append(Word(text: text, x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1, size: size, bold: bold, italic: italic))
            }
            open = false
            text = ""
        }
        let fontBold = page.fonts.map { isBold($0.name) }
        let fontItalic = page.fonts.map { isItalic($0.name) }
        for index in 0..<page.characters.count {
            let character = page.characters[index]
            let b = page.boxes[index]
            if character == " " || character == "\n" || character == "\t" || character == "\u{A0}" || character == "\r" || b.x1 <= b.x0 && b.y1 <= b.y0 {
                flush()
                continue
            }
            let font = page.fontOfCharacter[index]
            let charBold = font >= 0 ? fontBold[Int(font)] : false
            let charItalic = font >= 0 ? fontItalic[Int(font)] : false
            let charSize = font >= 0 ? page.fonts[Int(font)].size : (b.y1 - b.y0)
            if open {
                let overlap = min(b.y1, box.y1) - max(b.y0, box.y0)
                let gap = b.x0 - box.x1
                if overlap < 0.3 * min(b.y1 - b.y0, box.y1 - box.y0) || gap > 0.25 * max(size, 1) || gap < -max(size, 1) || charBold != bold {
                    flush()
                }
            }
            if !open {
                open = true
                box = b
                size = charSize
                bold = charBold
                italic = charItalic
            } else {
                box.x0 = min(box.x0, b.x0); box.y0 = min(box.y0, b.y0)
                box.x1 = max(box.x1, b.x1); box.y1 = max(box.y1, b.y1)
                size = max(size, charSize)
            }
            text.unicodeScalars.append(character)
        }
        flush()
        return words
    }

    // MARK: - Rows and fragments

    /// Words sharing a baseline band, left to right: a row may hold text of several columns.
    static func rows(_ words: [Word]) -> [Row] {
        let sorted = words.sorted { $0.yMid == $1.yMid ? $0.x0 < $1.x0 : $0.yMid < $1.yMid }
        var groups: [[Word]] = []
        var currentMid = -1.0, currentHeight = 0.0
        for word in sorted {
            if !groups.isEmpty, abs(word.yMid - currentMid) <= 0.45 * min(max(word.height, 1), max(currentHeight, 1)) {
                groups[groups.count - 1].append(word)
            } else {
                groups.append([word])
                currentMid = word.yMid
                currentHeight = word.height
            }
        }
        return groups.map { group in
            let inOrder = group.sorted { $0.x0 < $1.x0 }
            return Row(fragments: fragments(inOrder), y0: group.map(\.y0).min()!, y1: group.map(\.y1).max()!)
        }
    }

    /// Words set apart by more than about an em (a tab, a table cell, a column gap) start a
    /// new fragment; so does a change of type size across a gap, as between a sidebar and a
    /// main column set close together.
    static func fragments(_ words: [Word]) -> [Fragment] {
        let split = rawFragments(words)
        return isJustified(split) ? [Fragment(words: words)] : split
    }

    /// A justified line stretches its word spaces evenly, past the gap that separates cells:
    /// four or more single-word fragments with gaps of one width are one line of text.
    static func isJustified(_ fragments: [Fragment]) -> Bool {
        guard fragments.count >= 4, fragments.filter({ $0.words.count == 1 }).count * 2 >= fragments.count else { return false }
        let gaps = zip(fragments, fragments.dropFirst()).map { $1.x0 - $0.x1 }
        guard let smallest = gaps.min(), let largest = gaps.max(), smallest > 0 else { return false }
        let size = fragments[0].words[0].size
        return largest <= 1.6 * smallest && largest < 3 * max(size, 1)
    }

    static func rawFragments(_ words: [Word]) -> [Fragment] {
        var fragments: [Fragment] = []
        for word in words {
            if let last = fragments.last?.words.last {
                let gap = word.x0 - last.x1
                let size = max(word.size, last.size)
                // A change of size or weight across more than a space: a title beside its date,
                // a sidebar beside the main column.
                let sizeChange = abs(word.size - last.size) > 1.2, weightChange = word.bold != last.bold
                // Both at once across a little more than a space: a title run up to its dates.
                let styleChange = (sizeChange || weightChange) && gap > 0.45 * size || sizeChange && weightChange && gap > 0.3 * size
                if gap <= max(0.9 * size, 3) && !styleChange {
                    fragments[fragments.count - 1].words.append(word)
                    continue
                }
            }
            fragments.append(Fragment(words: [word]))
        }
        return fragments
    }

    // MARK: - Lines

    static let bulletGlyphs: Set<Character> = CVStructurer.bulletGlyphs.union(["-", "–", "*", "o"])

    static func line(from fragments: [Fragment], region: Int, page: Int) -> Line {
        var cells: [StyledLine.Cell] = []
        var sizes: [Double: Int] = [:]
        var cellSizes: [Double] = []
        for fragment in fragments {
            var text = ""
            var boldCharacters = 0, italicCharacters = 0, characters = 0
            var ownSizes: [Double: Int] = [:]
            var previous: Word?
            for word in fragment.words {
                if let previous { text += word.x0 - previous.x1 < 0.08 * max(word.size, 1) ? "" : " " }
                text += word.text
                let count = word.text.count
                characters += count
                if word.bold { boldCharacters += count }
                if word.italic { italicCharacters += count }
                sizes[(word.size * 2).rounded() / 2, default: 0] += count
                ownSizes[(word.size * 2).rounded() / 2, default: 0] += count
                previous = word
            }
            cellSizes.append(ownSizes.max { a, b in a.value == b.value ? a.key < b.key : a.value < b.value }?.key ?? 0)
            cells.append(StyledLine.Cell(text: text, bold: boldCharacters * 2 > characters, italic: italicCharacters * 2 > characters))
        }
        let words = fragments.flatMap(\.words)
        var bulletTextX: Double?
        if words.count >= 2, words[0].text.count == 1, let glyph = words[0].text.first, bulletGlyphs.contains(glyph) {
            bulletTextX = words[1].x0
        }
        // A bullet set apart as its own cell belongs to the text after it.
        if bulletTextX != nil, cells.count >= 2, cells[0].text.count == 1 {
            let glyph = cells.removeFirst().text
            cells[0].text = glyph + " " + cells[0].text
            cellSizes.removeFirst()
        }
        let size = sizes.max { a, b in a.value == b.value ? a.key < b.key : a.value < b.value }?.key ?? 0
        let firstWord = bulletTextX == nil ? words[0] : words[1]
        var edges = fragments.map { (x0: $0.x0, x1: $0.x1) }
        if edges.count > cells.count, edges.count >= 2 { edges[1].x0 = edges[0].x0; edges.removeFirst() }
        return Line(cells: cells, x0: words.map(\.x0).min()!, x1: words.map(\.x1).max()!, y0: words.map(\.y0).min()!,
                    y1: words.map(\.y1).max()!, size: size, bulletTextX: bulletTextX, firstWordWidth: firstWord.x1 - firstWord.x0,
                    cellEdges: edges, firstCellSize: cellSizes[0], region: region, page: page)
    }

    static func attach(_ links: [PopplerText.Link], to lines: inout [Line]) {
        guard !links.isEmpty else { return }
        for link in links {
            if let index = lines.firstIndex(where: { line in
                min(line.y1, link.box.y1) - max(line.y0, link.box.y0) > 0 && min(line.x1, link.box.x1) - max(line.x0, link.box.x0) > 0
            }), !lines[index].links.contains(link.uri) {
                lines[index].links.append(link.uri)
            }
        }
    }
}
