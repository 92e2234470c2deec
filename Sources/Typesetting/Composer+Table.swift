import MarkdownSupport

// GFM tables: columns sized from their content, a tinted header row, hairlines between rows.
extension Composer {
    func table(_ table: MarkdownTable, _ context: Context) {
        let columns = table.alignments.count
        guard columns > 0 else { return }
        let padX = size * 0.5, padY = size * 0.3
        let rows = [table.header] + table.rows
        let texts: [[StyledText]] = rows.enumerated().map { rowIndex, row in
            (0..<columns).map { column in
                let text = column < row.cells.count ? styler.text(row.cells[column]).trimmed() : StyledText()
                return rowIndex == 0 ? text.restyled { $0.bold = true } : text
            }
        }
        let font = bodyFont(context, scale: 0.95)
        let widths = columnWidths(texts, font: font, available: context.width - Double(columns) * 2 * padX)

        requestSpace(blockSpacing)
        for (rowIndex, row) in texts.enumerated() {
            var marks: [Mark] = []
            var x = context.left
            var height = 0.0
            for column in 0..<columns {
                let alignment: TextAlignment = switch table.alignments[column] {
                case .center: .center
                case .right: .right
                case .left, .none: .left
                }
                let layout = engine.layout(row[column].isBlank ? StyledText(" ") : row[column], font: font, color: context.color,
                                           width: widths[column], alignment: alignment, lineHeight: style.lineHeight)
                marks.append(.text(layout, x: x + padX, y: padY))
                height = max(height, layout.height)
                x += widths[column] + 2 * padX
            }
            height += 2 * padY
            let tableWidth = x - context.left
            if rowIndex == 0 {
                marks.insert(.box(x: context.left, y: 0, width: tableWidth, height: height, color: style.accentColor.tinted(0.9)), at: 0)
                marks.append(.rule(x: context.left, y: height - 0.9, width: tableWidth, thickness: 0.9, color: style.accentColor))
            } else {
                marks.append(.rule(x: context.left, y: height - 0.4, width: tableWidth, thickness: 0.4, color: style.ruleColor))
            }
            var atom = Atom(height: height, marks: marks)
            // The header row never ends a page; neither does a two-row table split.
            atom.keepWithNext = rowIndex == 0 && rows.count > 1
            emit(atom, context)
        }
        requestSpace(blockSpacing)
    }

    /// Content widths of the columns (padding excluded): natural widths when they fit, else each
    /// column keeps its longest word and the rest of the room goes where text is longest.
    private func columnWidths(_ texts: [[StyledText]], font: FontSpec, available: Double) -> [Double] {
        let columns = texts.first?.count ?? 0
        var natural = [Double](repeating: 1, count: columns)
        var minimum = [Double](repeating: 1, count: columns)
        for row in texts {
            for (column, text) in row.enumerated() where !text.isBlank {
                natural[column] = max(natural[column], engine.layout(text, font: font, color: style.textColor, width: nil).width)
                let longest = text.string.split(whereSeparator: \.isWhitespace).max { $0.count < $1.count } ?? ""
                let bold = text.runs.first?.style.bold ?? false
                let word = engine.layout(StyledText(String(longest), style: TextStyle(bold: bold)), font: font, color: style.textColor, width: nil)
                minimum[column] = max(minimum[column], min(word.width, available / Double(columns) * 1.5))
            }
        }
        let naturalTotal = natural.reduce(0, +), minimumTotal = minimum.reduce(0, +)
        if naturalTotal <= available { return natural }
        if minimumTotal >= available {
            return minimum.map { $0 * available / minimumTotal }
        }
        let flexible = naturalTotal - minimumTotal
        return zip(minimum, natural).map { low, high in low + (high - low) * (available - minimumTotal) / flexible }
    }
}
