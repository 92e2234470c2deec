/// styles.xml from a `DOCXStyle`: Word's built-in Normal, Heading 1–6 (so the navigation pane
/// and outline work), List Paragraph, Header, Footer and Hyperlink, plus the CV's own paragraph
/// styles (Headline, Contact, Entry Detail, Code Block, Table Text, Horizontal Rule).
struct StylesPart {
    let style: DOCXStyle
    let language: String?

    /// The size of a heading level in points, as the PDF sets it.
    static func headingSize(_ level: Int, _ style: DOCXStyle) -> Double {
        switch level {
        case 1: style.nameSize ?? style.size * 2.4
        case 2: style.size * 1.3
        case 3: style.size * 1.08
        default: style.size
        }
    }

    /// The space the PDF leaves below a paragraph of the style, in points (before its leading rule).
    static func pdfSpaceAfter(_ styleID: String?, _ style: DOCXStyle) -> Double {
        let size = style.size
        return switch styleID {
        case nil: style.paragraphSpacing
        case "TableText"?: 0
        case "Heading1"?: size * 0.5
        case "Heading2"?: size * 0.65
        case "Heading3"?: size * 0.2
        case "Heading4"?, "Heading5"?, "Heading6"?: size * 0.15
        case "Headline"?, "Contact"?: size * 0.4
        case "EntryDetail"?, "ListParagraph"?: size * 0.25
        default: 0
        }
    }

    /// Space after a paragraph of the style, in points, when the paragraph does not say: what
    /// the PDF leaves, less the room Word adds below the last line itself.
    static func spaceAfter(_ styleID: String?, _ style: DOCXStyle) -> Double {
        max(0, pdfSpaceAfter(styleID, style) - trailingLeading(styleID, style))
    }

    /// Points Word puts below a paragraph of the style beyond what the PDF does, however small its
    /// space after (Word's space after cannot go below zero); later space above takes it back.
    static func overshoot(_ styleID: String?, _ style: DOCXStyle) -> Double {
        guard styleID?.hasPrefix("Heading") ?? false || ["Headline", "Contact"].contains(styleID ?? "") else { return 0 }
        return max(0, trailingLeading(styleID, style) - pdfSpaceAfter(styleID, style))
    }

    /// The line spacing of a paragraph style, as a multiple of single spacing.
    static func lineFactor(_ styleID: String?, _ style: DOCXStyle) -> Double {
        switch styleID {
        case let id? where id.hasPrefix("Heading"): 1
        case "Headline"?: 1.15
        case "Contact"?: 1.35
        case "CodeBlock"?: 1.15
        case "HorizontalRule"?: 0
        default: style.lineHeight
        }
    }

    /// The font size of a paragraph style, in points.
    static func fontSize(_ styleID: String?, _ style: DOCXStyle) -> Double {
        switch styleID {
        case let id? where id.hasPrefix("Heading"): headingSize(Int(id.dropFirst(7)) ?? 6, style)
        case "Headline"?: style.size * 1.25
        case "Contact"?: style.size * 0.92
        case "CodeBlock"?: style.size * 0.88
        case "TableText"?: style.size * 0.95
        default: style.size
        }
    }

    /// The room below a paragraph's last line that Word leaves and the PDF does not, in points:
    /// Word gives every line, the last included, a full line slot (the line spacing times the
    /// font's single line, its extent plus its line gap); Pango ends the last line at the
    /// font's extent.
    static func trailingLeading(_ styleID: String?, _ style: DOCXStyle) -> Double {
        let factor = lineFactor(styleID, style)
        guard factor > 0 else { return 0 }
        return max(0, factor * style.fontLineSpacing - style.fontExtent) * fontSize(styleID, style)
    }

    /// Space after a body paragraph, so that it and the trailing leading make the PDF's block
    /// spacing (the PDF never leaves less than the leading).
    static func blockSpaceAfter(_ style: DOCXStyle) -> Double {
        max(0, style.paragraphSpacing - trailingLeading(nil, style))
    }

    /// Space after a tight list's item or an entry's detail line, in points: the PDF's quarter of
    /// the size, less Word's trailing leading.
    static func tightSpacing(_ style: DOCXStyle) -> Double {
        max(0, style.size * 0.25 - trailingLeading("ListParagraph", style))
    }

    /// True for the styles that keep a paragraph on the page of the next one.
    static func keepsWithNext(_ styleID: String?) -> Bool {
        guard let styleID else { return false }
        return styleID.hasPrefix("Heading") || styleID == "EntryDetail"
    }

    /// The space the PDF leaves above a paragraph of the style, in points.
    static func pdfSpaceBefore(_ styleID: String?, _ style: DOCXStyle) -> Double {
        let size = style.size
        return switch styleID {
        case "Heading1"?: size * 2
        case "Heading2"?: style.sectionSpacing ?? size * 1.6
        case "Heading3"?: style.entrySpacing ?? size * 1.05
        case "Heading4"?, "Heading5"?, "Heading6"?: size * 0.9
        default: 0.0
        }
    }

    /// Space before a paragraph of the style, in points, as the style sets it for a paragraph that
    /// does not say: a heading's, less the block space a body paragraph above leaves (Word adds
    /// the two where the PDF takes the larger). The writer sets the exact value on each heading.
    static func spaceBefore(_ styleID: String?, _ style: DOCXStyle) -> Double {
        max(0, pdfSpaceBefore(styleID, style) - max(style.paragraphSpacing, trailingLeading(nil, style)))
    }

    var xml: String {
        let size = style.size
        var out = XMLParts.declaration + "<w:styles xmlns:w=\"\(XMLParts.wordNamespace)\">"
        out += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(style.font)
        out += "<w:sz w:val=\"\(Units.halfPoints(size))\"/><w:szCs w:val=\"\(Units.halfPoints(size))\"/>"
        if let language { out += "<w:lang w:val=\"\(XMLText.attribute(language))\"/>" }
        out += "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"

        var normal = "<w:widowControl/>" + spacing(after: Self.blockSpaceAfter(style), line: style.lineHeight)
        if style.align == .justify { normal += "<w:jc w:val=\"both\"/>" }
        out += paragraphStyle("Normal", "Normal", basedOn: nil, isDefault: true, paragraph: normal, run: color(style.textColor))

        let headingFont = style.headingFont.map(fonts) ?? ""
        for level in 1...6 {
            let tint = level <= 2 ? style.accentColor : style.textColor
            var paragraph = "<w:keepNext/><w:keepLines/>"
            if level == 2, style.sectionRule {
                paragraph += "<w:pBdr>" + Paragraph.border("bottom", .init(color: style.ruleColor, width: 0.8, space: 2)) + "</w:pBdr>"
            }
            paragraph += spacing(before: Self.spaceBefore("Heading\(level)", style), after: Self.spaceAfter("Heading\(level)", style),
                                 line: 1)
            paragraph += "<w:outlineLvl w:val=\"\(level - 1)\"/>"
            let run = headingFont + "<w:b/><w:bCs/>" + color(tint) + sizes(Self.headingSize(level, style))
            out += paragraphStyle("Heading\(level)", "heading \(level)", next: "Normal", priority: 9, paragraph: paragraph, run: run)
        }

        out += paragraphStyle("Headline", "Headline", next: "Normal", paragraph: spacing(after: Self.spaceAfter("Headline", style), line: 1.15),
                              run: color(style.textColor) + sizes(size * 1.25))
        out += paragraphStyle("Contact", "Contact", next: "Normal", paragraph: spacing(after: Self.spaceAfter("Contact", style), line: 1.35),
                              run: color(style.mutedColor) + sizes(size * 0.92))
        out += paragraphStyle("EntryDetail", "Entry Detail", paragraph: "<w:keepNext/>" + spacing(after: Self.tightSpacing(style)), run: color(style.mutedColor))
        out += paragraphStyle("ListParagraph", "List Paragraph", priority: 34, paragraph: spacing(after: Self.tightSpacing(style)), run: "")
        let padding = size * 0.5, fill = style.ruleColor.tinted(0.75)
        let box = Paragraph.Border(color: fill, width: 0.25, space: padding)
        out += paragraphStyle("CodeBlock", "Code Block",
                              paragraph: "<w:keepLines/><w:pBdr>" + ["top", "left", "bottom", "right"].map { Paragraph.border($0, box) }.joined() + "</w:pBdr>"
                                  + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" + spacing(after: 0, line: 1.15)
                                  + "<w:ind w:left=\"\(Units.twips(padding))\" w:right=\"\(Units.twips(padding))\"/><w:jc w:val=\"left\"/>",
                              run: fonts(style.monoFont) + sizes(size * 0.88))
        out += paragraphStyle("TableText", "Table Text", paragraph: spacing(after: 0, line: style.lineHeight) + "<w:jc w:val=\"left\"/>", run: sizes(size * 0.95))
        out += paragraphStyle("HorizontalRule", "Horizontal Rule",
                              paragraph: "<w:pBdr>" + Paragraph.border("bottom", .init(color: style.ruleColor, width: 0.6, space: 1)) + "</w:pBdr>"
                                  + spacing(after: 0, line: 1),
                              run: sizes(1))
        let furniture = "<w:tabs><w:tab w:val=\"center\" w:pos=\"\(Units.twips(style.textWidth / 2))\"/><w:tab w:val=\"right\" w:pos=\"\(Units.twips(style.textWidth))\"/></w:tabs>" + spacing(after: 0, line: 1)
        out += paragraphStyle("Header", "header", priority: 99, paragraph: furniture, run: color(style.mutedColor) + sizes(size * 0.8))
        out += paragraphStyle("Footer", "footer", priority: 99, paragraph: furniture, run: color(style.mutedColor) + sizes(size * 0.8))

        out += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        out += "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr>"
        out += color(style.accentColor) + (style.underlinesLinks ? "<w:u w:val=\"single\"/>" : "") + "</w:rPr></w:style>"
        out += "<w:style w:type=\"character\" w:styleId=\"InlineCode\"><w:name w:val=\"Inline Code\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/><w:rPr>" + fonts(style.monoFont) + "</w:rPr></w:style>"
        out += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
        out += "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        out += "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        return out + "</w:styles>"
    }

    private func paragraphStyle(_ id: String, _ name: String, basedOn: String? = "Normal", next: String? = nil, isDefault: Bool = false,
                                priority: Int? = nil, paragraph: String, run: String) -> String {
        var out = "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { out += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { out += "<w:next w:val=\"\(next)\"/>" }
        if let priority { out += "<w:uiPriority w:val=\"\(priority)\"/>" }
        out += "<w:qFormat/>"
        if !paragraph.isEmpty { out += "<w:pPr>\(paragraph)</w:pPr>" }
        if !run.isEmpty { out += "<w:rPr>\(run)</w:rPr>" }
        return out + "</w:style>"
    }

    private func fonts(_ family: String) -> String {
        let name = XMLText.attribute(family)
        return "<w:rFonts w:ascii=\"\(name)\" w:eastAsia=\"\(name)\" w:hAnsi=\"\(name)\" w:cs=\"\(name)\"/>"
    }

    private func color(_ color: DOCXColor) -> String { "<w:color w:val=\"\(color)\"/>" }

    private func sizes(_ points: Double) -> String {
        "<w:sz w:val=\"\(Units.halfPoints(points))\"/><w:szCs w:val=\"\(Units.halfPoints(points))\"/>"
    }

    private func spacing(before: Double? = nil, after: Double, line: Double? = nil) -> String {
        var out = "<w:spacing"
        if let before { out += " w:before=\"\(Units.twips(before))\"" }
        out += " w:after=\"\(Units.twips(after))\""
        if let line { out += " w:line=\"\(Int((line * 240).rounded()))\" w:lineRule=\"auto\"" }
        return out + "/>"
    }
}
