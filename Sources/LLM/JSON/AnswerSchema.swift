import Foundation

/// The shape a model's answer must have. One description gives the JSON Schema sent with the
/// request (in the strict subset OpenAI's structured outputs accept: every property required,
/// no other keys) and the validation the answer must pass before it is used or cached.
public indirect enum AnswerSchema: Sendable {
    /// Text of at least `minLength` characters; `nullable` also allows null.
    case string(minLength: Int = 0, nullable: Bool = false)
    case choice([String])
    case array(AnswerSchema, minItems: Int? = nil, maxItems: Int? = nil)
    case object([Property])

    public struct Property: Sendable {
        public var name: String
        public var schema: AnswerSchema
        public var description: String

        public init(_ name: String, _ schema: AnswerSchema, _ description: String = "") {
            self.name = name
            self.schema = schema
            self.description = description
        }
    }

    public static let text = AnswerSchema.string(minLength: 1)
    public static let optionalText = AnswerSchema.string(nullable: true)
    public static let textList = AnswerSchema.array(.text)

    // MARK: - JSON Schema

    /// The JSON Schema document for this shape.
    public var jsonSchema: JSONValue {
        switch self {
        case let .string(minLength, nullable):
            var schema: [String: JSONValue] = ["type": nullable ? ["string", "null"] : "string"]
            if minLength > 0 { schema["minLength"] = .number(Double(minLength)) }
            return .object(schema)
        case .choice(let values):
            return ["type": "string", "enum": .array(values.map(JSONValue.string))]
        case let .array(element, minItems, maxItems):
            var schema: [String: JSONValue] = ["type": "array", "items": element.jsonSchema]
            if let minItems { schema["minItems"] = .number(Double(minItems)) }
            if let maxItems { schema["maxItems"] = .number(Double(maxItems)) }
            return .object(schema)
        case .object(let properties):
            var members: [String: JSONValue] = [:]
            for property in properties {
                var schema = property.schema.jsonSchema
                if !property.description.isEmpty, case .object(var fields) = schema {
                    fields["description"] = .string(property.description)
                    schema = .object(fields)
                }
                members[property.name] = schema
            }
            return ["type": "object", "properties": .object(members),
                    "required": .array(properties.map { .string($0.name) }), "additionalProperties": false]
        }
    }

    // MARK: - Validation

    /// Every way `value` departs from this shape, each as a sentence naming the place: empty when it fits.
    public func problems(in value: JSONValue, at path: String = "the answer") -> [String] {
        var problems: [String] = []
        check(value, path: path, into: &problems)
        return problems
    }

    func check(_ value: JSONValue, path: String, into problems: inout [String]) {
        switch self {
        case let .string(minLength, nullable):
            if case .null = value, nullable { return }
            guard let text = value.string else {
                problems.append("\(path) should be text, not \(value.kindName).")
                return
            }
            if text.trimmingCharacters(in: .whitespacesAndNewlines).count < minLength {
                problems.append("\(path) is empty.")
            }
        case .choice(let values):
            guard let text = value.string else {
                problems.append("\(path) should be one of \(values.joined(separator: ", ")), not \(value.kindName).")
                return
            }
            if !values.contains(text) {
                problems.append("\(path) is '\(text)', but it must be one of \(values.joined(separator: ", ")).")
            }
        case let .array(element, minItems, maxItems):
            guard let items = value.array else {
                problems.append("\(path) should be a list, not \(value.kindName).")
                return
            }
            if let minItems, items.count < minItems {
                problems.append("\(path) has \(items.count) item\(items.count == 1 ? "" : "s"), but it needs at least \(minItems).")
            }
            if let maxItems, items.count > maxItems {
                problems.append("\(path) has \(items.count) items, but it may have at most \(maxItems).")
            }
            for (index, item) in items.enumerated() { element.check(item, path: "\(path)[\(index)]", into: &problems) }
        case .object(let properties):
            guard let members = value.object else {
                problems.append("\(path) should be an object, not \(value.kindName).")
                return
            }
            let known = Set(properties.map(\.name))
            for property in properties {
                let place = path == "the answer" ? property.name : "\(path).\(property.name)"
                guard let member = members[property.name] else {
                    // Optional text may be left out as well as given as null.
                    if case .string(_, true) = property.schema { continue }
                    problems.append("\(place) is missing.")
                    continue
                }
                property.schema.check(member, path: place, into: &problems)
            }
            for key in members.keys.sorted() where !known.contains(key) {
                problems.append("\(path == "the answer" ? key : "\(path).\(key)") is not a known key.")
            }
        }
    }
}
