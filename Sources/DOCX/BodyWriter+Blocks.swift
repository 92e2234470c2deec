import MarkdownSupport

// Block quotes, lists, code, rules, raw HTML layout blocks and footnotes.
extension BodyWriter {
    func quote(_ children: [MarkdownBlock], _ context: Context) {
        let isPullQuote = openDivs.contains { $0.contains("quote") }
        var inner = context
        let barWidth = isPullQuote ? 3.0 : 2.0
        let indent = size * (isPullQuote ? 1.4 : 1.2)
        inner.indent += Units.twips(indent)
        inner.width -= Units.twips(indent)
        inner.depth += 1
        inner.italic = isPullQuote || context.italic
        inner.color = isPullQuote ? nil : style.mutedColor
        if isPullQuote { inner.scale *= 1.1 }
        inner.bar = Paragraph.Border(color: isPullQuote ? style.accentColor : style.ruleColor, width: barWidth, space: indent - barWidth)
        requestSpace(blockSpacing)
        write(children, inner)
        requestSpace(blockSpacing)
    }

    func list(_ list: MarkdownList, _ context: Context) {
        let level = min(context.listDepth, 8)
        var numberingID = Numbering.bulletID
        if case .ordered(let start) = list.style { numberingID = numbering.orderedList(start: start, level: level) }
        let step = numbering.levelIndent
        var inner = context
        inner.indent += step
        inner.width -= step
        inner.depth += 1
        inner.listDepth += 1
        inner.tight = list.isTight
        for item in list.items {
            pendingMarker = item.task.map { .task(checked: $0 == .checked) } ?? .numbered(id: numberingID, level: level)
            write(item.blocks, inner)
            if pendingMarker != nil {
                // An empty item: the marker alone.
                var empty = Paragraph(style: "ListParagraph")
                empty.spaceAfter = list.isTight ? StylesPart.tightSpacing(style) : StylesPart.blockSpaceAfter(style)
                emit(empty, inner)
            }
        }
        // The list as a whole keeps the distance of a block from what follows.
        if context.listDepth == 0, case .paragraph(var last)? = elements.last {
            last.spaceAfter = max(last.spaceAfter ?? 0, StylesPart.blockSpaceAfter(style))
            elements[elements.count - 1] = .paragraph(last)
        }
    }

    func code(_ literal: String, _ context: Context) {
        let text = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
        var format = RunFormat(baseSize: size * 0.88)
        format.scale = context.scale
        var paragraph = Paragraph(style: "CodeBlock", content: format.runs(text.isEmpty ? " " : text, monoFont: style.monoFont))
        // The padding is a border in the shading's own colour, so it stays inside quotes and lists.
        if context.indent > 0 { paragraph.indentLeft = context.indent + Units.twips(size * 0.5) }
        requestSpace(blockSpacing)
        emit(paragraph, context)
        requestSpace(blockSpacing)
    }

    func rule(_ context: Context) {
        requestSpace(blockSpacing * 1.2)
        var paragraph = Paragraph(style: "HorizontalRule", content: Self.tinyRun)
        paragraph.indentLeft = context.indent
        emit(paragraph, context)
        requestSpace(blockSpacing * 1.2)
    }

    /// Raw HTML between blocks: layout `<div>`s open and close around Markdown, a page break,
    /// or text (shown as a paragraph, as the HTML writer would show it).
    func htmlBlock(_ html: String, _ context: Context) {
        var text = ""
        func flushText() {
            let trimmed = text.trimmedSpaces
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
                    if tag.opensElement { openDivs.append(tag.classes) }
                } else if tag.name == "hr" {
                    flushText()
                    rule(context)
                } else if tag.name == "br" {
                    text += "\n"
                } else if !tag.opensElement && !tag.isClosing {
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

    /// The next paragraph starts a new page (ignored at the very start of the document).
    func breakPage() {
        if !elements.isEmpty { pendingPageBreak = true }
    }

    func footnote(label: String, _ children: [MarkdownBlock], _ context: Context) {
        if !wroteFootnoteRule {
            wroteFootnoteRule = true
            requestSpace(blockSpacing * 2)
            var rule = Paragraph(style: "HorizontalRule", content: Self.tinyRun)
            rule.indentRight = context.width * 2 / 3
            emit(rule, context)
        }
        var inner = context
        inner.scale *= 0.85
        inner.depth += 1
        var marker = RunFormat(baseSize: size)
        marker.scale = 0.85
        marker.color = style.mutedColor
        let start = elements.count
        write(children, inner)
        // The label hangs in front of the definition's first paragraph.
        let hanging = Units.twips(size * 1.6)
        for index in start..<elements.count {
            guard case .paragraph(var paragraph) = elements[index] else { continue }
            paragraph.indentLeft = (paragraph.indentLeft ?? context.indent) + hanging
            if index == start {
                paragraph.hanging = hanging
                paragraph.content = marker.runs(label + ".\t", monoFont: style.monoFont) + paragraph.content
            }
            elements[index] = .paragraph(paragraph)
        }
    }
}
