import Testing
import Core
import MarkdownSupport

@Test func blocksRecordTheirLinesAndColumns() {
    let document = CommonMarkConverter.parse("# Title\n\nSome text\nover two lines.\n\n- item\n", file: "personas/ada.md")
    #expect(document.blocks.count == 3)
    #expect(document.blocks[0].range == SourceRange(file: "personas/ada.md", startLine: 1, startColumn: 1, endLine: 1, endColumn: 7))
    #expect(document.blocks[1].range == SourceRange(file: "personas/ada.md", startLine: 3, startColumn: 1, endLine: 4, endColumn: 15))
    #expect(document.blocks[2].range.startLine == 6)
}

@Test func lineOffsetShiftsEveryBlockBelowFrontMatter() {
    let document = CommonMarkConverter.parse("# Title\n\ntext\n", file: "cv.md", lineOffset: 4)
    #expect(document.blocks.map(\.range.startLine) == [5, 7])
    #expect(document.blocks[1].range.start == Core.SourceLocation(file: "cv.md", line: 7, column: 1))
}

@Test func nestedBlocksPointIntoTheirContainer() {
    let document = CommonMarkConverter.parse("> quoted\n>\n> - item\n", file: "a.md")
    guard case .blockQuote(let inner) = document.blocks[0].kind else {
        Issue.record("expected a block quote")
        return
    }
    #expect(inner[0].range.start == Core.SourceLocation(file: "a.md", line: 1, column: 3))
    #expect(inner[1].range.start == Core.SourceLocation(file: "a.md", line: 3, column: 3))
}

@Test func columnsCountCharactersNotBytes() {
    // "é" and "ü" are two bytes each in UTF-8; a caret must still land under the `*`.
    let document = CommonMarkConverter.parse("- é\n- ü *x*\n\n> ü\n", file: "a.md")
    guard case .blockQuote(let inner) = document.blocks[1].kind else {
        Issue.record("expected a block quote")
        return
    }
    #expect(inner[0].range.startColumn == 3)
    #expect(inner[0].range.endColumn == 3)  // cmark says 4: the last byte of "ü"
    guard case .list(let list) = document.blocks[0].kind else {
        Issue.record("expected a list")
        return
    }
    #expect(list.items[1].blocks[0].range.endColumn == 7)
}

@Test func asciiLinesOfADocumentThatIsNotAllASCIIKeepTheirColumns() {
    // One non-ASCII line makes the document need a line table; the ASCII lines around it (and a
    // block ending at a line's last byte) must come out as cmark counts them.
    let document = CommonMarkConverter.parse("- plain text\n- Müller\n- more text here\n\n# Café · 2024\n", file: "a.md")
    guard case .list(let list) = document.blocks[0].kind else {
        Issue.record("expected a list")
        return
    }
    #expect(list.items.map { $0.blocks[0].range } == [
        SourceRange(file: "a.md", startLine: 1, startColumn: 3, endLine: 1, endColumn: 12),
        SourceRange(file: "a.md", startLine: 2, startColumn: 3, endLine: 2, endColumn: 8),
        SourceRange(file: "a.md", startLine: 3, startColumn: 3, endLine: 3, endColumn: 16),
    ])
    #expect(document.blocks[1].range == SourceRange(file: "a.md", startLine: 5, startColumn: 1, endLine: 5, endColumn: 13))
}

@Test func tableRowsKnowTheirLines() {
    let document = CommonMarkConverter.parse("| a |\n|---|\n| b |\n| c |\n", file: "t.md", lineOffset: 10)
    guard case .table(let table) = document.blocks[0].kind else {
        Issue.record("expected a table")
        return
    }
    #expect(table.header.range.startLine == 11)
    #expect(table.rows.map(\.range.startLine) == [13, 14])
}
