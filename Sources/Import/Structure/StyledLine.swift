/// One line of a CV with the hints structure extraction uses: the intermediate every layout
/// format (PDF, DOCX, Markdown) is reduced to, so they share one `CVStructurer`.
struct StyledLine: Sendable, Hashable {
    /// A stretch of the line set apart by a tab, a table cell or a wide gap, with its emphasis.
    struct Cell: Sendable, Hashable {
        var text: String
        var bold: Bool
        var italic: Bool = false
    }

    var cells: [Cell]
    /// The dominant font size in points; 0 when the format has none.
    var fontSize: Double = 0
    /// A heading level the source declared (DOCX heading styles, Markdown `#`).
    var headingLevel: Int?
    /// A list item: its bullet or number is already stripped.
    var isBullet = false
    /// The document's title style (DOCX `Title`, a Markdown `#` at the top): usually the name.
    var isTitle = false
    /// A blank line or extra space above it: a paragraph boundary.
    var gapBefore = false
    /// Lines of different regions (columns, sidebar, table cells) never continue each other.
    var region = 0
    /// The page (PDF): a new page continues the section a column ended in.
    var page = 0
    /// Link targets the source attached to the line (DOCX hyperlinks, Markdown links, PDF link annotations).
    var links: [String] = []

    init(cells: [Cell], fontSize: Double = 0, headingLevel: Int? = nil, isBullet: Bool = false, region: Int = 0) {
        self.cells = cells
        self.fontSize = fontSize
        self.headingLevel = headingLevel
        self.isBullet = isBullet
        self.region = region
    }

    init(_ text: String, bold: Bool = false, fontSize: Double = 0, headingLevel: Int? = nil, isBullet: Bool = false) {
        self.init(cells: [Cell(text: text, bold: bold)], fontSize: fontSize, headingLevel: headingLevel, isBullet: isBullet)
    }

    /// The cells' text joined by tabs would be unreadable in notes; a wide gap reads as " | ".
    var text: String { cells.map(\.text).joined(separator: "  ") }

    /// Most of the text is bold.
    var isBold: Bool {
        let bold = cells.filter(\.bold).reduce(0) { $0 + $1.text.count }
        let all = cells.reduce(0) { $0 + $1.text.count }
        return all > 0 && bold * 2 > all
    }

    var isItalic: Bool {
        let italic = cells.filter(\.italic).reduce(0) { $0 + $1.text.count }
        let all = cells.reduce(0) { $0 + $1.text.count }
        return all > 0 && italic * 2 > all
    }

    /// Letters present and none lowercase: "EXPERIENCE".
    var isAllCaps: Bool {
        var letters = 0
        for character in text where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    var wordCount: Int { text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count }
}
