import Core

extension DOCXStyle {
    /// A style from a template's flattened `style:` map, the same map and keys `PDFStyle(settings:)`
    /// reads (`paper`, `margins`, `font`, `size`, `accent`, ...), so one template style feeds the
    /// PDF and the DOCX. Keys that only mean something on a PDF are accepted and have their
    /// nearest Word equivalent. Every problem is reported at once; unknown keys get a did-you-mean.
    public init(settings: [String: String]) throws(DOCXStyleError) {
        self.init()
        var problems: [DOCXStyleError.Problem] = []
        // Lengths that may be written in `em`, resolved once `size` is known.
        var relative: [String: (value: Double, isEm: Bool)] = [:]
        for (key, raw) in settings.sorted(by: { $0.key < $1.key }) {
            let value = raw.trimmedSpaces
            func problem(_ message: String, _ hint: String? = nil) {
                problems.append(.init(key: key, message: message, hint: hint))
            }
            func length() -> Double? {
                guard let points = Self.points(value, em: nil) else {
                    problem("'\(value)' is not a length.", "Write a number with a unit, such as 18mm, 0.75in or 12pt.")
                    return nil
                }
                return points
            }
            func number(_ range: ClosedRange<Double>) -> Double? {
                guard let parsed = Double(value.hasSuffix("pt") ? String(value.dropLast(2)) : value), range.contains(parsed) else {
                    problem("'\(value)' is not a number from \(Self.formatted(range.lowerBound)) to \(Self.formatted(range.upperBound)).")
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
            func color() -> DOCXColor? {
                guard let parsed = DOCXColor(hex: value) else {
                    problem("'\(value)' is not a colour.", "Write it as #rgb or #rrggbb, for example #1f5f8b.")
                    return nil
                }
                return parsed
            }
            func family() -> String? {
                // Word takes one family name: the first of a fallback list.
                let first = value.split(separator: ",").first.map { String($0).trimmedSpaces } ?? ""
                guard !first.isEmpty else {
                    problem("The font family is empty.", "Name an installed family, such as DejaVu Sans; `fc-list : family` lists them.")
                    return nil
                }
                return first
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
                let parts = value.split(whereSeparator: { $0 == " " || $0 == "," }).map { Self.points(String($0), em: nil) }
                guard [1, 2, 4].contains(parts.count), parts.allSatisfy({ $0 != nil }) else {
                    problem("'\(value)' is not one, two or four lengths.", "Write for example 18mm, or 20mm 15mm (top and bottom, left and right).")
                    continue
                }
                let points = parts.map { $0! }
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
            case "paragraph_spacing", "section_spacing", "entry_spacing":
                let isEm = value.lowercased().hasSuffix("em")
                guard let parsed = isEm ? Double(String(value.dropLast(2)).trimmedSpaces) : Self.points(value, em: nil), parsed >= 0 else {
                    problem("'\(value)' is not a length.", "Write a number with a unit, such as 6pt or 0.6em.")
                    continue
                }
                relative[key] = (parsed, isEm)
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
                problems.append(.init(key: key, message: "'\(key)' is not a style key.",
                                      hint: hint ?? "The keys are \(Self.keys.joined(separator: ", ")).", isUnknownKey: true))
            }
        }
        // Applied last: `em` means the final `size`, whichever order the keys came in.
        func resolved(_ key: String) -> Double? { relative[key].map { $0.isEm ? $0.value * size : $0.value } }
        paragraphSpacing = resolved("paragraph_spacing") ?? paragraphSpacing
        sectionSpacing = resolved("section_spacing") ?? sectionSpacing
        entrySpacing = resolved("entry_spacing") ?? entrySpacing
        let (width, height) = paper.size
        if marginLeft + marginRight > width * 0.6 || marginTop + marginBottom > height * 0.6 {
            problems.append(.init(key: "margins", message: "The margins leave too little room for text on \(paper.rawValue) paper.",
                                  hint: "Keep them under about a fifth of the page each."))
        }
        if !problems.isEmpty { throw DOCXStyleError(problems: problems) }
    }

    /// Every key `init(settings:)` accepts: the same as `PDFStyle.keys`.
    public static let keys = [
        "paper", "margins", "margin_top", "margin_right", "margin_bottom", "margin_left",
        "font", "heading_font", "mono_font", "size", "name_size", "line_height", "paragraph_spacing",
        "section_spacing", "entry_spacing", "text", "accent", "muted", "rule", "align", "header_align", "header", "footer",
        "section_rule", "link_underline", "dates", "page_label",
    ]

    /// A length in points from a number and a unit (`pt`, the default, `mm`, `cm`, `in`);
    /// `em` only when `em` gives the size it stands for.
    static func points(_ text: String, em: Double?) -> Double? {
        let text = text.trimmedSpaces.lowercased()
        let unitStart = text.firstIndex(where: { $0.isLetter }) ?? text.endIndex
        guard let value = Double(text[..<unitStart]), value >= 0, value.isFinite else { return nil }
        switch text[unitStart...] {
        case "", "pt": return value
        case "mm": return value * 72 / 25.4
        case "cm": return value * 72 / 2.54
        case "in": return value * 72
        case "em": return em.map { value * $0 }
        default: return nil
        }
    }

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// Everything wrong with a `style:` map, each with its key.
public struct DOCXStyleError: Error, Sendable, Hashable, CustomStringConvertible {
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

extension String {
    /// Without leading and trailing whitespace.
    var trimmedSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
