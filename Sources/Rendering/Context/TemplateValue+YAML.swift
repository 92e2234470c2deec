import YAMLSupport

extension TemplateValue {
    /// A YAML tree as template data: scalars as text, lists and mappings as they are.
    /// Highlights written as `{text, tags}` become their text.
    public init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let text, _):
            self = node.isNull ? .null : .string(text)
        case .sequence(let items):
            self = .array(items.map { item in
                if item.pairs != nil, let text = item["text"], item["tags"] != nil || item.pairs!.count == 1 {
                    return TemplateValue(text)
                }
                return TemplateValue(item)
            })
        case .mapping:
            self = .object(TemplateObject(Self.members(of: node)))
        }
    }

    /// A mapping's members as template data, in order, for an object made of them and more
    /// (`TemplateObject(members(of: node) + extra)`: one object, not one copied to add to it).
    static func members(of node: YAMLNode) -> [(String, TemplateValue)] {
        guard case .mapping(let pairs) = node.content else { return [] }
        var members: [(String, TemplateValue)] = []
        // Room for the few members callers add (`TemplateObject(members(of: node) + extra)`).
        members.reserveCapacity(pairs.count + 4)
        // By index, in place: a closure over the pairs was handed a copy of each.
        pairs.withUnsafeBufferPointer { pairs in
            for index in pairs.indices {
                if let key = pairs[index].key.scalarText { members.append((key, TemplateValue(member: key, pairs[index].value))) }
            }
        }
        return members
    }

    /// A mapping's member: addresses (`url`, `website`, ...) get link escaping, not text escaping.
    init(member key: String, _ node: YAMLNode) {
        if LinkDestination.isAddressKey(key), let url = node.scalarText {
            self = LinkDestination.value(url)
        } else {
            self.init(node)
        }
    }

    /// This object with more members (replacing same-named ones).
    func adding(_ members: [(String, TemplateValue)]) -> TemplateValue {
        guard case .object(let object) = self else { return .object(TemplateObject(members)) }
        var pairs = Array(object.map { ($0.key, $0.value) })
        for (key, value) in members {
            if let index = pairs.firstIndex(where: { $0.0 == key }) { pairs[index].1 = value } else { pairs.append((key, value)) }
        }
        return .object(TemplateObject(pairs))
    }

    static func strings(_ values: [String]) -> TemplateValue { .array(values.map { .string($0) }) }
    static func optional(_ value: String?) -> TemplateValue { value.map { .string($0) } ?? .null }
}
