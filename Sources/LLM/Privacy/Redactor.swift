import Foundation
import YAMLSupport

/// Puts placeholders (`[EMAIL_1]`) in place of contact details and private fields in what is
/// sent to a model, and puts the originals back in its answer. Numbering follows the order of
/// first appearance, so the same sources give the same prompt and the same cache key.
struct Redactor: Sendable {
    /// Off for the builtin engine and with `allow_private: true`: everything passes as it is.
    let enabled: Bool
    private var tokens: [String: String] = [:]
    private var originals: [(original: String, token: String)] = []
    private var counters: [String: Int] = [:]

    init(enabled: Bool) { self.enabled = enabled }

    /// The CV fields that are contact details, and the placeholder kind of each.
    static let contactFields: [(path: [String], kind: String)] = [
        (["basics", "name"], "NAME"), (["basics", "email"], "EMAIL"), (["basics", "phone"], "PHONE"),
        (["basics", "url"], "URL"), (["basics", "location", "address"], "ADDRESS"),
        (["basics", "location", "postalCode"], "ADDRESS"), (["basics", "profiles", "url"], "URL"),
        (["basics", "profiles", "username"], "HANDLE"), (["linkedin", "url"], "URL"),
    ]

    func isPlaceholder(_ text: String) -> Bool { text.hasPrefix("[") && originals.contains { $0.token == text } }

    /// Whether any placeholder was made.
    var isEmpty: Bool { originals.isEmpty }

    /// The placeholder standing for `value`: the same one each time the value comes back.
    mutating func placeholder(for value: String, kind: String) -> String {
        if let token = tokens[value] { return token }
        let number = (counters[kind] ?? 0) + 1
        counters[kind] = number
        let token = "[\(kind)_\(number)]"
        tokens[value] = token
        originals.append((value, token))
        return token
    }

    /// A CV or front matter with contact details and the dotted `privatePaths` replaced.
    mutating func redact(_ node: YAMLNode, privatePaths: [String]) -> YAMLNode {
        guard enabled else { return node }
        var result = node
        for field in Self.contactFields { result = replacing(result, path: field.path[...], kind: field.kind) }
        for path in privatePaths {
            result = replacing(result, path: path.split(separator: ".").map(String.init)[...], kind: "PRIVATE")
        }
        return result
    }

    private mutating func replacing(_ node: YAMLNode, path: ArraySlice<String>, kind: String) -> YAMLNode {
        guard let first = path.first else { return replacingLeaves(node, kind: kind) }
        if let items = node.sequence {
            // A dotted path reaches through lists: `work.highlights` is every highlight; `work.0` one entry.
            if let index = Int(first) {
                guard items.indices.contains(index) else { return node }
                var copy = items
                copy[index] = replacing(items[index], path: path.dropFirst(), kind: kind)
                return .sequence(copy, at: node.location)
            }
            return .sequence(items.map { replacing($0, path: path, kind: kind) }, at: node.location)
        }
        guard let child = node[first] else { return node }
        return node.setting(first, to: replacing(child, path: path.dropFirst(), kind: kind))
    }

    private mutating func replacingLeaves(_ node: YAMLNode, kind: String) -> YAMLNode {
        switch node.content {
        case .scalar:
            // A value already replaced (a contact field that is also private) keeps its placeholder.
            guard let text = node.scalarText, !text.isEmpty, !isPlaceholder(text) else { return node }
            return .string(placeholder(for: text, kind: kind), at: node.location)
        case .sequence(let items):
            return .sequence(items.map { replacingLeaves($0, kind: kind) }, at: node.location)
        case .mapping(let pairs):
            return .mapping(pairs.map { YAMLNode.Pair(key: $0.key, value: replacingLeaves($0.value, kind: kind)) }, at: node.location)
        }
    }

    /// Free text with every value already replaced elsewhere replaced here too, and any other
    /// e-mail address or international phone number given a placeholder.
    mutating func redact(_ text: String) -> String {
        guard enabled else { return text }
        var result = text
        for (original, token) in originals.sorted(by: { $0.original.count > $1.original.count }) where original.count >= 3 {
            result = result.replacingOccurrences(of: original, with: token)
        }
        for found in ContactScanner.emails(in: result) { result = result.replacingOccurrences(of: found, with: placeholder(for: found, kind: "EMAIL")) }
        for found in ContactScanner.phones(in: result) { result = result.replacingOccurrences(of: found, with: placeholder(for: found, kind: "PHONE")) }
        return result
    }

    /// The text with the originals back in place of the placeholders.
    func restore(_ text: String) -> String {
        guard !originals.isEmpty, text.contains("[") else { return text }
        var result = text
        for (original, token) in originals { result = result.replacingOccurrences(of: token, with: original) }
        return result
    }

    func restore(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(restore(text))
        case .array(let items): return .array(items.map(restore))
        case .object(let members): return .object(members.mapValues(restore))
        default: return value
        }
    }
}
