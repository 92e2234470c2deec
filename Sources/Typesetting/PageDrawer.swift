/// Draws paginated atoms onto the PDF canvas, with the running header, the page footer, links
/// and the outline.
struct PageDrawer {
    let style: PDFStyle
    let engine: TextEngine
    let canvas: PDFCanvas
    let atoms: [Atom]
    let pages: [[Paginator.Placement]]
    let headerName: String?

    func drawAll() {
        // Where every heading landed, for `#id` links and the outline.
        var anchors: [(anchor: Anchor, page: Int, y: Double)] = []
        for (page, placements) in pages.enumerated() {
            for placement in placements {
                for anchor in atoms[placement.atom].anchors {
                    anchors.append((anchor, page + 1, style.marginTop + placement.y + anchor.dy))
                }
            }
        }
        var targets: [String: String] = [:]
        for entry in anchors where !entry.anchor.id.isEmpty && targets["#" + entry.anchor.id] == nil {
            targets["#" + entry.anchor.id] = PDFCanvas.internalLink(page: entry.page, y: entry.y)
        }
        let resolve: (String) -> String? = { target in
            target.hasPrefix("#") ? targets[target] : PDFCanvas.externalLink(target)
        }

        for (index, placements) in pages.enumerated() {
            for placement in placements { draw(atoms[placement.atom], at: placement, resolve: resolve) }
            drawFurniture(page: index + 1, of: pages.count)
            canvas.showPage()
        }

        var parent = PDFCanvas.outlineRoot
        let inDocumentOrder = anchors.enumerated().sorted { ($0.element.anchor.order, $0.offset) < ($1.element.anchor.order, $1.offset) }.map(\.element)
        for entry in inDocumentOrder where entry.anchor.level <= 2 {
            let title = entry.anchor.title.trimmingSpaces()
            guard !title.isEmpty else { continue }
            if entry.anchor.level == 1 {
                parent = canvas.addOutline(parent: PDFCanvas.outlineRoot, title: title, page: entry.page, y: entry.y, open: true)
            } else {
                canvas.addOutline(parent: parent, title: title, page: entry.page, y: entry.y, open: false)
            }
        }
    }

    private func draw(_ atom: Atom, at placement: Paginator.Placement, resolve: (String) -> String?) {
        let left = style.marginLeft
        let top = style.marginTop + placement.y
        for band in atom.backdrops {
            let from = band.joinsAbove ? top - placement.gapAbove : top
            canvas.fill(x: left + band.x, y: from, width: band.width, height: top + atom.height - from, color: band.color)
        }
        for mark in atom.marks {
            switch mark {
            case .line(let layout, let index, let x, let baseline):
                canvas.draw(layout, line: index, x: left + x, baseline: top + baseline, resolve: resolve)
            case .text(let layout, let x, let y):
                canvas.draw(layout, x: left + x, y: top + y, resolve: resolve)
            case .rule(let x, let y, let width, let thickness, let color):
                canvas.horizontalRule(x: left + x, y: top + y, width: width, thickness: thickness, color: color)
            case .box(let x, let y, let width, let height, let color):
                canvas.fill(x: left + x, y: top + y, width: width, height: height, color: color)
            case .image(let image, let x, let y, let width, let height):
                canvas.draw(image, x: left + x, y: top + y, width: width, height: height)
            }
        }
    }

    /// The name atop continuation pages and "Page X of Y" at the foot of every page.
    private func drawFurniture(page: Int, of count: Int) {
        guard count > 1 else { return }
        let (pageWidth, pageHeight) = style.paper.size
        let width = pageWidth - style.marginLeft - style.marginRight
        let font = FontSpec(family: Composer.withFallbacks(style.font), size: style.size * 0.8)
        let noLinks: (String) -> String? = { _ in nil }
        if style.showsHeader, page > 1, let headerName {
            let layout = engine.layout(StyledText(headerName), font: font, color: style.mutedColor, width: width)
            let y = max(8, style.marginTop * 0.5 - layout.height / 2)
            canvas.draw(layout, x: style.marginLeft, y: y, resolve: noLinks)
            canvas.horizontalRule(x: style.marginLeft, y: y + layout.height + 2, width: width, thickness: 0.4, color: style.ruleColor)
        }
        if style.showsFooter {
            let layout = engine.layout(StyledText(style.pageLabel.replacing("{pages}", with: String(count)).replacing("{page}", with: String(page))), font: font, color: style.mutedColor, width: width, alignment: .right)
            let y = min(pageHeight - 8 - layout.height, pageHeight - style.marginBottom * 0.5 - layout.height / 2)
            canvas.draw(layout, x: style.marginLeft, y: y, resolve: noLinks)
        }
    }
}
