/// How a .docx looks: paper, margins, fonts, colours and spacing, written into styles.xml and
/// the section properties. Built from the same `style:` keys as the PDF's `PDFStyle`, so one
/// template style feeds both formats; see `init(settings:)`.
public struct DOCXStyle: Sendable, Hashable {
    public enum Paper: String, Sendable, Hashable, CaseIterable {
        case a4, letter

        /// Width and height in points.
        public var size: (width: Double, height: Double) {
            switch self {
            case .a4: (595.2756, 841.8898)
            case .letter: (612, 792)
            }
        }
    }

    public enum Alignment: String, Sendable, Hashable, CaseIterable {
        case left, center, justify
    }

    /// Where a heading's `<span class="dates">` goes.
    public enum DatesPlacement: String, Sendable, Hashable, CaseIterable {
        /// At a right tab stop on the text's right edge.
        case right
        /// Right after the title, muted.
        case inline
    }

    public var paper: Paper = .a4
    /// Margins in points.
    public var marginTop = 51.02, marginRight = 51.02, marginBottom = 51.02, marginLeft = 51.02
    /// Body font: the first family of a comma-separated list (Word takes one name).
    public var font = "DejaVu Sans"
    public var headingFont: String?
    public var monoFont = "DejaVu Sans Mono"
    /// Body size in points; Word keeps half points.
    public var size = 9.5
    /// The name's size (the `#` heading) in points; nil for 2.4 × `size`.
    public var nameSize: Double?
    /// Line height as a multiple of single spacing.
    public var lineHeight = 1.25
    /// The body font's extent (ascender to descender) and single line (the extent plus its line
    /// gap), in ems, as the PDF typesetter measures them: Word and LibreOffice give a paragraph's
    /// last line a full line slot and the PDF does not, and the spacing makes up the difference.
    /// The defaults are DejaVu Sans's; `FontMetrics.measure` in Typesetting gives any font's.
    public var fontExtent = 2384.0 / 2048, fontLineSpacing = 2384.0 / 2048
    /// Space after a block, in points.
    public var paragraphSpacing = 6.0
    /// Space above a section title (`##`), in points; nil for 1.6 × `size`.
    public var sectionSpacing: Double?
    /// Space above an entry title (`###`), in points; nil for 1.05 × `size`.
    public var entrySpacing: Double?
    public var textColor = DOCXColor(red: 0x22, green: 0x22, blue: 0x22)
    public var accentColor = DOCXColor(red: 0x1F, green: 0x5F, blue: 0x8B)
    public var mutedColor = DOCXColor(red: 0x5F, green: 0x63, blue: 0x68)
    public var ruleColor = DOCXColor(red: 0xC4, green: 0xCC, blue: 0xD4)
    public var align: Alignment = .left
    public var headerAlign: Alignment = .left
    /// The person's name atop pages 2 and on.
    public var showsHeader = true
    /// "Page X of Y" at the foot of every page.
    public var showsFooter = true
    public var sectionRule = true
    public var underlinesLinks = false
    public var dates: DatesPlacement = .right
    /// The footer's text; `{page}` and `{pages}` become Word's PAGE and NUMPAGES fields.
    public var pageLabel = "Page {page} of {pages}"

    /// The defaults, the same as the PDF's.
    public init() {}

    /// The width between the margins, in points.
    public var textWidth: Double { paper.size.width - marginLeft - marginRight }
    /// The height between the margins, in points.
    public var textHeight: Double { paper.size.height - marginTop - marginBottom }
}

/// An sRGB colour, written as Word's `RRGGBB`.
public struct DOCXColor: Sendable, Hashable, CustomStringConvertible {
    public var red: UInt8, green: UInt8, blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Reads `#rgb` or `#rrggbb` (the `#` may be left out); nil for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        if digits.count == 3 { digits = Substring(digits.flatMap { [$0, $0] }) }
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `RRGGBB`, as WordprocessingML writes colours.
    public var description: String {
        [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }

    /// This colour mixed with white: 0 keeps it, 1 is white.
    func tinted(_ amount: Double) -> DOCXColor {
        func mix(_ channel: UInt8) -> UInt8 { UInt8((Double(channel) + (255 - Double(channel)) * amount).rounded()) }
        return DOCXColor(red: mix(red), green: mix(green), blue: mix(blue))
    }
}
