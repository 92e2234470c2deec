/// A part's relationships (`_rels/*.rels`): ids handed out in the order asked, so the same
/// document always gets the same ids.
struct Relationships {
    enum Kind: String {
        case officeDocument, styles, numbering, settings, fontTable, header, footer, hyperlink, image

        var uri: String { "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + rawValue }
    }

    private(set) var entries: [(id: String, type: String, target: String, external: Bool)] = []
    private var hyperlinks: [String: String] = [:]

    /// Adds a relationship and returns its id.
    @discardableResult
    mutating func add(_ kind: Kind, target: String, external: Bool = false) -> String {
        add(type: kind.uri, target: target, external: external)
    }

    @discardableResult
    mutating func add(type: String, target: String, external: Bool = false) -> String {
        let id = "rId\(entries.count + 1)"
        entries.append((id, type, target, external))
        return id
    }

    /// The id of an external hyperlink, one per distinct URL.
    mutating func hyperlink(_ url: String) -> String {
        if let id = hyperlinks[url] { return id }
        let id = add(.hyperlink, target: url, external: true)
        hyperlinks[url] = id
        return id
    }

    var xml: String {
        var out = XMLParts.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for entry in entries {
            out += "<Relationship Id=\"\(entry.id)\" Type=\"\(entry.type)\" Target=\"\(XMLText.attribute(entry.target))\""
            out += entry.external ? " TargetMode=\"External\"/>" : "/>"
        }
        return out + "</Relationships>"
    }
}
