import MarkdownSupport

// GFM tables: a tinted header row repeated on every page, hairlines between rows, columns sized
// from their content as the PDF sizes them; and the borderless layout tables around columns.
extension BodyWriter {
    func table(_ table: MarkdownTable, _ context: Context) {
        let columns = table.alignments.count
        guard columns > 0 else { return }
        let padX = Units.twips(size * 0.5), padY = Units.twips(size * 0.3)
        let rows = [table.header] + table.rows
        let widths = columnWidths(rows, columns: columns, available: context.width - columns * 2 * padX).map { $0 + 2 * padX }
        let tableWidth = widths.reduce(0, +)

        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(tableWidth)\" w:type=\"dxa\"/>"
        if context.indent > 0 { xml += "<w:tblInd w:w=\"\(context.indent)\" w:type=\"dxa\"/>" }
        xml += "<w:tblBorders>"
        xml += "<w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>"
        xml += Self.tableBorder("bottom", style.ruleColor, 0.4) + "<w:right w:val=\"nil\"/>"
        xml += Self.tableBorder("insideH", style.ruleColor, 0.4) + "<w:insideV w:val=\"nil\"/>"
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:top w:w=\"\(padY)\" w:type=\"dxa\"/><w:left w:w=\"\(padX)\" w:type=\"dxa\"/>"
        xml += "<w:bottom w:w=\"\(padY)\" w:type=\"dxa\"/><w:right w:w=\"\(padX)\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (rowIndex, row) in rows.enumerated() {
            let isHeader = rowIndex == 0
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (isHeader ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for column in 0..<columns {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/>"
                if isHeader {
                    xml += "<w:tcBorders>" + Self.tableBorder("bottom", style.accentColor, 0.9) + "</w:tcBorders>"
                    xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(style.accentColor.tinted(0.9))\"/>"
                }
                xml += "</w:tcPr>"
                var format = baseFormat(context, size: size * 0.95)
                format.bold = isHeader
                var paragraph = Paragraph(style: "TableText", content: column < row.cells.count ? runs(row.cells[column], format) : "")
                paragraph.alignment = switch table.alignments[column] {
                case .center: "center"
                case .right: "right"
                case .left, .none: nil
                }
                xml += paragraph.xml + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        requestSpace(blockSpacing)
        emitTable(xml, context)
    }

    static func tableBorder(_ side: String, _ color: DOCXColor, _ width: Double) -> String {
        "<w:\(side) w:val=\"single\" w:sz=\"\(Units.eighths(width))\" w:space=\"0\" w:color=\"\(color)\"/>"
    }

    /// Content widths of the columns in twips (padding excluded), estimated from character counts:
    /// natural widths when they fit, else each column keeps its longest word and the rest of the
    /// room goes where text is longest.
    private func columnWidths(_ rows: [MarkdownTable.Row], columns: Int, available: Int) -> [Int] {
        // A generous average character of a sans-serif face at 0.95 × size (DejaVu Sans is wide);
        // bold header text a tenth wider. Too wide costs a little room, too narrow breaks words.
        let character = size * 0.95 * 0.6 * 20
        var natural = [Double](repeating: character, count: columns)
        var minimum = [Double](repeating: character, count: columns)
        let available = Double(max(available, columns * 200))
        for (rowIndex, row) in rows.enumerated() {
            let widen = rowIndex == 0 ? 1.1 : 1.0
            for (column, cell) in row.cells.prefix(columns).enumerated() {
                let text = MarkdownInline.plainText(of: cell)
                natural[column] = max(natural[column], Double(text.count) * character * widen)
                let longest = text.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0
                minimum[column] = max(minimum[column], min(Double(longest) * character * widen, available / Double(columns) * 1.5))
            }
        }
        let naturalTotal = natural.reduce(0, +), minimumTotal = minimum.reduce(0, +)
        let widths: [Double]
        if naturalTotal <= available {
            widths = natural
        } else if minimumTotal >= available {
            widths = minimum.map { $0 * available / minimumTotal }
        } else {
            let flexible = naturalTotal - minimumTotal
            widths = zip(minimum, natural).map { low, high in low + (high - low) * (available - minimumTotal) / flexible }
        }
        return widths.map { Int($0.rounded(.up)) }
    }

    /// A borderless table of one row whose cells hold already written elements: the columns
    /// layout and a masthead beside its photo. `widths` are the cells' outer widths in twips;
    /// `gap` separates neighbouring cells.
    func layoutTable(cells: [(elements: [Element], width: Int)], gap: Int, indent: Int) -> String {
        let total = cells.map(\.width).reduce(0, +)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/>"
        if indent > 0 { xml += "<w:tblInd w:w=\"\(indent)\" w:type=\"dxa\"/>" }
        xml += "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>"
        xml += "<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>"
        xml += "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + cells.map { "<w:gridCol w:w=\"\($0.width)\"/>" }.joined() + "</w:tblGrid><w:tr>"
        for (index, cell) in cells.enumerated() {
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(cell.width)\" w:type=\"dxa\"/>"
            let left = index == 0 ? 0 : gap / 2, right = index == cells.count - 1 ? 0 : gap - gap / 2
            xml += "<w:tcMar><w:left w:w=\"\(left)\" w:type=\"dxa\"/><w:right w:w=\"\(right)\" w:type=\"dxa\"/></w:tcMar>"
            var elements = cell.elements
            // LibreOffice moves a whole table to the next page when a cell starts with a paragraph
            // kept with the next one (a heading), leaving the page before it blank.
            if case .paragraph(var first)? = elements.first {
                first.keepNext = false
                elements[0] = .paragraph(first)
            }
            xml += "</w:tcPr>" + Self.xml(elements, endWithParagraph: true) + "</w:tc>"
        }
        return xml + "</w:tr></w:tbl>"
    }
}
