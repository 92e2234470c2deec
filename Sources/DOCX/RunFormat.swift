/// How a run of text looks, as direct formatting on top of its paragraph's style.
struct RunFormat: Hashable {
    var characterStyle: String?
    var bold = false
    /// Bold explicitly off (a headline's `**...**`, which the paragraph's size already sets apart).
    var notBold = false
    var italic = false
    var strikethrough = false
    var monospace = false
    var superscript = false
    var underline = false
    var color: DOCXColor?
    /// The paragraph style's size in points, which `scale` multiplies.
    var baseSize: Double
    var scale = 1.0
    /// A link's target: an external URL or `#bookmark`.
    var link: String?

    init(baseSize: Double) {
        self.baseSize = baseSize
    }

    /// The `w:rPr` element, in the order the schema requires; empty when there is nothing to say.
    func properties(monoFont: String) -> String {
        var out = ""
        if let characterStyle { out += "<w:rStyle w:val=\"\(characterStyle)\"/>" }
        if monospace {
            let font = XMLText.attribute(monoFont)
            out += "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\"/>"
        }
        if bold { out += "<w:b/><w:bCs/>" } else if notBold { out += "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>" }
        if italic { out += "<w:i/><w:iCs/>" }
        if strikethrough { out += "<w:strike/>" }
        if let color { out += "<w:color w:val=\"\(color)\"/>" }
        if abs(scale - 1) > 0.001 {
            let size = Units.halfPoints(baseSize * scale)
            out += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
        }
        if underline { out += "<w:u w:val=\"single\"/>" }
        if superscript { out += "<w:vertAlign w:val=\"superscript\"/>" }
        return out.isEmpty ? "" : "<w:rPr>\(out)</w:rPr>"
    }

    /// Runs for `text`: tabs become `w:tab`, line breaks `w:br`, and characters XML cannot hold are dropped.
    func runs(_ text: String, monoFont: String) -> String {
        let properties = properties(monoFont: monoFont)
        var out = "<w:r>" + properties
        var piece = ""
        func flush() {
            guard !piece.isEmpty else { return }
            out += "<w:t xml:space=\"preserve\">\(XMLText.escape(piece))</w:t>"
            piece = ""
        }
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\t":
                flush()
                out += "<w:tab/>"
            case "\n" where previousWasCR:
                continue
            case "\n", "\r", "\u{2028}":
                flush()
                out += "<w:br/>"
            default:
                piece.unicodeScalars.append(scalar)
            }
        }
        flush()
        return out + "</w:r>"
    }
}
