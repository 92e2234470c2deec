import MarkdownSupport

// Block quotes, lists, code, rules, raw HTML layout blocks, footnotes and images.
extension Composer {
    func quote(_ children: [MarkdownBlock], _ context: Context) {
        let isPullQuote = openDivs.contains { $0.contains("quote") }
        var inner = context
        let barWidth = isPullQuote ? 3.0 : 2.0
        let indent = size * (isPullQuote ? 1.4 : 1.2)
        inner.left += indent
        inner.width -= indent
        inner.depth += 1
        inner.italic = isPullQuote || context.italic
        inner.color = isPullQuote ? style.textColor : style.mutedColor
        if isPullQuote { inner.scale *= 1.1 }
        inner.backdrops.append((x: context.left, width: barWidth, color: isPullQuote ? style.accentColor : style.ruleColor, firstAtom: atoms.count))
        requestSpace(blockSpacing)
        layOut(children, inner)
        requestSpace(blockSpacing)
    }

    func list(_ list: MarkdownList, _ context: Context) {
        let markerFont = bodyFont(context)
        var markers: [StyledText] = []
        for (offset, item) in list.items.enumerated() {
            let text: String = switch (item.task, list.style) {
            case (.checked?, _): "☑"
            case (.unchecked?, _): "☐"
            case (nil, .ordered(let start)): "\(start + offset)."
            case (nil, .bullet): ["•", "◦", "–"][context.listDepth % 3]
            }
            markers.append(StyledText(text))
        }
        let markerLayouts = markers.map { engine.layout($0, font: markerFont, color: style.accentColor, width: nil) }
        let gap = size * 0.55
        let indent = max(size * 1.35, (markerLayouts.map(\.width).max() ?? 0) + gap)
        var inner = context
        inner.left += indent
        inner.width -= indent
        inner.depth += 1
        inner.listDepth += 1
        inner.tight = list.isTight
        requestSpace(context.listDepth > 0 && context.tight ? size * 0.25 : blockSpacing)
        for (item, marker) in zip(list.items, markerLayouts) {
            pendingMarker = marker
            pendingMarkerX = inner.left - gap - marker.width
            layOut(item.blocks, inner)
            if pendingMarker != nil {
                // An empty item: the marker alone.
                emit(Atom(height: marker.height), inner)
            }
            requestSpace(list.isTight ? size * 0.25 : blockSpacing)
        }
        requestSpace(blockSpacing)
    }

    func code(_ literal: String, _ context: Context) {
        let text = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
        let padding = size * 0.5
        let layout = engine.layout(StyledText(text.isEmpty ? " " : text),
                                   font: FontSpec(family: style.monoFont + ", DejaVu Sans Mono, monospace", size: size * context.scale * 0.88),
                                   color: style.textColor, width: context.width - 2 * padding, alignment: .left, lineHeight: 1.15)
        requestSpace(blockSpacing)
        var inner = context
        inner.backdrops.append((x: context.left, width: context.width, color: style.ruleColor.tinted(0.75), firstAtom: atoms.count))
        let count = layout.lines.count
        for (index, line) in layout.lines.enumerated() {
            let top = index == 0 ? padding : 0
            var atom = Atom(height: line.height + top + (index == count - 1 ? padding : 0),
                            marks: [.line(layout, index: index, x: context.left + padding, baseline: top + line.baseline - line.top)])
            atom.keepWithNext = index < count - 1 && !(index >= 1 && index <= count - 3)
            emit(atom, inner)
        }
        requestSpace(blockSpacing)
    }

    func rule(_ context: Context) {
        requestSpace(blockSpacing * 1.2)
        emit(Atom(height: 0.6, marks: [.rule(x: context.left, y: 0, width: context.width, thickness: 0.6, color: style.ruleColor)]), context)
        requestSpace(blockSpacing * 1.2)
    }

    /// Raw HTML between blocks: layout `<div>`s open and close around Markdown, a page break,
    /// or text (shown as a paragraph, as the HTML writer would show it).
    func htmlBlock(_ html: String, _ context: Context) {
        var text = ""
        func flushText() {
            let trimmed = text.trimmingSpaces()
            text = ""
            guard !trimmed.isEmpty else { return }
            paragraph([.text(trimmed)], context)
        }
        for token in LayoutTag.tokens(in: html) {
            if context.depth == 0, capturesColumns(token, context, flush: flushText) { continue }
            switch token {
            case .text(let piece):
                text += piece
            case .tag(let tag):
                if tag.hasClass("page-break"), !tag.isClosing {
                    flushText()
                    breakPage()
                    if !tag.isSelfClosing, !LayoutTag.voidElements.contains(tag.name) { openDivs.append(tag.classes) }
                } else if tag.name == "hr" {
                    flushText()
                    rule(context)
                } else if tag.name == "br" {
                    text += "\n"
                } else if LayoutTag.voidElements.contains(tag.name) || tag.isSelfClosing {
                    continue
                } else if tag.isClosing {
                    flushText()
                    if !openDivs.isEmpty { openDivs.removeLast() }
                } else {
                    flushText()
                    openDivs.append(tag.classes)
                }
            }
        }
        flushText()
    }

    /// The next block starts a new page (ignored at the very start of the document).
    func breakPage() {
        closeGroup()
        if !atoms.isEmpty { pendingBreak = true }
    }

    func footnote(label: String, _ children: [MarkdownBlock], _ context: Context) {
        closeGroup()
        if !wroteFootnoteRule {
            wroteFootnoteRule = true
            requestSpace(blockSpacing * 2)
            emit(Atom(height: 0.5, marks: [.rule(x: context.left, y: 0, width: context.width / 3, thickness: 0.5, color: style.ruleColor)]), context)
            requestSpace(blockSpacing)
        }
        var inner = context
        inner.scale *= 0.85
        let marker = engine.layout(StyledText(label + "."), font: bodyFont(inner), color: style.mutedColor, width: nil)
        let indent = max(size * 1.5, marker.width + size * 0.4)
        inner.left += indent
        inner.width -= indent
        inner.depth += 1
        pendingMarker = marker
        pendingMarkerX = context.left
        layOut(children, inner)
        pendingMarker = nil
    }

    func image(url: String, alt: String, _ context: Context) {
        guard let image = loadImage(url) else {
            warn("The image '\(url)' could not be read as PNG or JPEG; its alt text stands in for it.")
            if !alt.isEmpty { paragraph([.emphasis([.text(alt)])], context) }
            return
        }
        // Pixels at 96 per inch, shrunk to fit the column and 40% of the page's height.
        var width = Double(image.pixelWidth) * 0.75
        var height = Double(image.pixelHeight) * 0.75
        let fit = min(1, context.width / width, contentHeight * 0.4 / height)
        width *= fit
        height *= fit
        requestSpace(blockSpacing)
        emit(Atom(height: height, marks: [.image(image, x: context.left, y: 0, width: width, height: height)]), context)
        requestSpace(blockSpacing)
    }
}
