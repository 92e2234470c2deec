import Core

/// A YAML (or JSON) value with the place it was written. Immutable; aliases are already expanded.
public struct YAMLNode: Sendable {
    public enum ScalarStyle: Sendable, Hashable { case plain, singleQuoted, doubleQuoted, literal, folded }

    public struct Pair: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode
        public init(key: YAMLNode, value: YAMLNode) { self.key = key; self.value = value }
    }

    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    /// An explicit tag, when the file wrote one (`!!str 2019`). Only the core schema's tags change
    /// how a value reads; a one-byte enum rather than the tag's text keeps every node small.
    public enum Tag: UInt8, Sendable {
        case string, integer, float, boolean, null, other

        init(_ text: String) {
            switch text {
            case "tag:yaml.org,2002:str": self = .string
            case "tag:yaml.org,2002:int": self = .integer
            case "tag:yaml.org,2002:float": self = .float
            case "tag:yaml.org,2002:bool": self = .boolean
            case "tag:yaml.org,2002:null": self = .null
            default: self = .other
            }
        }
    }

    // In this order a node takes 32 bytes, not 40: the one-byte tag fills the gap after the
    // content's 17 bytes instead of padding the end. A workspace holds millions of nodes.
    public var content: Content
    public var tag: Tag?
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation, tag: Tag? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
    }

    public static func string(_ text: String, at location: SourceLocation) -> YAMLNode {
        YAMLNode(.scalar(text, .doubleQuoted), at: location)
    }
}

// MARK: - Reading values under the YAML 1.2 core schema (so `NO` stays a string).

extension YAMLNode {
    public var kindName: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar:
            if isNull { return "nothing (null)" }
            if bool != nil { return "true/false" }
            if int != nil || double != nil { return "a number" }
            return "text"
        }
    }

    public var isScalar: Bool { if case .scalar = content { return true } else { return false } }
    public var isPlain: Bool { if case .scalar(_, .plain) = content { return true } else { return false } }

    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil else { return false }
        return Self.isNullWord(text)
    }

    /// `""`, `~`, `null`, `Null` or `NULL`. By length first: every read of a scalar asks, and
    /// comparing a string with four words it is not cost more than the read.
    @inline(__always) static func isNullWord(_ text: String) -> Bool {
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    public var bool: Bool? {
        guard case .scalar(let text, .plain) = content, tag == nil || tag == .boolean else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    public var int: Int? {
        guard case .scalar(let text, .plain) = content, tag == nil || tag == .integer else { return nil }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        guard let first = text.first, first.isNumber || ((first == "-" || first == "+") && text.count > 1) else { return nil }
        return Int(text)
    }

    public var double: Double? {
        guard case .scalar(let text, .plain) = content, tag == nil || tag == .float else { return nil }
        if let i = int { return Double(i) }
        guard text.contains(where: \.isNumber) || text.lowercased().hasSuffix("inf") || text.lowercased() == ".nan" else { return nil }
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: return Double(text)
        }
    }

    /// The scalar's text, whatever it resolves to; nil for lists, mappings and null.
    public var scalarText: String? {
        guard case .scalar(let text, _) = content, !isNull else { return nil }
        return text
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value under a string key of a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        // By index, in place: `first(where:)` copied each pair it passed (two reference counts).
        return pairs.withUnsafeBufferPointer { pairs in
            for index in pairs.indices where pairs[index].key.isKey(key) { return pairs[index].value }
            return nil
        }
    }

    /// The key node for a string key (its location is where the key was written).
    public func keyNode(_ key: String) -> YAMLNode? {
        pairs?.first { $0.key.isKey(key) }?.key
    }

    /// `scalarText == key`, without copying the text out: the look-up every reader of a mapping makes.
    @inline(__always) func isKey(_ key: String) -> Bool {
        guard case .scalar(let text, let style) = content, text.isSameText(as: key) else { return false }
        return style != .plain || tag != nil || !Self.isNullWord(text)
    }

    /// A list of scalars as located strings: `[a, b]`, or a single scalar as a one-item list.
    public var strings: [Located<String>] {
        if let items = sequence { return items.compactMap { item in item.scalarText.map { Located($0, at: item.location) } } }
        if let text = scalarText { return [Located(text, at: location)] }
        return []
    }

    public var located: Located<String>? { scalarText.map { Located($0, at: location) } }
}
