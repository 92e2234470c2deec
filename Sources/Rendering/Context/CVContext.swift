import Foundation
import Workspace
import YAMLSupport

/// Template data for a CV document: basics with a ready contact line, and sections in order,
/// each entry with its dates already written out in the document's language.
enum CVContext {
    static func basics(_ node: YAMLNode?, locale: LocaleStrings) -> TemplateValue {
        guard let node, node.pairs != nil else { return .object(TemplateObject([("contacts", .array([]))])) }
        let location = node["location"]
        let place = ["city", "region", "countryCode"].compactMap { location?[$0]?.scalarText }.filter { !$0.isEmpty }.joined(separator: ", ")
        var contacts: [TemplateValue] = []
        func contact(_ kind: String, _ text: String?, _ href: String?) {
            guard let text, !text.isEmpty else { return }
            contacts.append(["kind": .string(kind), "text": .string(text), "href": href.map(LinkDestination.value) ?? .null,
                             "first": .bool(contacts.isEmpty)])
        }
        let email = node["email"]?.scalarText
        contact("email", email, email.map { "mailto:" + $0 })
        let phone = node["phone"]?.scalarText
        contact("phone", phone, phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } })
        let url = node["url"]?.scalarText
        contact("url", url.map(displayURL), url)
        contact("location", place.isEmpty ? nil : place, nil)
        for profile in node["profiles"]?.sequence ?? [] {
            let network = profile["network"]?.scalarText
            let link = profile["url"]?.scalarText
            let username = profile["username"]?.scalarText
            let text = username.map { name in network.map { "\($0): \(name)" } ?? name } ?? link.map(displayURL) ?? network
            contact((network ?? "profile").lowercased(), text, link)
        }
        // The basics' members, the location with its one-line text, and the contacts: made as one
        // object (a later member of the same name replaces an earlier one's value in place).
        var members = TemplateValue.members(of: node)
        if let location, location.pairs != nil {
            members.append(("location", .object(TemplateObject(TemplateValue.members(of: location) + [("text", .optional(place.isEmpty ? nil : place))]))))
        }
        members.append(("contacts", .array(contacts)))
        return .object(TemplateObject(members))
    }

    /// `https://www.example.com/` -> `example.com`, for the contact line.
    static func displayURL(_ url: String) -> String {
        // By bytes, in place: the prefixes and the slash are ASCII, and Substring's hasPrefix
        // compared Characters (every contact line of every document). The prefixes are static
        // strings, not an array of strings made for each URL.
        var copy = url
        let (start, end) = copy.withUTF8 { bytes -> (Int, Int) in
            var start = 0, end = bytes.count
            func skip(_ prefix: StaticString) {
                let length = prefix.utf8CodeUnitCount
                if end - start >= length, memcmp(bytes.baseAddress! + start, prefix.utf8Start, length) == 0 { start += length }
            }
            for prefix: StaticString in ["https://", "http://", "mailto:", "www."] { skip(prefix) }
            while end > start, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            return (start, end)
        }
        let utf8 = url.utf8
        return String(url[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// The sections in the order asked for, leaving out empty ones.
    static func sections(_ ids: [String], cv: YAMLNode, body: String, locale: LocaleStrings) -> TemplateValue {
        var sections: [TemplateValue] = []
        for id in ids {
            // Only this section's flag: the other `is_*` names are absent, hence false, and the
            // template checker still knows them all from the shape.
            var members: [(String, TemplateValue)] = [("id", .string(id)), ("title", .string(locale.section(id))), ("is_" + id, true)]
            switch id {
            case "summary":
                guard let summary = cv["basics"]?["summary"]?.scalarText, !summary.isEmpty else { continue }
                members.append(("text", .string(summary)))
            case "body":
                guard !body.allSatisfy(\.isWhitespace) else { continue }
                members.append(("body", .raw(body)))
            default:
                let entries = cv[id]?.sequence ?? []
                guard !entries.isEmpty else { continue }
                members.append(("entries", .array(entries.map { entry($0, locale: locale) })))
            }
            sections.append(.object(TemplateObject(members)))
        }
        return .array(sections)
    }

    static func entry(_ node: YAMLNode, locale: LocaleStrings) -> TemplateValue {
        var extra = TemplateValue.members(of: node)
        let dates = DateText.range(start: node["startDate"]?.scalarText, end: node["endDate"]?.scalarText, locale: locale)
            ?? DateText.format(node["date"]?.scalarText ?? node["releaseDate"]?.scalarText, locale: locale)
        extra.append(("dates", .optional(dates)))
        let keywords = node["keywords"]?.strings.map(\.value) ?? []
        extra.append(("keywords_text", .optional(keywords.isEmpty ? nil : keywords.joined(separator: ", "))))
        if node["name"] == nil, let company = node["company"] { extra.append(("name", TemplateValue(company))) }
        if node["url"] == nil, let website = node["website"] { extra.append(("url", TemplateValue(member: "url", website))) }
        return .object(TemplateObject(extra))
    }
}
