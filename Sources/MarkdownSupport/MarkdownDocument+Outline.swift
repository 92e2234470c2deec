// An outline is the tree written one node per line, indented by depth, for tests and debugging.
// Ranges are left out unless asked for, so two parses of equivalent Markdown written
// differently (a round trip through MarkdownRenderer) can be compared for equal structure.

extension MarkdownDocument {
    /// The tree, one node per line; with `ranges`, each block shows its source range.
    public func outline(ranges: Bool = false) -> String {
        var out = "document"
        if ranges { out += " \(range.startLine):\(range.startColumn)-\(range.endLine):\(range.endColumn)" }
        for block in blocks { block.appendOutline(to: &out, depth: 1, ranges: ranges) }
        return out
    }
}

extension MarkdownBlock {
    fileprivate func appendOutline(to out: inout String, depth: Int, ranges: Bool) {
        let indent = String(repeating: "  ", count: depth)
        func line(_ text: String, _ range: SourceRange) {
            out += "\n" + indent + text
            if ranges { out += " \(range.startLine):\(range.startColumn)-\(range.endLine):\(range.endColumn)" }
        }
        switch kind {
        case .paragraph(let inlines):
            line("paragraph", range)
            MarkdownInline.appendOutline(inlines, to: &out, depth: depth + 1)
        case .heading(let level, let inlines):
            line("heading \(level)", range)
            MarkdownInline.appendOutline(inlines, to: &out, depth: depth + 1)
        case .blockQuote(let blocks):
            line("blockQuote", range)
            for block in blocks { block.appendOutline(to: &out, depth: depth + 1, ranges: ranges) }
        case .list(let list):
            switch list.style {
            case .bullet: line("list bullet\(list.isTight ? " tight" : "")", range)
            case .ordered(let start): line("list ordered \(start)\(list.isTight ? " tight" : "")", range)
            }
            for item in list.items {
                out += "\n" + indent + "  item"
                if let task = item.task { out += task == .checked ? " [x]" : " [ ]" }
                if ranges { out += " \(item.range.startLine):\(item.range.startColumn)-\(item.range.endLine):\(item.range.endColumn)" }
                for block in item.blocks { block.appendOutline(to: &out, depth: depth + 2, ranges: ranges) }
            }
        case .codeBlock(let info, let literal):
            line("codeBlock \(quoted(info)) \(quoted(literal))", range)
        case .htmlBlock(let html):
            line("htmlBlock \(quoted(html))", range)
        case .thematicBreak:
            line("thematicBreak", range)
        case .table(let table):
            line("table \(table.alignments.map { "\($0)" }.joined(separator: ","))", range)
            for row in [table.header] + table.rows {
                out += "\n" + indent + "  row"
                for cell in row.cells {
                    out += "\n" + indent + "    cell"
                    MarkdownInline.appendOutline(cell, to: &out, depth: depth + 3)
                }
            }
        case .footnoteDefinition(let label, let blocks):
            line("footnoteDefinition \(quoted(label))", range)
            for block in blocks { block.appendOutline(to: &out, depth: depth + 1, ranges: ranges) }
        }
    }
}

extension MarkdownInline {
    fileprivate static func appendOutline(_ inlines: [MarkdownInline], to out: inout String, depth: Int) {
        let indent = String(repeating: "  ", count: depth)
        for inline in inlines {
            switch inline {
            case .text(let text): out += "\n\(indent)text \(quoted(text))"
            case .softBreak: out += "\n\(indent)softBreak"
            case .lineBreak: out += "\n\(indent)lineBreak"
            case .code(let code): out += "\n\(indent)code \(quoted(code))"
            case .html(let html): out += "\n\(indent)html \(quoted(html))"
            case .footnoteReference(let label): out += "\n\(indent)footnoteReference \(quoted(label))"
            case .emphasis(let children):
                out += "\n\(indent)emphasis"
                appendOutline(children, to: &out, depth: depth + 1)
            case .strong(let children):
                out += "\n\(indent)strong"
                appendOutline(children, to: &out, depth: depth + 1)
            case .strikethrough(let children):
                out += "\n\(indent)strikethrough"
                appendOutline(children, to: &out, depth: depth + 1)
            case .link(let url, let title, let children):
                out += "\n\(indent)link \(quoted(url)) \(quoted(title))"
                appendOutline(children, to: &out, depth: depth + 1)
            case .image(let url, let title, let children):
                out += "\n\(indent)image \(quoted(url)) \(quoted(title))"
                appendOutline(children, to: &out, depth: depth + 1)
            }
        }
    }
}

/// Quotes a string with its newlines and quotes visible, so one node stays on one line.
private func quoted(_ text: String) -> String {
    var out = "\""
    for character in text {
        switch character {
        case "\n": out += "\\n"
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        default: out.append(character)
        }
    }
    return out + "\""
}
