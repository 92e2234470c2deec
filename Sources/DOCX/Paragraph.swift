/// One `w:p` being built: its properties, written in the order the schema requires, and its runs.
struct Paragraph {
    /// A paragraph border line.
    struct Border: Hashable {
        var color: DOCXColor
        /// Thickness in points.
        var width: Double
        /// Gap between the line and the text, in points.
        var space: Double
    }

    var style: String?
    /// Nil leaves the style's; false turns a style's keep-with-next off.
    var keepNext: Bool?
    var keepLines = false
    var pageBreakBefore = false
    var numbering: (id: Int, level: Int)?
    var topBorder: Border?
    var leftBorder: Border?
    var bottomBorder: Border?
    var rightBorder: Border?
    var shading: DOCXColor?
    /// Right-aligned tab stops, in twips from the text's left edge.
    var rightTabs: [Int] = []
    /// In points; nil leaves the style's.
    var spaceBefore: Double?
    var spaceAfter: Double?
    /// Points Word puts below this paragraph beyond what the PDF does; nil: the style's.
    /// Not written: the writer takes it back from later space.
    var overshoot: Double?
    /// A multiple of single line spacing; nil leaves the style's.
    var lineHeight: Double?
    /// In twips; nil leaves the style's (or the numbering's).
    var indentLeft: Int?
    var indentRight: Int?
    var hanging: Int?
    /// `left`, `center`, `right` or `both`.
    var alignment: String?
    /// The runs, hyperlinks and bookmarks inside.
    var content = ""

    init(style: String? = nil, content: String = "") {
        self.style = style
        self.content = content
    }

    var xml: String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let keepNext { properties += keepNext ? "<w:keepNext/>" : "<w:keepNext w:val=\"0\"/>" }
        if keepLines { properties += "<w:keepLines/>" }
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if let numbering { properties += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>" }
        let borders = [("top", topBorder), ("left", leftBorder), ("bottom", bottomBorder), ("right", rightBorder)]
        if borders.contains(where: { $0.1 != nil }) {
            properties += "<w:pBdr>"
            for case let (side, border?) in borders { properties += Self.border(side, border) }
            properties += "</w:pBdr>"
        }
        if let shading { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(shading)\"/>" }
        if !rightTabs.isEmpty {
            properties += "<w:tabs>" + rightTabs.map { "<w:tab w:val=\"right\" w:pos=\"\($0)\"/>" }.joined() + "</w:tabs>"
        }
        if spaceBefore != nil || spaceAfter != nil || lineHeight != nil {
            properties += "<w:spacing"
            if let spaceBefore { properties += " w:before=\"\(Units.twips(spaceBefore))\"" }
            if let spaceAfter { properties += " w:after=\"\(Units.twips(spaceAfter))\"" }
            if let lineHeight { properties += " w:line=\"\(Int((lineHeight * 240).rounded()))\" w:lineRule=\"auto\"" }
            properties += "/>"
        }
        if indentLeft != nil || indentRight != nil || hanging != nil {
            properties += "<w:ind"
            if let indentLeft { properties += " w:left=\"\(indentLeft)\"" }
            if let indentRight { properties += " w:right=\"\(indentRight)\"" }
            if let hanging { properties += " w:hanging=\"\(hanging)\"" }
            properties += "/>"
        }
        if let alignment { properties += "<w:jc w:val=\"\(alignment)\"/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + content + "</w:p>"
    }

    static func border(_ side: String, _ border: Border) -> String {
        "<w:\(side) w:val=\"single\" w:sz=\"\(Units.eighths(border.width))\" w:space=\"\(max(0, Int(border.space.rounded())))\" w:color=\"\(border.color)\"/>"
    }
}
