import Core

/// How a PDF looks: paper, margins, fonts, colours and spacing. A template's `template.yaml`
/// sets it under `style:`; every key is optional.
///
/// | key                 | value                                           | default          |
/// |---------------------|-------------------------------------------------|------------------|
/// | `paper`             | `a4` or `letter`                                | `a4`             |
/// | `margins`           | 1, 2 or 4 lengths (CSS order: top right bottom left) | `18mm`      |
/// | `margin_top`, `margin_right`, `margin_bottom`, `margin_left` | a length  | from `margins`   |
/// | `font`              | body font family; a comma-separated fallback list | `DejaVu Sans`  |
/// | `heading_font`      | family for headings and the name                | `font`           |
/// | `mono_font`         | family for code                                 | `DejaVu Sans Mono` |
/// | `size`              | body size in points                             | `9.5`            |
/// | `name_size`         | size of the name (the `#` heading) in points    | `2.4 × size`     |
/// | `line_height`       | line height as a multiple of the font's          | `1.25`           |
/// | `paragraph_spacing` | space between blocks: a length; `em` is `size`  | `0.6em`          |
/// | `section_spacing`   | space above a `##` section title: a length      | `1.6em`          |
/// | `entry_spacing`     | space above a `###` entry title: a length       | `1.05em`         |
/// | `text`, `accent`, `muted`, `rule` | colours as `#rgb` or `#rrggbb`    | `#222222`, `#1f5f8b`, `#5f6368`, `#c4ccd4` |
/// | `align`             | body text: `left` or `justify`                  | `left`           |
/// | `header_align`      | the name, headline and contact line: `left` or `center` | `left`   |
/// | `header`            | the person's name atop pages 2 and on: `true`/`false` | `true`     |
/// | `footer`            | "Page X of Y" on every page of a multi-page PDF: `true`/`false` | `true` |
/// | `section_rule`      | a rule under each `##` section title: `true`/`false` | `true`      |
/// | `link_underline`    | underline links: `true`/`false`                 | `false`          |
/// | `dates`             | a heading's `<span class="dates">`: `right` (aligned to the right edge) or `inline` (after the title, the safest for applicant-tracking systems) | `right` |
/// | `page_label`        | the footer's text, with `{page}` and `{pages}` (documents set it in their language) | `Page {page} of {pages}` |
///
/// Lengths are a number with a unit: `pt` (the default), `mm`, `cm`, `in`, or `em`.
public struct PDFStyle: Sendable, Hashable, Codable {
    public enum Paper: String, Sendable, Hashable, Codable, CaseIterable {
        case a4, letter

        /// Width and height in points.
        public var size: (width: Double, height: Double) {
            switch self {
            case .a4: (595.2756, 841.8898)
            case .letter: (612, 792)
            }
        }
    }

    public enum Alignment: String, Sendable, Hashable, Codable, CaseIterable {
        case left, center, justify
    }

    /// Where a heading's dates go.
    public enum DatesPlacement: String, Sendable, Hashable, Codable, CaseIterable {
        /// Right-aligned on the title's (last) line.
        case right
        /// Right after the title, in the muted colour.
        case inline
    }

    public var paper: Paper = .a4
    /// Margins in points.
    public var marginTop = 51.02, marginRight = 51.02, marginBottom = 51.02, marginLeft = 51.02
    public var font = "DejaVu Sans"
    public var headingFont: String?
    public var monoFont = "DejaVu Sans Mono"
    /// Body size in points.
    public var size = 9.5
    /// The name's size in points; nil for 2.4 × `size`.
    public var nameSize: Double?
    public var lineHeight = 1.25
    /// Space between blocks, in points.
    public var paragraphSpacing = 6.0
    /// Space above a section title (`##`), in points; nil for 1.6 × `size`.
    public var sectionSpacing: Double?
    /// Space above an entry title (`###`), in points; nil for 1.05 × `size`.
    public var entrySpacing: Double?
    public var textColor = PDFColor(red: 0x22, green: 0x22, blue: 0x22)
    public var accentColor = PDFColor(red: 0x1F, green: 0x5F, blue: 0x8B)
    public var mutedColor = PDFColor(red: 0x5F, green: 0x63, blue: 0x68)
    public var ruleColor = PDFColor(red: 0xC4, green: 0xCC, blue: 0xD4)
    public var align: Alignment = .left
    public var headerAlign: Alignment = .left
    public var showsHeader = true
    public var showsFooter = true
    public var sectionRule = true
    public var underlinesLinks = false
    public var dates: DatesPlacement = .right
    /// The footer's text; `{page}` and `{pages}` are replaced by the numbers.
    public var pageLabel = "Page {page} of {pages}"

    /// The defaults.
    public init() {}

    /// A style from a template's flattened `style:` map, for example
    /// `["paper": "letter", "accent": "#1f5f8b", "margins": "18mm", "size": "10.5"]`.
    /// Every problem is reported at once; unknown keys get a did-you-mean.
    public init(settings: [String: String]) throws(PDFStyleError) {
        var problems: [PDFStyleError.Problem] = []
        var paragraphSpacing: Length?
        var sectionSpacing: Length?
        var entrySpacing: Length?
        // Sorted, so problems come out in a stable order.
        for (key, raw) in settings.sorted(by: { $0.key < $1.key }) {
            let value = raw.trimmingSpaces()
            func problem(_ message: String, _ hint: String? = nil) {
                problems.append(.init(key: key, message: message, hint: hint))
            }
            func length() -> Double? {
                guard let parsed = Length(value), parsed.unit != .em else {
                    problem("'\(value)' is not a length.", "Write a number with a unit, such as 18mm, 0.75in or 12pt.")
                    return nil
                }
                return parsed.points(em: size)
            }
            func number(_ range: ClosedRange<Double>) -> Double? {
                guard let parsed = Double(value.hasSuffix("pt") ? String(value.dropLast(2)) : value), range.contains(parsed) else {
                    problem("'\(value)' is not a number from \(range.lowerBound.formatted) to \(range.upperBound.formatted).")
                    return nil
                }
                return parsed
            }
            func flag() -> Bool? {
                switch value.lowercased() {
                case "true", "yes", "on": return true
                case "false", "no", "off": return false
                default:
                    problem("'\(value)' is not true or false.")
                    return nil
                }
            }
            func color() -> PDFColor? {
                guard let parsed = PDFColor(hex: value) else {
                    problem("'\(value)' is not a colour.", "Write it as #rgb or #rrggbb, for example #1f5f8b.")
                    return nil
                }
                return parsed
            }
            func family() -> String? {
                guard !value.isEmpty else {
                    problem("The font family is empty.", "Name an installed family, such as DejaVu Sans; `fc-list : family` lists them.")
                    return nil
                }
                return value
            }
            func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, allowed: [T]) -> T? where T.RawValue == String {
                guard let parsed = T(rawValue: value.lowercased()), allowed.map(\.rawValue).contains(parsed.rawValue) else {
                    problem("'\(value)' is not one of \(allowed.map(\.rawValue).joined(separator: ", ")).")
                    return nil
                }
                return parsed
            }

            switch key {
            case "paper": paper = choice(Paper.self, allowed: Paper.allCases) ?? paper
            case "margins":
                let parts = value.split(whereSeparator: { $0 == " " || $0 == "," }).map { Length(String($0)) }
                guard [1, 2, 4].contains(parts.count), parts.allSatisfy({ $0 != nil && $0!.unit != .em }) else {
                    problem("'\(value)' is not one, two or four lengths.", "Write for example 18mm, or 20mm 15mm (top and bottom, left and right).")
                    continue
                }
                let points = parts.map { $0!.points(em: size) }
                switch points.count {
                case 1: (marginTop, marginRight, marginBottom, marginLeft) = (points[0], points[0], points[0], points[0])
                case 2: (marginTop, marginRight, marginBottom, marginLeft) = (points[0], points[1], points[0], points[1])
                default: (marginTop, marginRight, marginBottom, marginLeft) = (points[0], points[1], points[2], points[3])
                }
            case "margin_top": marginTop = length() ?? marginTop
            case "margin_right": marginRight = length() ?? marginRight
            case "margin_bottom": marginBottom = length() ?? marginBottom
            case "margin_left": marginLeft = length() ?? marginLeft
            case "font": font = family() ?? font
            case "heading_font": headingFont = family() ?? headingFont
            case "mono_font": monoFont = family() ?? monoFont
            case "size": size = number(5...30) ?? size
            case "name_size": nameSize = number(8...72) ?? nameSize
            case "line_height": lineHeight = number(0.8...3) ?? lineHeight
            case "paragraph_spacing":
                guard let parsed = Length(value) else {
                    problem("'\(value)' is not a length.", "Write a number with a unit, such as 6pt or 0.6em.")
                    continue
                }
                paragraphSpacing = parsed
            case "section_spacing", "entry_spacing":
                guard let parsed = Length(value) else {
                    problem("'\(value)' is not a length.", "Write a number with a unit, such as 12pt or 1.2em.")
                    continue
                }
                if key == "section_spacing" { sectionSpacing = parsed } else { entrySpacing = parsed }
            case "text": textColor = color() ?? textColor
            case "accent": accentColor = color() ?? accentColor
            case "muted": mutedColor = color() ?? mutedColor
            case "rule": ruleColor = color() ?? ruleColor
            case "align": align = choice(Alignment.self, allowed: [.left, .justify]) ?? align
            case "header_align": headerAlign = choice(Alignment.self, allowed: [.left, .center]) ?? headerAlign
            case "header": showsHeader = flag() ?? showsHeader
            case "footer": showsFooter = flag() ?? showsFooter
            case "section_rule": sectionRule = flag() ?? sectionRule
            case "link_underline": underlinesLinks = flag() ?? underlinesLinks
            case "dates": dates = choice(DatesPlacement.self, allowed: DatesPlacement.allCases) ?? dates
            case "page_label":
                guard value.contains("{page}") else {
                    problem("'\(value)' has no {page} in it.", "Write for example Page {page} of {pages}, or {page}/{pages}.")
                    continue
                }
                pageLabel = value
            default:
                let hint = Suggestion.closest(to: key, in: Self.keys).map { "Did you mean '\($0)'?" }
                problems.append(.init(key: key, message: "'\(key)' is not a PDF style key.",
                                      hint: hint ?? "The keys are \(Self.keys.joined(separator: ", ")).", isUnknownKey: true))
            }
        }
        // Applied last: `em` means the final `size`, whichever order the keys came in.
        if let paragraphSpacing { self.paragraphSpacing = paragraphSpacing.points(em: size) }
        if let sectionSpacing { self.sectionSpacing = sectionSpacing.points(em: size) }
        if let entrySpacing { self.entrySpacing = entrySpacing.points(em: size) }
        let (width, height) = paper.size
        if marginLeft + marginRight > width * 0.6 || marginTop + marginBottom > height * 0.6 {
            problems.append(.init(key: "margins", message: "The margins leave too little room for text on \(paper.rawValue) paper.",
                                  hint: "Keep them under about a fifth of the page each."))
        }
        if !problems.isEmpty { throw PDFStyleError(problems: problems) }
    }

    /// Every key `init(settings:)` accepts.
    public static let keys = [
        "paper", "margins", "margin_top", "margin_right", "margin_bottom", "margin_left",
        "font", "heading_font", "mono_font", "size", "name_size", "line_height", "paragraph_spacing",
        "section_spacing", "entry_spacing",
        "text", "accent", "muted", "rule", "align", "header_align", "header", "footer",
        "section_rule", "link_underline", "dates", "page_label",
    ]
}

/// An sRGB colour.
public struct PDFColor: Sendable, Hashable, Codable, CustomStringConvertible {
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

    /// `#rrggbb`.
    public var description: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// This colour mixed with white: 0 keeps it, 1 is white.
    func tinted(_ amount: Double) -> PDFColor {
        func mix(_ channel: UInt8) -> UInt8 { UInt8((Double(channel) + (255 - Double(channel)) * amount).rounded()) }
        return PDFColor(red: mix(red), green: mix(green), blue: mix(blue))
    }

    // Codable as the hex string, the way template.yaml writes it.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let color = PDFColor(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a #rrggbb colour."))
        }
        self = color
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Everything wrong with a `style:` map, each with its key.
public struct PDFStyleError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Problem: Sendable, Hashable {
        /// The key as written.
        public var key: String
        /// A whole sentence saying what is wrong.
        public var message: String
        /// How to fix it, when there is something to say.
        public var hint: String?
        /// True when the key itself is unknown (point a diagnostic at the key, not the value).
        public var isUnknownKey = false
    }

    public var problems: [Problem]

    public var description: String {
        problems.map { "style.\($0.key): \($0.message)" + ($0.hint.map { " \($0)" } ?? "") }.joined(separator: "\n")
    }
}

/// A length as written in a style: a number and a unit.
struct Length: Hashable {
    enum Unit: String { case pt, mm, cm, `in`, em }

    var value: Double
    var unit: Unit

    init?(_ text: String) {
        let text = text.trimmingSpaces().lowercased()
        let unitStart = text.firstIndex(where: { $0.isLetter }) ?? text.endIndex
        guard let value = Double(text[..<unitStart]), value >= 0, value.isFinite else { return nil }
        let unitText = text[unitStart...]
        guard let unit = unitText.isEmpty ? .pt : Unit(rawValue: String(unitText)) else { return nil }
        self.value = value
        self.unit = unit
    }

    func points(em: Double) -> Double {
        switch unit {
        case .pt: value
        case .mm: value * 72 / 25.4
        case .cm: value * 72 / 2.54
        case .in: value * 72
        case .em: value * em
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Double {
    /// `5` rather than `5.0`, for messages.
    var formatted: String { self == rounded() ? String(Int(self)) : String(self) }
}
