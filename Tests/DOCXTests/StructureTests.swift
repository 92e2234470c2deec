import DOCX
#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import Testing

/// The Markdown tree becomes Word structure, not just text: styles, numbering, hyperlinks, tables.
@Suite struct StructureTests {
    /// The body's paragraphs that are not inside a table.
    func bodyParagraphs(_ package: DOCXPackage) throws -> [XMLElement] {
        try package.document.rootElement()!.child("w:body")!.children!.compactMap { $0 as? XMLElement }.filter { $0.name == "w:p" }
    }

    @Test func headingsCarryWordsHeadingStylesWithOutlineLevels() throws {
        let (_, package) = try docx("# Name\n\n## Section\n\n### Entry\n\n#### Four\n\n##### Five\n\n###### Six\n\nBody.")
        let styled = try bodyParagraphs(package).map { ($0.paragraphStyle, DOCXPackage.text(of: $0).trimmingCharacters(in: .newlines)) }
        #expect(styled.map(\.0) == ["Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6", ""])
        #expect(styled.map(\.1) == ["Name", "Section", "Entry", "Four", "Five", "Six", "Body."])
        let styles = try package.xml("word/styles.xml").rootElement()!.descendants("w:style")
        for level in 1...6 {
            let style = try #require(styles.first { $0["w:styleId"] == "Heading\(level)" })
            // Word knows its built-in headings by these lower-case names; the outline level drives the navigation pane.
            #expect(style.child("w:name")?["w:val"] == "heading \(level)")
            #expect(style.child("w:pPr")?.child("w:outlineLvl")?["w:val"] == "\(level - 1)")
            #expect(style.child("w:pPr")?.child("w:keepNext") != nil)
        }
    }

    @Test func linksAreHyperlinksWithTheirTargets() throws {
        let markdown = """
        ## Contact

        Mail [me](mailto:jane@example.com), see [the site](https://example.com/a?b=1&c=2), [again](https://example.com/a?b=1&c=2),
        <a href="https://example.org/raw">a raw link</a>, jump to [Contact](#contact), and [a relative path](notes.md).
        """
        let (_, package) = try docx(markdown)
        let relationships = try package.relationships()
        let links = try package.document.rootElement()!.descendants("w:hyperlink")
        let external = links.filter { !$0["r:id"].isEmpty }.map { (DOCXPackage.text(of: $0), relationships[$0["r:id"]]) }
        #expect(external.map(\.0) == ["me", "the site", "again", "a raw link"])
        #expect(external.map { $0.1?.target } == ["mailto:jane@example.com", "https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2", "https://example.org/raw"])
        #expect(external.allSatisfy { $0.1?.type == "hyperlink" && $0.1?.external == true })
        // One relationship per distinct URL.
        #expect(relationships.values.filter { $0.type == "hyperlink" }.count == 3)
        // `#contact` goes to the heading's bookmark.
        let anchorLink = try #require(links.first { !$0["w:anchor"].isEmpty })
        #expect(DOCXPackage.text(of: anchorLink) == "Contact")
        let bookmark = try #require(try package.document.rootElement()!.descendants("w:bookmarkStart").first)
        #expect(bookmark["w:name"] == anchorLink["w:anchor"])
        // A relative path means nothing in a sent file: plain text, as in the PDF.
        #expect(!links.contains { DOCXPackage.text(of: $0) == "a relative path" })
        #expect(try package.documentText().contains("a relative path"))
        // Links look like links: Word's Hyperlink character style.
        #expect(links.allSatisfy { $0.descendants("w:rStyle").first?["w:val"] == "Hyperlink" })
    }

    @Test func nestedListsUseNumberingWithLevelsAndStartNumbers() throws {
        let markdown = """
        - one
          1. one-a
          2. one-b
             - deep
        - two

        7. seven
        8. eight

        1) again from one, a new list as its delimiter changed
        """
        let (_, package) = try docx(markdown)
        let paragraphs = try package.document.rootElement()!.descendants("w:p")
        let numbered = paragraphs.compactMap { paragraph -> (String, Int, Int)? in
            guard let numbering = paragraph.child("w:pPr")?.child("w:numPr") else { return nil }
            let text = DOCXPackage.text(of: paragraph).trimmingCharacters(in: .newlines)
            return (text, Int(numbering.child("w:ilvl")!["w:val"])!, Int(numbering.child("w:numId")!["w:val"])!)
        }
        #expect(numbered.map(\.0) == ["one", "one-a", "one-b", "deep", "two", "seven", "eight", "again from one, a new list as its delimiter changed"])
        #expect(numbered.map(\.1) == [0, 1, 1, 2, 0, 0, 0, 0])
        let bullets = numbered[0].2
        #expect(numbered[3].2 == bullets && numbered[4].2 == bullets)
        // Each ordered list is its own numbering instance, starting where the Markdown starts it.
        let ordered = [numbered[1].2, numbered[5].2, numbered[7].2]
        #expect(Set(ordered).count == 3 && !ordered.contains(bullets))
        let numbering = try package.xml("word/numbering.xml").rootElement()!
        func start(_ id: Int) -> String? {
            numbering.descendants("w:num").first { $0["w:numId"] == "\(id)" }?.descendants("w:startOverride").first?["w:val"]
        }
        #expect(ordered.map(start) == ["1", "7", "1"])
        let abstracts = numbering.descendants("w:abstractNum")
        #expect(abstracts.map { $0.descendants("w:numFmt").first?["w:val"] } == ["bullet", "decimal"])
        #expect(abstracts[1].descendants("w:lvlText").prefix(2).map { $0["w:val"] } == ["%1.", "%2."])
    }

    @Test func taskItemsShowTheirCheckboxes() throws {
        let text = try docx("- [x] done\n- [ ] open").package.documentText()
        #expect(text == "☑\tdone\n☐\topen\n")
    }

    @Test func tablesHaveAHeaderRowCellsAndAlignment() throws {
        let markdown = """
        | Skill | Level | Years |
        |:------|:-----:|------:|
        | Go | Expert | 8 |
        | PostgreSQL | Advanced | 6 |
        | Rust |
        """
        let (_, package) = try docx(markdown)
        let table = try #require(try package.document.rootElement()!.descendants("w:tbl").first)
        let rows = table.descendants("w:tr")
        #expect(rows.count == 4)
        #expect(table.descendants("w:tc").count == 12)
        #expect(table.descendants("w:gridCol").count == 3)
        #expect(rows[0].child("w:trPr")?.child("w:tblHeader") != nil)
        #expect(rows[1].child("w:trPr")?.child("w:tblHeader") == nil)
        #expect(rows.map { DOCXPackage.text(of: $0).split(separator: "\n").map(String.init) }
            == [["Skill", "Level", "Years"], ["Go", "Expert", "8"], ["PostgreSQL", "Advanced", "6"], ["Rust"]])
        let alignments = rows[1].descendants("w:p").map { $0.child("w:pPr")?.child("w:jc")?["w:val"] ?? "" }
        #expect(alignments == ["", "center", "right"])
        #expect(rows[0].descendants("w:b").count == 3)
        // The grid adds up to the table's width, and fits the text width.
        let widths = table.descendants("w:gridCol").map { Int($0["w:w"])! }
        #expect(widths.reduce(0, +) == Int(table.child("w:tblPr")!.child("w:tblW")!["w:w"])!)
        #expect(widths.reduce(0, +) <= Int((DOCXStyle().textWidth * 20).rounded()))
    }

    @Test func pageBreaksStartTheNextBlockOnANewPage() throws {
        let markdown = """
        <div class="page-break"></div>

        First page.

        <div class="page-break"></div>

        ## Second page

        <hr class="page-break">

        | a |
        |---|
        | table on page three |
        """
        let (_, package) = try docx(markdown)
        let paragraphs = try bodyParagraphs(package)
        let breaking = paragraphs.filter { $0.child("w:pPr")?.child("w:pageBreakBefore") != nil }
        // None before the first page's text; one before the heading; one on the paragraph that carries the table.
        #expect(breaking.count == 2)
        #expect(DOCXPackage.text(of: breaking[0]) == "Second page\n")
        #expect(paragraphs.first.map(DOCXPackage.text) == "First page.\n")
        let body = try package.document.rootElement()!.child("w:body")!.children!.compactMap { $0 as? XMLElement }
        let tableIndex = try #require(body.firstIndex { $0.name == "w:tbl" })
        #expect(body[tableIndex - 1].child("w:pPr")?.child("w:pageBreakBefore") != nil)
    }

    @Test func entryDatesSitAtARightTabStopOnTheTextsRightEdge() throws {
        let markdown = "### Staff Engineer · Ledgerly <span class=\"dates\">Apr 2021 – Present</span>\n\n*Berlin*\n"
        let (_, package) = try docx(markdown)
        let heading = try #require(try bodyParagraphs(package).first)
        let tab = try #require(heading.child("w:pPr")?.child("w:tabs")?.child("w:tab"))
        #expect(tab["w:val"] == "right")
        #expect(abs(Double(tab["w:pos"])! - DOCXStyle().textWidth * 20) <= 1.5)
        #expect(DOCXPackage.text(of: heading) == "Staff Engineer · Ledgerly\tApr\u{A0}2021\u{A0}–\u{A0}Present\n")
        // The dates are muted and not bold, the place under the title is an entry detail.
        let dateRun = try #require(heading.descendants("w:r").last)
        #expect(dateRun.descendants("w:color").first?["w:val"] == DOCXStyle().mutedColor.description)
        #expect(dateRun.descendants("w:b").first?["w:val"] == "0")
        #expect(try bodyParagraphs(package)[1].paragraphStyle == "EntryDetail")

        var inline = DOCXStyle()
        inline.dates = .inline
        let inlineHeading = try #require(try bodyParagraphs(docx(markdown, style: inline).package).first)
        #expect(inlineHeading.child("w:pPr")?.child("w:tabs") == nil)
        #expect(DOCXPackage.text(of: inlineHeading) == "Staff Engineer · Ledgerly  Apr\u{A0}2021\u{A0}–\u{A0}Present\n")
    }

    @Test func aShortEntryIsKeptOnOnePage() throws {
        let markdown = "## Experience\n\n### One <span class=\"dates\">2020</span>\n\n*Berlin*\n\nSummary.\n\n- a\n- b\n\n### Two\n\nLast words."
        let (_, package) = try docx(markdown)
        let keeps = try bodyParagraphs(package).map { paragraph in
            let byStyle = paragraph.paragraphStyle.hasPrefix("Heading") || paragraph.paragraphStyle == "EntryDetail"
            return (DOCXPackage.text(of: paragraph).trimmingCharacters(in: .newlines), byStyle || paragraph.child("w:pPr")?.child("w:keepNext") != nil)
        }
        // Everything in the first entry holds on to what follows, up to its last line; headings and
        // detail lines do so by their style.
        #expect(keeps.map(\.0) == ["Experience", "One\t2020", "Berlin", "Summary.", "a", "b", "Two", "Last words."])
        #expect(keeps.map(\.1) == [true, true, true, true, true, false, true, false])
    }

    @Test func columnsBecomeABorderlessTableSharedByWeight() throws {
        let markdown = """
        <div class="columns">
        <div class="sidebar">

        ## Skills

        - Go

        </div>
        <div class="main">

        ## Experience

        ### Engineer <span class="dates">2020</span>

        </div>
        </div>

        After.
        """
        let (_, package) = try docx(markdown)
        let tables = try package.document.rootElement()!.descendants("w:tbl")
        #expect(tables.count == 1)
        let cells = tables[0].descendants("w:tc")
        #expect(cells.map { DOCXPackage.text(of: $0) } == ["Skills\nGo\n", "Experience\nEngineer\t2020\n"])
        let widths = cells.map { Int($0.child("w:tcPr")!.child("w:tcW")!["w:w"])! }
        #expect(Double(widths[1]) / Double(widths[0]) > 1.8 && Double(widths[1]) / Double(widths[0]) < 2.2)
        #expect(tables[0].child("w:tblPr")?.child("w:tblBorders")?.children?.allSatisfy { ($0 as? XMLElement)?["w:val"] == "nil" } == true)
        // A heading opening a cell must not hold on to the next paragraph: LibreOffice would move
        // the whole table to the next page.
        #expect(cells.map { $0.descendants("w:p").first?.child("w:pPr")?.child("w:keepNext")?["w:val"] } == ["0", "0"])
        // Headings inside columns keep their styles; the date tab stop is at the column's edge.
        #expect(cells[1].descendants("w:p").map(\.paragraphStyle) == ["Heading2", "Heading3"])
        let tab = Int(cells[1].descendants("w:tab").first { $0.parent?.name == "w:tabs" }!["w:pos"])!
        #expect(tab < widths[1] && tab > widths[1] * 8 / 10)
        #expect(try bodyParagraphs(package).last.map(DOCXPackage.text) == "After.\n")
    }

    @Test func anUnclosedColumnsContainerStillShowsItsText() throws {
        let (_, package) = try docx("<div class=\"columns\">\n<div class=\"column\">\n\nLeft words.\n\n</div>\n<div class=\"column\">\n\nRight words.\n")
        #expect(try package.documentText() == "Left words.\nRight words.\n")
    }

    @Test func quotesCodeRulesAndFootnotesKeepTheirShape() throws {
        let markdown = """
        > Quoted *words*.

        <div class="quote">

        > Pulled.

        </div>

        ```
        let x = 1 < 2
            indented
        ```

        ---

        Claim.[^n]

        [^n]: The note.
        """
        let (_, package) = try docx(markdown)
        let paragraphs = try bodyParagraphs(package)
        let quote = paragraphs[0], pull = paragraphs[1], code = paragraphs[2], rule = paragraphs[3]
        #expect(quote.child("w:pPr")?.child("w:pBdr")?.child("w:left")?["w:color"] == DOCXStyle().ruleColor.description)
        #expect(pull.child("w:pPr")?.child("w:pBdr")?.child("w:left")?["w:color"] == DOCXStyle().accentColor.description)
        #expect(pull.descendants("w:i").count > 0)
        #expect(code.paragraphStyle == "CodeBlock")
        #expect(DOCXPackage.text(of: code) == "let x = 1 < 2\n    indented\n")
        #expect(rule.paragraphStyle == "HorizontalRule")
        let claim = try #require(paragraphs.first { DOCXPackage.text(of: $0).hasPrefix("Claim") })
        #expect(claim.descendants("w:vertAlign").first?["w:val"] == "superscript")
        #expect(DOCXPackage.text(of: paragraphs.last!) == "n.\tThe note.\n")
    }

    @Test func theMastheadIsNameHeadlineAndContactLine() throws {
        let (_, package) = try docx(String(sampleCV.split(separator: "## Summary")[0]))
        let paragraphs = try bodyParagraphs(package)
        #expect(paragraphs.map(\.paragraphStyle) == ["Heading1", "Headline", "Contact"])
        // The headline's `**` is set by its size, not bold, as in the PDF.
        #expect(paragraphs[1].descendants("w:b").first?["w:val"] == "0")
        #expect(paragraphs[2].descendants("w:hyperlink").count == 3)
        #expect(paragraphs[0].child("w:pPr")?.child("w:jc") == nil)

        var centred = DOCXStyle()
        centred.headerAlign = .center
        let centredParagraphs = try bodyParagraphs(docx(String(sampleCV.split(separator: "## Summary")[0]), style: centred).package)
        #expect(centredParagraphs.map { $0.child("w:pPr")?.child("w:jc")?["w:val"] } == ["center", "center", "center"])
    }
}
