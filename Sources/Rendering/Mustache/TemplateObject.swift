import Core

/// A map from names to template values that keeps the order its keys were written in.
public struct TemplateObject: Sendable, Hashable {
    // One immutable box instead of three arrays: the renderer copies objects in and out of its context
    // stack on every lookup, and one reference to count is measurably cheaper than three.
    private final class Storage: Sendable {
        let keys: [String]
        let values: [TemplateValue]
        // Most objects in a CV have a handful of keys (an entry a dozen), where comparing lengths
        // and then short strings beats hashing every key into a table; bigger ones get an index.
        let index: [String: Int]?

        init(keys: [String], values: [TemplateValue]) {
            self.keys = keys
            self.values = values
            index = keys.count > 16 ? Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) : nil
        }

        func position(of key: String) -> Int? {
            if let index { return index[key] }
            return keys.firstIndex { $0.isSameText(as: key) }
        }
    }

    private var storage: Storage

    /// An object from key-value pairs; a repeated key keeps its first position and its last value.
    public init(_ pairs: some Sequence<(String, TemplateValue)>) {
        var keys: [String] = []
        var values: [TemplateValue] = []
        keys.reserveCapacity(pairs.underestimatedCount)
        values.reserveCapacity(pairs.underestimatedCount)
        // Objects are built by the thousand per build and are mostly small: a linear scan for
        // repeated keys is cheaper than hashing every key, until an object grows large.
        var positions: [String: Int]?
        for (key, value) in pairs {
            if positions == nil, keys.count == 16 {
                positions = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            }
            if let position = positions.map({ $0[key] }) ?? keys.firstIndex(where: { $0.isSameText(as: key) }) {
                values[position] = value
            } else {
                positions?[key] = keys.count
                keys.append(key)
                values.append(value)
            }
        }
        storage = Storage(keys: keys, values: values)
    }

    /// An object with the dictionary's entries, sorted by key so that the order is repeatable.
    public init(_ dictionary: [String: TemplateValue]) {
        self.init(dictionary.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The keys in the order they were given.
    public var keys: [String] { storage.keys }
    /// The values, parallel to `keys`.
    public var values: [TemplateValue] { storage.values }
    public var count: Int { storage.keys.count }
    public var isEmpty: Bool { storage.keys.isEmpty }

    /// The value for `key`, or nil when the object has no such key. Setting appends a new key at the end
    /// and copies the object, which is meant to be built once and then read many times.
    public subscript(key: String) -> TemplateValue? {
        get { storage.position(of: key).map { storage.values[$0] } }
        set {
            var keys = storage.keys
            var values = storage.values
            switch (storage.position(of: key), newValue) {
            case (let position?, let newValue?):
                values[position] = newValue
            case (let position?, nil):
                keys.remove(at: position)
                values.remove(at: position)
            case (nil, let newValue?):
                keys.append(key)
                values.append(newValue)
            case (nil, nil):
                return
            }
            storage = Storage(keys: keys, values: values)
        }
    }

    public static func == (a: TemplateObject, b: TemplateObject) -> Bool {
        a.storage === b.storage || (a.keys == b.keys && a.values == b.values)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keys)
        hasher.combine(values)
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }
}

extension TemplateObject: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { keys.count }

    public subscript(position: Int) -> (key: String, value: TemplateValue) {
        (storage.keys[position], storage.values[position])
    }
}
