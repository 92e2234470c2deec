import MarkdownSupport

/// Turns Markdown inlines into styled text: emphasis, code, links, and the inline layout tags.
struct InlineStyler {
    var accent: PDFColor
    var muted: PDFColor
    var underlinesLinks: Bool

    /// The styled text of `inlines`, each run starting from `base`.
    func text(_ inlines: [MarkdownInline], base: TextStyle = TextStyle()) -> StyledText {
        var state = State()
        var out = StyledText()
        append(inlines, style: base, state: &state, to: &out)
        return out
    }

    /// Splits a heading's inlines at a `<span class="dates">…</span>` written at its top level:
    /// the title, and the dates (nil when there are none).
    func splitDates(_ inlines: [MarkdownInline]) -> (title: [MarkdownInline], dates: [MarkdownInline]?) {
        guard let open = inlines.firstIndex(where: { Self.tag(of: $0).map { !$0.isClosing && $0.name == "span" && $0.hasClass("dates") } ?? false })
        else { return (inlines, nil) }
        var depth = 0
        var close = inlines.endIndex
        for index in inlines.index(after: open)..<inlines.endIndex {
            guard let tag = Self.tag(of: inlines[index]), tag.name == "span", !tag.isSelfClosing else { continue }
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
        return (Array(inlines[..<open]) + after, dates)
    }

    /// The only image(s) of a paragraph that holds nothing else, or nil.
    static func images(in inlines: [MarkdownInline]) -> [(url: String, alt: String)]? {
        var images: [(url: String, alt: String)] = []
        for inline in inlines {
            switch inline {
            case .image(let url, _, let alt): images.append((url, MarkdownInline.plainText(of: alt)))
            case .softBreak, .lineBreak: continue
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            default: return nil
            }
        }
        return images.isEmpty ? nil : images
    }

    private static func tag(of inline: MarkdownInline) -> LayoutTag? {
        guard case .html(let html) = inline, case .tag(let tag)? = LayoutTag.tokens(in: html).first else { return nil }
        return tag
    }

    /// Open inline tags: they style what follows until they close, across Markdown nesting.
    private struct State {
        var open: [LayoutTag] = []
    }

    private func append(_ inlines: [MarkdownInline], style: TextStyle, state: inout State, to out: inout StyledText) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                out.append(text, style: effective(style, state))
            case .softBreak:
                out.append(" ", style: effective(style, state))
            case .lineBreak:
                out.append("\n", style: effective(style, state))
            case .code(let code):
                var code_ = style
                code_.monospace = true
                code_.scale *= 0.92
                out.append(code, style: effective(code_, state))
            case .emphasis(let children):
                var inner = style
                inner.italic = true
                append(children, style: inner, state: &state, to: &out)
            case .strong(let children):
                var inner = style
                inner.bold = true
                append(children, style: inner, state: &state, to: &out)
            case .strikethrough(let children):
                var inner = style
                inner.strikethrough = true
                append(children, style: inner, state: &state, to: &out)
            case .link(let url, _, let children):
                var inner = style
                if let target = Self.linkTarget(url) {
                    inner.link = target
                    inner.color = accent
                    inner.underline = underlinesLinks
                }
                append(children, style: inner, state: &state, to: &out)
            case .image(_, _, let alt):
                // An image inside running text: its alt text stands in for it.
                append(alt, style: style, state: &state, to: &out)
            case .html(let html):
                for token in LayoutTag.tokens(in: html) {
                    switch token {
                    case .text(let text):
                        out.append(text, style: effective(style, state))
                    case .tag(let tag):
                        apply(tag, state: &state, style: style, to: &out)
                    }
                }
            case .footnoteReference(let label):
                var mark = style
                mark.superscript = true
                mark.scale *= 0.7
                out.append(label, style: effective(mark, state))
            }
        }
    }

    private func apply(_ tag: LayoutTag, state: inout State, style: TextStyle, to out: inout StyledText) {
        if tag.name == "br" {
            out.append("\n", style: effective(style, state))
        } else if tag.isClosing {
            if let index = state.open.lastIndex(where: { $0.name == tag.name }) { state.open.removeSubrange(index...) }
        } else if !tag.isSelfClosing, !LayoutTag.voidElements.contains(tag.name) {
            state.open.append(tag)
        }
    }

    /// `style` with the open tags' effects on top.
    private func effective(_ style: TextStyle, _ state: State) -> TextStyle {
        var style = style
        for tag in state.open {
            switch tag.name {
            case "strong": style.bold = true
            case "em": style.italic = true
            case "small":
                style.scale *= 0.85
                style.color = style.link == nil ? muted : style.color
            case "a":
                if let target = tag.href.flatMap(Self.linkTarget) {
                    style.link = target
                    style.color = accent
                    style.underline = underlinesLinks
                }
            default:
                if tag.hasClass("muted") || tag.hasClass("dates") || tag.hasClass("location") {
                    if style.link == nil { style.color = muted }
                }
            }
        }
        return style
    }

    /// A URL a PDF link may point at: web, mail and phone links, and `#anchors` inside the
    /// document. Relative paths mean nothing once the PDF leaves the build, and scripts are refused.
    static func linkTarget(_ url: String) -> String? {
        let trimmed = url.trimmingSpaces()
        if trimmed.hasPrefix("#") { return trimmed.count > 1 ? trimmed : nil }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        return ["http", "https", "mailto", "tel"].contains(scheme) ? trimmed : nil
    }
}
