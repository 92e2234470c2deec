import Core

/// A map from names to template values that keeps the order its keys were written in.
public struct TemplateObject: Sendable, Hashable {
    // One immutable box holding the pairs as given: objects are copied in and out of the
    // renderer's context stack for every section, and one reference to count is cheaper than
    // several. The renderer's lookups read the box in place (`RenderPass.objects`).
    final class Storage: Sendable {
        let pairs: [(String, TemplateValue)]
        // Most objects in a CV have a handful of keys (an entry a dozen), where comparing lengths
        // and then short strings beats hashing every key into a table; bigger ones get an index.
        let index: [String: Int]?
        /// The keys' lengths (modulo 64) as a set of bits: a name of a length no key has is not
        /// here, which a lookup sees without a scan. Mustache looks a name up from the innermost
        /// object out, and most objects it passes on the way do not have it.
        let lengths: UInt64

        /// `lengths`: the keys' set of lengths, when the caller has it (`distinctKeyLengths`).
        init(pairs: [(String, TemplateValue)], index: [String: Int]?, lengths: UInt64? = nil) {
            self.pairs = pairs
            self.index = index
            self.lengths = lengths ?? pairs.withUnsafeBufferPointer { pairs in
                pairs.reduce(0) { $0 | Storage.lengthBit($1.0.utf8.count) }
            }
        }

        @inline(__always) static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(length & 63) }

        func position(of key: String) -> Int? {
            position(of: key, lengthBit: Storage.lengthBit(key.utf8.count))
        }

        /// `position(of:)` for a caller that looks the key up in many objects: `lengthBit` is
        /// `lengthBit(key.utf8.count)`, worked out once.
        @inline(__always) func position(of key: String, lengthBit: UInt64) -> Int? {
            guard lengths & lengthBit != 0 else { return nil }
            if let index { return index[key] }
            return pairs.firstIndex { $0.0.isSameText(as: key) }
        }
    }

    private(set) var storage: Storage

    /// An object from key-value pairs; a repeated key keeps its first position and its last value.
    /// Objects are built by the thousand per build and are mostly small with distinct keys: those
    /// keep the array they were given, with no copy.
    public init(_ pairs: [(String, TemplateValue)]) {
        if pairs.count <= 16, let lengths = TemplateObject.distinctKeyLengths(pairs) {
            storage = Storage(pairs: pairs, index: nil, lengths: lengths)
        } else {
            storage = TemplateObject.merged(pairs)
        }
    }

    /// An object from key-value pairs; a repeated key keeps its first position and its last value.
    public init(_ pairs: some Sequence<(String, TemplateValue)>) {
        storage = TemplateObject.merged(pairs)
    }

    private static func merged(_ pairs: some Sequence<(String, TemplateValue)>) -> Storage {
        var kept: [(String, TemplateValue)] = []
        kept.reserveCapacity(pairs.underestimatedCount)
        // A linear scan for repeated keys is cheaper than hashing every key, until an object grows large.
        var positions: [String: Int]?
        for (key, value) in pairs {
            if positions == nil, kept.count == 16 {
                positions = Dictionary(kept.enumerated().map { ($1.0, $0) }, uniquingKeysWith: { first, _ in first })
            }
            if let position = positions.map({ $0[key] }) ?? kept.firstIndex(where: { $0.0.isSameText(as: key) }) {
                kept[position].1 = value
            } else {
                positions?[key] = kept.count
                kept.append((key, value))
            }
        }
        return Storage(pairs: kept, index: positions)
    }

    /// The keys' set of lengths (`Storage.lengths`), or nil when two keys are the same text. Keys
    /// of equal text have equal lengths, so a key whose length (modulo 64) no earlier key had is
    /// compared with none of them: most objects' keys are all of different lengths, and comparing
    /// every pair was 60,000 objects' worth of work. The set is the one lookups use, made once.
    private static func distinctKeyLengths(_ pairs: [(String, TemplateValue)]) -> UInt64? {
        pairs.withUnsafeBufferPointer { pairs in
            var lengths: UInt64 = 0
            for index in pairs.indices {
                let bit = Storage.lengthBit(pairs[index].0.utf8.count)
                if lengths & bit != 0 {
                    for earlier in 0..<index where pairs[earlier].0.isSameText(as: pairs[index].0) { return nil }
                }
                lengths |= bit
            }
            return lengths
        }
    }

    /// An object with the dictionary's entries, sorted by key so that the order is repeatable.
    public init(_ dictionary: [String: TemplateValue]) {
        self.init(dictionary.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The keys in the order they were given.
    public var keys: [String] { storage.pairs.map(\.0) }
    /// The values, parallel to `keys`.
    public var values: [TemplateValue] { storage.pairs.map(\.1) }
    public var count: Int { storage.pairs.count }
    public var isEmpty: Bool { storage.pairs.isEmpty }

    /// The value for `key`, or nil when the object has no such key. Setting appends a new key at the end
    /// and copies the object, which is meant to be built once and then read many times.
    public subscript(key: String) -> TemplateValue? {
        get { storage.position(of: key).map { storage.pairs[$0].1 } }
        set {
            var pairs = storage.pairs
            switch (storage.position(of: key), newValue) {
            case (let position?, let newValue?):
                pairs[position].1 = newValue
            case (let position?, nil):
                pairs.remove(at: position)
            case (nil, let newValue?):
                pairs.append((key, newValue))
            case (nil, nil):
                return
            }
            storage = TemplateObject.merged(pairs)
        }
    }

    public static func == (a: TemplateObject, b: TemplateObject) -> Bool {
        a.storage === b.storage || (a.count == b.count && zip(a.storage.pairs, b.storage.pairs).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 })
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for (key, value) in storage.pairs {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }
}

extension TemplateObject: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.pairs.count }

    public subscript(position: Int) -> (key: String, value: TemplateValue) {
        storage.pairs[position]
    }
}
