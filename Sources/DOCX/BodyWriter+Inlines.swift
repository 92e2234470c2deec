import MarkdownSupport

// Inlines -> runs: emphasis, code, links (real `w:hyperlink`s), footnote marks, and the inline
// layout tags (`<small>`, `<span class="muted">`, `<a href>`, `<br>`), as the PDF styles them.
extension BodyWriter {
    /// The runs for `inlines`, each starting from `format`; empty when there is no text at all.
    func runs(_ inlines: [MarkdownInline], _ format: RunFormat) -> String {
        var open: [LayoutTag] = []
        var out = ""
        append(inlines, format, open: &open, wrapLinks: true, to: &out)
        return out
    }

    private func append(_ inlines: [MarkdownInline], _ format: RunFormat, open: inout [LayoutTag], wrapLinks: Bool, to out: inout String) {
        func text(_ text: String, _ format: RunFormat) {
            guard !text.isEmpty else { return }
            let effective = self.effective(format, open)
            let runs = effective.runs(text, monoFont: style.monoFont)
            out += wrapLinks && effective.link != nil ? hyperlink(effective.link!, runs) : runs
        }
        for inline in inlines {
            switch inline {
            case .text(let string):
                text(string, format)
            case .softBreak:
                text(" ", format)
            case .lineBreak:
                text("\n", format)
            case .code(let code):
                var inner = format
                inner.characterStyle = inner.link == nil ? "InlineCode" : inner.characterStyle
                inner.monospace = true
                inner.scale *= 0.92
                text(code, inner)
            case .emphasis(let children):
                var inner = format
                inner.italic = true
                append(children, inner, open: &open, wrapLinks: wrapLinks, to: &out)
            case .strong(let children):
                var inner = format
                inner.bold = !format.notBold
                append(children, inner, open: &open, wrapLinks: wrapLinks, to: &out)
            case .strikethrough(let children):
                var inner = format
                inner.strikethrough = true
                append(children, inner, open: &open, wrapLinks: wrapLinks, to: &out)
            case .link(let url, _, let children):
                guard let target = linkTarget(url), wrapLinks else {
                    append(children, format, open: &open, wrapLinks: wrapLinks, to: &out)
                    continue
                }
                var inner = format
                inner.link = target
                inner.characterStyle = "Hyperlink"
                inner.color = nil
                var runs = ""
                append(children, inner, open: &open, wrapLinks: false, to: &runs)
                if !runs.isEmpty { out += hyperlink(target, runs) }
            case .image(_, _, let alt):
                // An image inside running text: its alt text stands in for it, as in the PDF.
                append(alt, format, open: &open, wrapLinks: wrapLinks, to: &out)
            case .html(let html):
                for token in LayoutTag.tokens(in: html) {
                    switch token {
                    case .text(let string):
                        text(string, format)
                    case .tag(let tag) where tag.name == "br":
                        text("\n", format)
                    case .tag(let tag) where tag.isClosing:
                        if let index = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(index...) }
                    case .tag(let tag):
                        if tag.opensElement { open.append(tag) }
                    }
                }
            case .footnoteReference(let label):
                var mark = format
                mark.superscript = true
                text(label, mark)
            }
        }
    }

    /// `format` with the open inline tags' effects on top.
    private func effective(_ format: RunFormat, _ open: [LayoutTag]) -> RunFormat {
        var format = format
        for tag in open {
            switch tag.name {
            case "strong": format.bold = true
            case "em": format.italic = true
            case "small":
                format.scale *= 0.85
                if format.link == nil { format.color = style.mutedColor }
            case "a":
                if format.link == nil, let target = tag.href.flatMap(linkTarget) {
                    format.link = target
                    format.characterStyle = "Hyperlink"
                    format.color = nil
                }
            default:
                if tag.hasClass("muted") || tag.hasClass("dates") || tag.hasClass("location"), format.link == nil {
                    format.color = style.mutedColor
                }
            }
        }
        return format
    }

    /// Runs inside a `w:hyperlink`: external URLs through a relationship, `#id` to a heading's bookmark.
    func hyperlink(_ target: String, _ runs: String) -> String {
        if target.hasPrefix("#") {
            guard let name = bookmarks[String(target.dropFirst())] else { return runs }
            return "<w:hyperlink w:anchor=\"\(XMLText.attribute(name))\" w:history=\"1\">\(runs)</w:hyperlink>"
        }
        return "<w:hyperlink r:id=\"\(relationships.hyperlink(target))\" w:history=\"1\">\(runs)</w:hyperlink>"
    }

    /// A URL a link may point at: web, mail and phone links, and `#id`s of headings in the
    /// document. Relative paths mean nothing once the file leaves the build; scripts are refused.
    func linkTarget(_ url: String) -> String? {
        let trimmed = url.trimmedSpaces
        if trimmed.hasPrefix("#") { return bookmarks[String(trimmed.dropFirst())] != nil ? trimmed : nil }
        guard let colon = trimmed.firstIndex(of: ":"), !trimmed.contains(where: { $0.isWhitespace }) else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        return ["http", "https", "mailto", "tel"].contains(scheme) ? XMLText.clean(trimmed) : nil
    }

    /// Splits a heading's inlines at a top-level `<span class="dates">…</span>`: the title and the
    /// dates (nil when there are none).
    static func splitDates(_ inlines: [MarkdownInline]) -> (title: [MarkdownInline], dates: [MarkdownInline]?) {
        func tag(_ inline: MarkdownInline) -> LayoutTag? {
            if case .html(let html) = inline { LayoutTag.tag(of: html) } else { nil }
        }
        guard let open = inlines.firstIndex(where: { tag($0).map { !$0.isClosing && $0.name == "span" && $0.hasClass("dates") } ?? false })
        else { return (inlines, nil) }
        var depth = 0
        var close = inlines.endIndex
        for index in inlines.index(after: open)..<inlines.endIndex {
            guard let tag = tag(inlines[index]), tag.name == "span", !tag.isSelfClosing else { continue }
            if !tag.isClosing {
                depth += 1
            } else if depth == 0 {
                close = index
                break
            } else {
                depth -= 1
            }
        }
        let dates = Array(inlines[inlines.index(after: open)..<close])
        let after = close < inlines.endIndex ? Array(inlines[inlines.index(after: close)...]) : []
        return (trimmedEnd(Array(inlines[..<open])) + after, dates)
    }

    /// The inlines without trailing spaces on their last text (the space before the dates span).
    private static func trimmedEnd(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        guard case .text(let text)? = inlines.last else { return inlines }
        var trimmed = text
        while trimmed.last == " " { trimmed.removeLast() }
        return inlines.dropLast() + (trimmed.isEmpty ? [] : [.text(trimmed)])
    }
}
