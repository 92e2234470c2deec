import MarkdownSupport

/// Blocks written between `<div class="columns">` and its `</div>`, split into the columns
/// opened inside it: `<div class="column">` (an equal share), `<div class="sidebar">` (one
/// share) and `<div class="main">` (two shares).
struct ColumnCapture {
    var columns: [(classes: [String], blocks: [MarkdownBlock])] = []
    /// How many `<div>`s are open inside the container: 1 inside a column.
    var depth = 0

    mutating func append(_ block: MarkdownBlock) {
        if columns.isEmpty { columns.append((["column"], [])) }
        columns[columns.count - 1].blocks.append(block)
    }

    /// A column's share of the width.
    static func weight(_ classes: [String]) -> Double {
        classes.contains("main") ? 2 : 1
    }
}

extension Composer {
    /// Handles one raw HTML token for the columns layout; true when it was consumed.
    func capturesColumns(_ token: LayoutTag.Token, _ context: Context, flush: () -> Void) -> Bool {
        guard var capture = columnCapture else {
            guard case .tag(let tag) = token, tag.name == "div", !tag.isClosing, !tag.isSelfClosing, tag.hasClass("columns") else { return false }
            flush()
            columnCapture = ColumnCapture()
            return true
        }
        defer { if columnCapture != nil { columnCapture = capture } }
        let range = SourceRange(file: "", startLine: 0, startColumn: 0, endLine: 0, endColumn: 0)
        switch token {
        case .text(let text):
            if !text.trimmingSpaces().isEmpty { capture.append(MarkdownBlock(.paragraph([.text(text.trimmingSpaces())]), range: range)) }
        case .tag(let tag) where tag.name == "div" && !tag.isSelfClosing:
            if !tag.isClosing {
                capture.depth += 1
                if capture.depth == 1 {
                    capture.columns.append((tag.classes, []))
                } else {
                    capture.append(MarkdownBlock(.htmlBlock(tag.html), range: range))
                }
            } else if capture.depth == 0 {
                columnCapture = nil
                layOutColumns(capture, context)
            } else {
                capture.depth -= 1
                if capture.depth > 0 { capture.append(MarkdownBlock(.htmlBlock("</div>"), range: range)) }
            }
        case .tag(let tag):
            capture.append(MarkdownBlock(.htmlBlock(tag.html), range: range))
        }
        return true
    }

    /// Lays the columns side by side, cut into bands that pages can break between, so the
    /// columns fill what is left of a page and run on to the next one.
    func layOutColumns(_ capture: ColumnCapture, _ context: Context) {
        let columns = capture.columns.filter { !$0.blocks.isEmpty }
        guard !columns.isEmpty else { return }
        // An entry or masthead kept together ends where the columns begin: they break across pages.
        closeGroup()
        let gap = size * 1.6
        let totalWeight = columns.map { ColumnCapture.weight($0.classes) }.reduce(0, +)
        let available = context.width - gap * Double(columns.count - 1)

        var x = context.left
        var placed: [ColumnAtom] = []
        var height = 0.0
        // The columns start as far below what precedes them as their first blocks ask (a
        // section title's space above), and never closer than a paragraph's.
        var spaceAbove = blockSpacing
        for column in columns {
            let width = available * ColumnCapture.weight(column.classes) / totalWeight
            let child = Composer(style: style, engine: engine, contentWidth: width, contentHeight: contentHeight, loadImage: loadImage)
            child.headingAnchors = headingAnchors
            child.headingCounter = headingCounter
            child.layOut(column.blocks, Context(width: width, color: context.color, alignment: context.alignment, depth: 1))
            headingCounter = child.headingCounter
            for warning in child.warnings { warn(warning) }
            spaceAbove = max(spaceAbove, child.atoms.first?.spaceBefore ?? 0)
            var y = 0.0
            for (index, atom) in child.atoms.enumerated() {
                let gapAbove = index == 0 ? 0 : atom.spaceBefore
                y += gapAbove
                var marks: [Mark] = []
                for band in atom.backdrops {
                    let top = band.joinsAbove ? y - gapAbove : y
                    marks.append(.box(x: x + band.x, y: top, width: band.width, height: y + atom.height - top, color: band.color))
                }
                marks += atom.marks.map { $0.shifted(dx: x, by: y) }
                let anchors = atom.anchors.map { var anchor = $0; anchor.dy += y; return anchor }
                let next = index + 1 < child.atoms.count ? y + atom.height + child.atoms[index + 1].spaceBefore : nil
                placed.append(ColumnAtom(top: y, bottom: y + atom.height, keptUntil: atom.keepWithNext ? next : nil, marks: marks, anchors: anchors))
                y += atom.height
            }
            height = max(height, y)
            x += width + gap
        }
        requestSpace(spaceAbove)
        for band in Self.bands(placed, height: height) {
            var atom = Atom(height: band.height, marks: band.marks)
            atom.anchors = band.anchors
            emit(atom, context)
        }
        requestSpace(blockSpacing)
    }

    /// One column's atom, placed in the columns' shared coordinates.
    struct ColumnAtom {
        var top: Double
        var bottom: Double
        /// When the atom is kept with the next one in its column: where that one starts.
        var keptUntil: Double?
        var marks: [Mark]
        var anchors: [Anchor]
    }

    /// Horizontal slices of the columns, cut only where no column has an atom, nor a pair of
    /// atoms kept together (a heading and its first line), across the cut.
    static func bands(_ atoms: [ColumnAtom], height: Double) -> [(height: Double, marks: [Mark], anchors: [Anchor])] {
        var cuts: [Double] = [0]
        let blocked = atoms.map { ($0.top, $0.keptUntil ?? $0.bottom) }
        for cut in Set(atoms.map(\.bottom)).sorted() where cut > 0 && cut < height {
            if !blocked.contains(where: { $0.0 < cut - 0.01 && cut + 0.01 < $0.1 }) { cuts.append(cut) }
        }
        cuts.append(height)
        var bands: [(height: Double, marks: [Mark], anchors: [Anchor])] = []
        for (top, bottom) in zip(cuts, cuts.dropFirst()) where bottom > top {
            let inside = atoms.filter { $0.top >= top - 0.01 && $0.top < bottom - 0.01 }
            bands.append((bottom - top, inside.flatMap { $0.marks.map { $0.shifted(by: -top) } },
                          inside.flatMap { $0.anchors.map { var anchor = $0; anchor.dy -= top; return anchor } }))
        }
        return bands
    }
}
