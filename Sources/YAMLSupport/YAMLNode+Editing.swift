import Core

/// Building derived trees (a persona's effective CV) out of parsed ones, keeping locations.
extension YAMLNode {
    public static func mapping(_ pairs: [Pair], at location: SourceLocation) -> YAMLNode {
        YAMLNode(.mapping(pairs), at: location)
    }

    public static func sequence(_ items: [YAMLNode], at location: SourceLocation) -> YAMLNode {
        YAMLNode(.sequence(items), at: location)
    }

    /// This mapping with `key` set to `value` (replaced in place, or appended).
    public func setting(_ key: String, to value: YAMLNode, keyLocation: SourceLocation? = nil) -> YAMLNode {
        var pairs = self.pairs ?? []
        if let index = pairs.firstIndex(where: { $0.key.isKey(key) }) {
            pairs[index].value = value
        } else {
            pairs.append(Pair(key: .string(key, at: keyLocation ?? value.location), value: value))
        }
        return YAMLNode(.mapping(pairs), at: location, tag: tag)
    }

    /// This mapping without `key`.
    public func removing(_ key: String) -> YAMLNode {
        guard let pairs else { return self }
        return YAMLNode(.mapping(pairs.filter { !$0.key.isKey(key) }), at: location, tag: tag)
    }

    /// This tree without the value at a dotted path (`basics.location.address`), if it is there.
    /// Inlinable, so callers in other modules get it specialised for their collection: as a
    /// generic call it instantiated type metadata at every level of every private path, for
    /// every document's context.
    @inlinable
    public func removing(path: some Collection<Substring>) -> YAMLNode {
        guard let first = path.first else { return self }
        let key = String(first)
        guard let child = self[key] else { return self }
        if path.count == 1 { return removing(key) }
        return setting(key, to: child.removing(path: path.dropFirst()))
    }

    /// Merges `other` over this mapping key by key; `other` wins, nested mappings merge too.
    public func merging(_ other: YAMLNode) -> YAMLNode {
        guard pairs != nil, let overrides = other.pairs else { return other }
        var result = self
        for pair in overrides {
            guard let key = pair.key.scalarText else { continue }
            if let mine = result[key], mine.pairs != nil, pair.value.pairs != nil {
                result = result.setting(key, to: mine.merging(pair.value))
            } else {
                result = result.setting(key, to: pair.value, keyLocation: pair.key.location)
            }
        }
        return result
    }
}
