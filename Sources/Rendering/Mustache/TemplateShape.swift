/// What a template's data may contain, known before any data exists, so names can be checked up front.
///
/// A shape says which names exist, not which are present: any of them may be missing from a given
/// document (an optional field), and then renders empty.
public indirect enum TemplateShape: Sendable, Hashable {
    /// A string, number, boolean or raw fragment: something to print or to test in a section.
    case scalar
    /// A list whose items all have the given shape.
    case list(of: TemplateShape)
    /// An object with exactly these members; any other name is a mistake.
    case object([String: TemplateShape])
    /// A free-form map (user-defined extra fields): every name below it is accepted.
    case anyObject

    /// The shape of the member `name`, or nil when this shape has no such member.
    public func member(_ name: String) -> TemplateShape? {
        switch self {
        case .object(let members): members[name]
        case .anyObject: .anyObject
        case .scalar, .list: nil
        }
    }

    /// The member names this shape declares, sorted, for did-you-mean suggestions and hints.
    public var memberNames: [String] {
        if case .object(let members) = self { return members.keys.sorted() }
        return []
    }
}

extension TemplateShape: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, TemplateShape)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
