/// numbering.xml: one bullet definition shared by every bullet list, and a decimal definition that
/// each ordered list gets its own instance of, starting at its first number.
struct Numbering {
    let style: DOCXStyle
    /// Ordered lists: instance id, the level it is used at, and its first number.
    private var ordered: [(id: Int, level: Int, start: Int)] = []

    /// The instance every bullet list uses.
    static let bulletID = 1

    init(style: DOCXStyle) {
        self.style = style
    }

    /// A fresh instance for one ordered list, so its numbers start at `start` however many lists came before.
    mutating func orderedList(start: Int, level: Int) -> Int {
        let id = Self.bulletID + 1 + ordered.count
        ordered.append((id, level, start))
        return id
    }

    /// Indent per list level, in twips: room for the marker and a gap, the PDF's 1.35 × size, so
    /// an item wraps where it wraps in the PDF.
    var levelIndent: Int { Units.twips(style.size * 1.35) }

    /// The bullet for a nesting depth, as the PDF draws them.
    static func bullet(depth: Int) -> String { ["•", "◦", "–"][depth % 3] }

    var xml: String {
        var out = XMLParts.declaration + "<w:numbering xmlns:w=\"\(XMLParts.wordNamespace)\">"
        out += abstract(id: 0, format: { _ in "bullet" }, text: { Self.bullet(depth: $0) })
        out += abstract(id: 1, format: { _ in "decimal" }, text: { "%\($0 + 1)." })
        out += "<w:num w:numId=\"\(Self.bulletID)\"><w:abstractNumId w:val=\"0\"/></w:num>"
        for list in ordered {
            out += "<w:num w:numId=\"\(list.id)\"><w:abstractNumId w:val=\"1\"/>"
            out += "<w:lvlOverride w:ilvl=\"\(list.level)\"><w:startOverride w:val=\"\(list.start)\"/></w:lvlOverride></w:num>"
        }
        return out + "</w:numbering>"
    }

    private func abstract(id: Int, format: (Int) -> String, text: (Int) -> String) -> String {
        let font = XMLText.attribute(style.font)
        var out = "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"multilevel\"/>"
        for level in 0..<9 {
            out += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format(level))\"/>"
            out += "<w:lvlText w:val=\"\(XMLText.attribute(text(level)))\"/><w:lvlJc w:val=\"left\"/>"
            out += "<w:pPr><w:ind w:left=\"\(levelIndent * (level + 1))\" w:hanging=\"\(levelIndent)\"/></w:pPr>"
            out += "<w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\"/><w:color w:val=\"\(style.accentColor)\"/></w:rPr></w:lvl>"
        }
        return out + "</w:abstractNum>"
    }
}
