import Foundation

/// A DOCX file's paragraph styles (`word/styles.xml`): which are headings, the title, lists,
/// and the bold, italic and size they give their runs, following `basedOn` chains.
struct DOCXStyles: Sendable {
    struct Style: Sendable {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numbered = false
        var bold: Bool?
        var italic: Bool?
        var caps: Bool?
        /// Half-points, as Word writes them.
        var halfPoints: Int?
    }

    var styles: [String: Style] = [:]
    var defaultHalfPoints = 20
    var defaultParagraphStyle: String?

    /// A property of a style, looked up through its `basedOn` chain.
    func resolve<T>(_ id: String?, _ property: (Style) -> T?) -> T? {
        var current = id
        var depth = 0
        while let key = current, let style = styles[key], depth < 12 {
            if let value = property(style) { return value }
            current = style.basedOn
            depth += 1
        }
        return nil
    }

    /// The heading level a paragraph style gives: "heading 2" -> 2, or from its outline level.
    func headingLevel(_ id: String?) -> Int? {
        var current = id
        var depth = 0
        while let key = current, let style = styles[key], depth < 12 {
            let name = style.name.lowercased()
            if name.hasPrefix("heading "), let level = Int(name.dropFirst(8)) { return level }
            if let level = style.outlineLevel, level < 9 { return level + 1 }
            current = style.basedOn
            depth += 1
        }
        return nil
    }

    func isTitle(_ id: String?) -> Bool {
        guard let id else { return false }
        return styles[id]?.name.lowercased() == "title" || id.lowercased() == "title"
    }

    func isList(_ id: String?) -> Bool {
        guard let id else { return false }
        if resolve(id, { $0.numbered ? true : nil }) == true { return true }
        let name = (styles[id]?.name ?? id).lowercased()
        return name.contains("list bullet") || name.contains("list number")
    }

    static func parse(_ bytes: [UInt8]) -> DOCXStyles {
        var reader = Reader()
        // A damaged styles part only costs the style hints after the damage.
        try? XMLReader.read(bytes, into: &reader)
        return reader.result
    }

    private struct Reader: XMLReader.Handler {
        var result = DOCXStyles()
        var current: (id: String, style: Style)?
        var inDefaults = false
        var inRunProperties = false

        mutating func start(_ element: String, attributes: [String: String]) {
            let value = DOCXAttributes.value(attributes, "val")
            switch element {
            case "docDefaults": inDefaults = true
            case "style":
                if DOCXAttributes.value(attributes, "type") == "paragraph" || DOCXAttributes.value(attributes, "type") == "character",
                   let id = DOCXAttributes.value(attributes, "styleId") {
                    current = (id, Style())
                    if DOCXAttributes.value(attributes, "default") == "1", DOCXAttributes.value(attributes, "type") == "paragraph" {
                        result.defaultParagraphStyle = id
                    }
                }
            case "name": current?.style.name = value ?? ""
            case "basedOn": current?.style.basedOn = value
            case "outlineLvl": current?.style.outlineLevel = value.flatMap(Int.init)
            case "numId": current?.style.numbered = value != nil && value != "0"
            case "rPr": inRunProperties = true
            case "b" where inRunProperties: current?.style.bold = DOCXAttributes.isOn(value)
            case "i" where inRunProperties: current?.style.italic = DOCXAttributes.isOn(value)
            case "caps" where inRunProperties: current?.style.caps = DOCXAttributes.isOn(value)
            case "sz" where inRunProperties:
                if inDefaults, current == nil, let size = value.flatMap(Int.init) { result.defaultHalfPoints = size } else { current?.style.halfPoints = value.flatMap(Int.init) }
            default: break
            }
        }

        mutating func end(_ element: String) {
            switch element {
            case "docDefaults": inDefaults = false
            case "rPr": inRunProperties = false
            case "style":
                if let current { result.styles[current.id] = current.style }
                current = nil
            default: break
            }
        }
    }
}

/// Attribute lookup by local name, whatever prefix the file used (`w:val`, `val`).
enum DOCXAttributes {
    static func value(_ attributes: [String: String], _ name: String) -> String? {
        if let value = attributes[name] { return value }
        for (key, value) in attributes where key.hasSuffix(":" + name) { return value }
        return nil
    }

    /// `<w:b/>`, `<w:b w:val="true"/>` are on; `w:val="0"`, `"false"`, `"off"`, `"none"` are off.
    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !["0", "false", "off", "none"].contains(value.lowercased())
    }
}
