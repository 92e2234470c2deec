// Plain text is what a reader sees with every mark-up stripped: titles, search indexes and
// summaries use it. Raw HTML contributes nothing, since it is mark-up rather than text; line
// breaks inside a paragraph become spaces (soft) or newlines (hard); blocks are separated by
// one newline and table cells by a tab.

extension MarkdownDocument {
    /// The document's text without mark-up, blocks separated by newlines.
    public var plainText: String { MarkdownBlock.plainText(of: blocks) }
}

extension MarkdownBlock {
    /// The block's text without mark-up.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    /// The text of several blocks, separated by newlines.
    public static func plainText(of blocks: [MarkdownBlock]) -> String {
        var out = ""
        append(blocks, to: &out)
        return out
    }

    static func append(_ blocks: [MarkdownBlock], to out: inout String) {
        var wroteText = false
        for block in blocks {
            let before = out.utf8.count
            if wroteText { out.append("\n") }
            let afterSeparator = out.utf8.count
            block.appendPlainText(to: &out)
            if out.utf8.count > afterSeparator {
                wroteText = true
            } else if afterSeparator > before {
                // Blocks without text (rules, raw HTML) leave no blank line behind.
                out.removeLast()
            }
        }
    }

    func appendPlainText(to out: inout String) {
        switch kind {
        case .paragraph(let inlines), .heading(_, let inlines):
            MarkdownInline.append(inlines, to: &out)
        case .blockQuote(let blocks), .footnoteDefinition(_, let blocks):
            Self.append(blocks, to: &out)
        case .list(let list):
            Self.append(list.items.flatMap(\.blocks), to: &out)
        case .codeBlock(_, let literal):
            out.append(literal.hasSuffix("\n") ? String(literal.dropLast()) : literal)
        case .htmlBlock, .thematicBreak:
            break
        case .table(let table):
            for (index, row) in ([table.header] + table.rows).enumerated() {
                if index > 0 { out.append("\n") }
                for (column, cell) in row.cells.enumerated() {
                    if column > 0 { out.append("\t") }
                    MarkdownInline.append(cell, to: &out)
                }
            }
        }
    }
}

extension MarkdownInline {
    /// The inline's text without mark-up.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    /// The text of a run of inlines, such as a heading's content.
    public static func plainText(of inlines: [MarkdownInline]) -> String {
        var out = ""
        append(inlines, to: &out)
        return out
    }

    static func append(_ inlines: [MarkdownInline], to out: inout String) {
        for inline in inlines { inline.appendPlainText(to: &out) }
    }

    func appendPlainText(to out: inout String) {
        switch self {
        case .text(let text), .code(let text): out.append(text)
        case .softBreak: out.append(" ")
        case .lineBreak: out.append("\n")
        case .emphasis(let children), .strong(let children), .strikethrough(let children),
             .link(_, _, let children), .image(_, _, let children):
            Self.append(children, to: &out)
        case .html, .footnoteReference: break
        }
    }
}
