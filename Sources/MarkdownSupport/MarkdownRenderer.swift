/// Writes a `MarkdownDocument` back as normalised CommonMark/GFM, for the `.md` outputs.
///
/// The same tree always gives the same text: ATX headings, `-` bullets, `1.` numbering,
/// fenced code, piped tables, `*`/`**` emphasis, inline links, one blank line between blocks.
/// Text is escaped only where Markdown would read it as syntax, so parsing the output gives the
/// tree back. Known exceptions, all rare in practice: line breaks inside a heading become spaces;
/// an ordered list starting above 1 directly under a paragraph in a tight list item merges into
/// that paragraph; and some runs of emphasis packed against each other and against letters
/// (`__*x*__*y*z`) cannot be written without raw HTML and come back regrouped.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The document as Markdown text ending with a newline (empty for an empty document).
    public func render(_ document: MarkdownDocument) -> String {
        let lines = Self.lines(for: document.blocks, tight: false)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// A run of inlines as one paragraph's Markdown, without a trailing newline.
    public func render(_ inlines: [MarkdownInline]) -> String {
        InlineWriter.render(inlines, mode: .paragraph)
    }

    static func lines(for blocks: [MarkdownBlock], tight: Bool) -> [String] {
        var lines: [String] = []
        // Two lists in a row stay two lists only if their markers differ, so markers alternate.
        var previousListMarker: String?
        for (index, block) in blocks.enumerated() {
            if index > 0, !tight { lines.append("") }
            if case .list(let list) = block.kind {
                let marker = Self.marker(for: list.style, after: previousListMarker)
                lines += Self.lines(for: list, marker: marker)
                previousListMarker = marker
            } else {
                lines += Self.lines(for: block)
                previousListMarker = nil
            }
        }
        return lines
    }

    static func lines(for block: MarkdownBlock) -> [String] {
        switch block.kind {
        case .paragraph(let inlines):
            return InlineWriter.render(inlines, mode: .paragraph).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .heading(let level, let inlines):
            let content = protectClosingHashes(InlineWriter.render(inlines, mode: .heading))
            let hashes = String(repeating: "#", count: min(max(level, 1), 6))
            return [content.isEmpty ? hashes : hashes + " " + content]
        case .blockQuote(let blocks):
            let body = lines(for: blocks, tight: false).map { $0.isEmpty ? ">" : "> " + $0 }
            return body.isEmpty ? [">"] : body
        case .list(let list):
            return lines(for: list, marker: marker(for: list.style, after: nil))
        case .codeBlock(let info, let literal):
            return codeLines(info: info, literal: literal)
        case .htmlBlock(let html):
            let body = html.hasSuffix("\n") ? String(html.dropLast()) : html
            return body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .thematicBreak:
            return ["***"]
        case .table(let table):
            return tableLines(table)
        case .footnoteDefinition(let label, let blocks):
            let body = lines(for: blocks, tight: false)
            guard let first = body.first else { return ["[^\(label)]:"] }
            return ["[^\(label)]: " + first] + body.dropFirst().map { $0.isEmpty ? "" : "    " + $0 }
        }
    }

    /// `-` or `1.` normally; `*` or `1)` when the list before used the usual marker.
    static func marker(for style: MarkdownList.Style, after previous: String?) -> String {
        switch style {
        case .bullet: return previous == "-" ? "*" : "-"
        case .ordered: return previous == "." ? ")" : "."
        }
    }

    static func lines(for list: MarkdownList, marker: String) -> [String] {
        var lines: [String] = []
        var number: Int
        if case .ordered(let start) = list.style { number = start } else { number = 0 }
        for (index, item) in list.items.enumerated() {
            if index > 0, !list.isTight { lines.append("") }
            let bullet: String
            if case .ordered = list.style {
                bullet = "\(number)\(marker)"
                number += 1
            } else {
                bullet = marker
            }
            var body = Self.lines(for: item.blocks, tight: list.isTight)
            if let first = body.first {
                // `* ***` would read as one thematic break, so a rule opening a `*` item is `___`.
                if first == "***", bullet == "*" { body[0] = "___" }
                if let task = item.task, case .paragraph = item.blocks.first?.kind {
                    body[0] = (task == .checked ? "[x] " : "[ ] ") + body[0]
                }
            }
            guard let first = body.first else {
                // An empty task item needs the space after `]` to stay a task item.
                lines.append(item.task.map { bullet + ($0 == .checked ? " [x] " : " [ ] ") } ?? bullet)
                continue
            }
            let indent = String(repeating: " ", count: bullet.count + 1)
            lines.append(bullet + " " + first)
            lines += body.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
        }
        return lines
    }

    static func codeLines(info: String, literal: String) -> [String] {
        // Backticks unless the info string has one (which a backtick fence cannot hold); the
        // fence is longer than any run of its character inside, so nothing inside can close it.
        let fenceCharacter: Character = info.contains("`") ? "~" : "`"
        var longestRun = 0
        var run = 0
        for character in literal {
            run = character == fenceCharacter ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: fenceCharacter, count: max(3, longestRun + 1))
        let body = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
        let bodyLines = literal.isEmpty ? [] : body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return [info.isEmpty ? fence : fence + info] + bodyLines + [fence]
    }

    static func tableLines(_ table: MarkdownTable) -> [String] {
        func row(_ cells: [String]) -> String {
            "| " + cells.joined(separator: " | ") + " |"
        }
        let header = table.header.cells.map { InlineWriter.render($0, mode: .tableCell) }
        let delimiters = table.alignments.map { alignment in
            switch alignment {
            case .none: "---"
            case .left: ":--"
            case .center: ":-:"
            case .right: "--:"
            }
        }
        var lines = [row(header), row(delimiters)]
        for body in table.rows {
            lines.append(row(body.cells.map { InlineWriter.render($0, mode: .tableCell) }))
        }
        return lines
    }

    /// A heading's trailing `#`s after a space would be read as a closing sequence; `\#` keeps them.
    static func protectClosingHashes(_ content: String) -> String {
        guard content.hasSuffix("#") else { return content }
        let body = content.reversed().drop(while: { $0 == "#" })
        guard body.isEmpty || body.first == " " || body.first == "\t" else { return content }
        let hashes = content.count - body.count
        return String(content.dropLast(hashes)) + "\\" + String(repeating: "#", count: hashes)
    }
}
