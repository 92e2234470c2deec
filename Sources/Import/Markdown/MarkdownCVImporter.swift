import Core
import MarkdownSupport

/// A Markdown CV (headings and bullets) -> lines with style hints -> CV. The first `#`
/// heading is the title (usually the name); `##` headings name sections; a line that starts
/// in bold ("**Acme** — Engineer") keeps the bold part as its own cell; list items are bullets;
/// table rows are lines of cells; link targets go with their line.
enum MarkdownCVImporter {
    static func read(_ bytes: [UInt8], file: String) -> CVImporter.Imported {
        let (text, encoding) = TextDecoding.decode(bytes)
        let document = CommonMarkConverter.parse(text, file: file)
        var lines: [StyledLine] = []
        var sawTitle = false
        append(document.blocks, to: &lines, inList: false, sawTitle: &sawTitle)
        let output = CVStructurer.structure(lines)
        var imported = CVImporter.Imported(format: .markdown, draft: output.draft)
        imported.notes = output.notes
        if encoding != .utf8 {
            imported.notes.insert(ImportNote(field: "file", "\(file) is not UTF-8; it was read as \(encoding.rawValue)."), at: 0)
        }
        imported.confidence = output.confidence
        imported.judgesConfidence = true
        return imported
    }

    static func append(_ blocks: [MarkdownBlock], to lines: inout [StyledLine], inList: Bool, sawTitle: inout Bool) {
        for block in blocks {
            switch block.kind {
            case .heading(let level, let inlines):
                var line = StyledLine(MarkdownInline.plainText(of: inlines), bold: true, headingLevel: level)
                line.links = links(inlines)
                line.gapBefore = true
                if level == 1, !sawTitle {
                    line.isTitle = true
                    sawTitle = true
                }
                lines.append(line)
            case .paragraph(let inlines):
                for (index, run) in splitLines(inlines).enumerated() {
                    var line = styledLine(run)
                    guard !line.cells.isEmpty else { continue }
                    line.isBullet = inList && index == 0
                    line.gapBefore = index == 0
                    lines.append(line)
                }
            case .list(let list):
                for item in list.items {
                    var itemLines: [StyledLine] = []
                    append(item.blocks, to: &itemLines, inList: true, sawTitle: &sawTitle)
                    // An item's later paragraphs continue its bullet.
                    if var first = itemLines.first {
                        first.isBullet = true
                        var rest: [StyledLine] = []
                        for line in itemLines.dropFirst() {
                            if line.isBullet { rest.append(line) } else if rest.isEmpty {
                                first.cells[first.cells.count - 1].text += " " + line.text
                            } else {
                                rest.append(line)
                            }
                        }
                        lines.append(first)
                        lines += rest
                    }
                }
            case .blockQuote(let inner):
                append(inner, to: &lines, inList: inList, sawTitle: &sawTitle)
            case .table(let table):
                for row in [table.header] + table.rows {
                    let cells = row.cells.map { StyledLine.Cell(text: MarkdownInline.plainText(of: $0), bold: isBold($0)) }
                    var line = StyledLine(cells: cells.filter { !$0.text.isEmpty })
                    line.links = row.cells.flatMap(links)
                    if !line.cells.isEmpty { lines.append(line) }
                }
            case .codeBlock(_, let literal):
                for text in literal.split(separator: "\n") { lines.append(StyledLine(String(text))) }
            case .htmlBlock, .thematicBreak, .footnoteDefinition:
                continue
            }
        }
    }

    /// A paragraph's inlines split at its line breaks.
    static func splitLines(_ inlines: [MarkdownInline]) -> [[MarkdownInline]] {
        var lines: [[MarkdownInline]] = [[]]
        for inline in inlines {
            switch inline {
            case .softBreak, .lineBreak: lines.append([])
            default: lines[lines.count - 1].append(inline)
            }
        }
        return lines.filter { !$0.isEmpty }
    }

    static func styledLine(_ inlines: [MarkdownInline]) -> StyledLine {
        var cells: [StyledLine.Cell] = []
        if case .strong(let strong)? = inlines.first, inlines.count > 1 {
            let rest = MarkdownInline.plainText(of: Array(inlines.dropFirst())).trimmed(.whitespaces)
            cells.append(StyledLine.Cell(text: MarkdownInline.plainText(of: strong), bold: true))
            if !rest.isEmpty { cells.append(StyledLine.Cell(text: rest, bold: false, italic: isItalic(Array(inlines.dropFirst())))) }
        } else {
            cells.append(StyledLine.Cell(text: MarkdownInline.plainText(of: inlines), bold: isBold(inlines), italic: isItalic(inlines)))
        }
        var line = StyledLine(cells: cells.filter { !$0.text.trimmed().isEmpty })
        line.links = links(inlines)
        return line
    }

    static func isBold(_ inlines: [MarkdownInline]) -> Bool {
        let meaningful = inlines.filter { if case .text(let text) = $0 { return !text.trimmed().isEmpty } else { return true } }
        return !meaningful.isEmpty && meaningful.allSatisfy { if case .strong = $0 { return true } else { return false } }
    }

    static func isItalic(_ inlines: [MarkdownInline]) -> Bool {
        let meaningful = inlines.filter { if case .text(let text) = $0 { return !text.trimmed().isEmpty } else { return true } }
        return !meaningful.isEmpty && meaningful.allSatisfy { if case .emphasis = $0 { return true } else { return false } }
    }

    static func links(_ inlines: [MarkdownInline]) -> [String] {
        var found: [String] = []
        for inline in inlines {
            switch inline {
            case .link(let url, _, let children): found.append(url); found += links(children)
            case .emphasis(let children), .strong(let children), .strikethrough(let children): found += links(children)
            default: break
            }
        }
        return found
    }
}
