/// The data a Mustache template reads: a typed tree instead of `Any`, so rendering needs no reflection.
public enum TemplateValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case array([TemplateValue])
    case object(TemplateObject)
    case null
    /// Already-rendered text (an HTML body, a Markdown fragment) inserted as is, even by `{{name}}`.
    case raw(String)
    /// The same as UTF-8 bytes (a page's HTML, made as bytes), so that no String is made of it.
    case rawUTF8([UInt8])

    /// Whether a section over this value renders.
    ///
    /// Follows the spec (false, null and the empty list are falsy; numbers and objects are truthy) with
    /// one deliberate change: the empty string is falsy too, so `{{#basics.phone}}…{{/basics.phone}}`
    /// hides an optional field whether the data omits it or leaves it blank.
    public var isTruthy: Bool {
        switch self {
        case .string(let text), .raw(let text): !text.isEmpty
        case .rawUTF8(let bytes): !bytes.isEmpty
        case .bool(let flag): flag
        case .int: true
        case .array(let items): !items.isEmpty
        case .object: true
        case .null: false
        }
    }

    /// The member named `key` when this is an object; nil for anything else, as the spec's lookup wants.
    public subscript(key: String) -> TemplateValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements))
    }
}
