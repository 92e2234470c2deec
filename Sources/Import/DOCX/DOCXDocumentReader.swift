import Foundation

/// `word/document.xml` (or a header) -> lines with style hints: one line per paragraph (and per
/// line break in it), tabs splitting cells, runs' bold and italic kept per cell, heading and list
/// styles, hyperlink targets. Tables are read row by row, except rows whose cells hold whole
/// columns of text (a sidebar laid out with a table), which are read one cell after the other,
/// each cell a region of its own. Text boxes are read where they are anchored.
final class DOCXDocumentReader: XMLReader.Handler {
    let styles: DOCXStyles
    let relationships: [String: String]
    private(set) var lines: [StyledLine] = []

    init(styles: DOCXStyles, relationships: [String: String]) {
        self.styles = styles
        self.relationships = relationships
    }

    /// The lines of a document part; `problem` says why the XML could not be read to its end.
    static func read(_ bytes: [UInt8], styles: DOCXStyles, relationships: [String: String]) -> (lines: [StyledLine], problem: String?) {
        var reader = DOCXDocumentReader(styles: styles, relationships: relationships)
        do throws(XMLReader.Problem) {
            try XMLReader.read(bytes, into: &reader)
        } catch {
            return (reader.lines, error.description)
        }
        return (reader.lines, nil)
    }

    // MARK: - State

    struct Run {
        var text = ""
        var bold: Bool?
        var italic: Bool?
        var caps: Bool?
        var halfPoints: Int?
    }

    struct Paragraph {
        var style: String?
        /// nil when the paragraph does not say; then its style decides.
        var numbered: Bool?
        var outlineLevel: Int?
        /// Cells of the current visual line; a `w:br` starts a new line.
        var lines: [[StyledLine.Cell]] = [[]]
        var sizes: [Int: Int] = [:]
        var links: [String] = []
        var hasText = false
    }

    struct Table {
        var rows: [[[StyledLine]]] = []
        var currentRow: [[StyledLine]] = []
        var currentCell: [StyledLine] = []
    }

    var paragraphs: [Paragraph] = []
    var run: Run?
    var runStyle: String?
    var inText = false
    var inParagraphProperties = false
    var inRunProperties = false
    var skipDepth = 0
    var tables: [Table] = []
    var nextRegion = 1

    // MARK: - Parsing

    func start(_ element: String, attributes: [String: String]) {
        if skipDepth > 0 || element == "Fallback" || element == "instrText" || element == "delText" {
            skipDepth += 1
            return
        }
        let value = DOCXAttributes.value(attributes, "val")
        switch element {
        case "p":
            paragraphs.append(Paragraph())
        case "pPr": inParagraphProperties = true
        case "pStyle" where inParagraphProperties: if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].style = value }
        case "numId" where inParagraphProperties:
            // A numbering reference of 0 switches off the style's list.
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numbered = value != nil && value != "0" }
        case "outlineLvl" where inParagraphProperties: if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].outlineLevel = value.flatMap(Int.init) }
        case "r": run = Run()
        case "rPr" where run != nil: inRunProperties = true
        case "rStyle" where inRunProperties: runStyle = value
        case "b" where inRunProperties: run?.bold = DOCXAttributes.isOn(value)
        case "i" where inRunProperties: run?.italic = DOCXAttributes.isOn(value)
        case "caps" where inRunProperties: run?.caps = DOCXAttributes.isOn(value)
        case "sz" where inRunProperties: run?.halfPoints = value.flatMap(Int.init)
        case "t": inText = true
        case "tab" where run != nil && !inParagraphProperties:
            flushRun()
            startCell()
        case "br", "cr":
            if DOCXAttributes.value(attributes, "type") == "page" { break }
            flushRun()
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].lines.append([]) }
        case "noBreakHyphen": run?.text += "-"
        case "hyperlink":
            if let id = DOCXAttributes.value(attributes, "id"), let target = relationships[id], !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1].links.append(target)
            }
        case "tbl": tables.append(Table())
        case "tr": if !tables.isEmpty { tables[tables.count - 1].currentRow = [] }
        case "tc": if !tables.isEmpty { tables[tables.count - 1].currentCell = [] }
        default: break
        }
    }

    func end(_ element: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch element {
        case "p":
            flushRun()
            if let paragraph = paragraphs.popLast() { emit(paragraph) }
        case "pPr": inParagraphProperties = false
        case "rPr": inRunProperties = false
        case "r":
            flushRun()
            run = nil
            runStyle = nil
        case "t": inText = false
        case "tc":
            if !tables.isEmpty { tables[tables.count - 1].currentRow.append(tables[tables.count - 1].currentCell) }
        case "tr":
            if !tables.isEmpty { tables[tables.count - 1].rows.append(tables[tables.count - 1].currentRow) }
        case "tbl":
            if let table = tables.popLast() { output(lines(of: table)) }
        default: break
        }
    }

    func text(_ string: String) {
        if inText, skipDepth == 0 { run?.text += string }
    }

    // MARK: - Building lines

    func startCell() {
        guard !paragraphs.isEmpty else { return }
        let last = paragraphs.count - 1
        if !(paragraphs[last].lines[paragraphs[last].lines.count - 1].isEmpty) {
            paragraphs[last].lines[paragraphs[last].lines.count - 1].append(StyledLine.Cell(text: "", bold: false))
        }
    }

    /// Adds the run's text to the paragraph's current cell, with its effective emphasis.
    func flushRun() {
        guard var current = run, !current.text.isEmpty, !paragraphs.isEmpty else { return }
        let last = paragraphs.count - 1
        let style = paragraphs[last].style ?? styles.defaultParagraphStyle
        let bold = current.bold ?? styles.resolve(runStyle, \.bold) ?? styles.resolve(style, \.bold) ?? false
        let italic = current.italic ?? styles.resolve(runStyle, \.italic) ?? styles.resolve(style, \.italic) ?? false
        let caps = current.caps ?? styles.resolve(style, \.caps) ?? false
        let size = current.halfPoints ?? styles.resolve(style, \.halfPoints) ?? styles.defaultHalfPoints
        if caps { current.text = current.text.uppercased() }
        var cells = paragraphs[last].lines[paragraphs[last].lines.count - 1]
        if cells.isEmpty { cells.append(StyledLine.Cell(text: "", bold: bold, italic: italic)) }
        var cell = cells[cells.count - 1]
        if cell.text.isEmpty {
            cell.bold = bold
            cell.italic = italic
        } else if cell.bold != bold || cell.italic != italic {
            // Mixed emphasis: the cell is bold when most of it is.
            let boldShare = cell.bold ? cell.text.count : 0
            cell.bold = boldShare + (bold ? current.text.count : 0) > (cell.text.count + current.text.count) / 2
            cell.italic = cell.italic && italic
        }
        cell.text += current.text
        cells[cells.count - 1] = cell
        paragraphs[last].lines[paragraphs[last].lines.count - 1] = cells
        paragraphs[last].sizes[size, default: 0] += current.text.count
        paragraphs[last].hasText = true
        run?.text = ""
    }

    func emit(_ paragraph: Paragraph) {
        guard paragraph.hasText else { return }
        let style = paragraph.style ?? styles.defaultParagraphStyle
        let halfPoints = paragraph.sizes.max { a, b in a.value == b.value ? a.key < b.key : a.value < b.value }?.key ?? styles.defaultHalfPoints
        let heading = paragraph.outlineLevel.map { $0 + 1 } ?? styles.headingLevel(style)
        var produced: [StyledLine] = []
        for (index, cells) in paragraph.lines.enumerated() {
            let kept = cells.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
            guard !kept.isEmpty else { continue }
            var line = StyledLine(cells: kept, fontSize: Double(halfPoints) / 2, headingLevel: heading.flatMap { $0 <= 9 ? $0 : nil })
            line.isBullet = index == 0 && heading == nil && (paragraph.numbered ?? styles.isList(style))
            line.isTitle = styles.isTitle(style)
            line.gapBefore = index == 0
            line.links = paragraph.links
            produced.append(line)
        }
        output(produced)
    }

    /// Lines go into the innermost open table cell, or the document.
    func output(_ produced: [StyledLine]) {
        if tables.isEmpty { lines += produced } else { tables[tables.count - 1].currentCell += produced }
    }

    /// Rows of short cells read across; a row whose cells are columns of text (two or more
    /// cells of several paragraphs: a sidebar beside the main text) reads cell by cell, each cell
    /// a region. A row with a date beside an entry reads the date, then the entry.
    func lines(of table: Table) -> [StyledLine] {
        var result: [StyledLine] = []
        for row in table.rows {
            let filled = row.filter { !$0.isEmpty }
            if filled.filter({ $0.count > 3 }).count >= 2 {
                for cell in filled {
                    let region = nextRegion
                    nextRegion += 1
                    result += cell.map { line in
                        var line = line
                        line.region = region
                        return line
                    }
                }
            } else if filled.count >= 2, filled.allSatisfy({ $0.count == 1 }), filled.allSatisfy({ !$0[0].isBullet && $0[0].headingLevel == nil }) {
                var line = filled[0][0]
                line.cells = filled.flatMap { $0[0].cells }
                line.links = filled.flatMap { $0[0].links }
                result.append(line)
            } else {
                result += filled.flatMap { $0 }
            }
        }
        return result
    }
}
