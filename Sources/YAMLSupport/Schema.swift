/// The shape a file's values must have, as data: one description drives validation
/// (`SchemaValidator`), editor support (`JSONSchemaExporter`) and the documentation of each key.
public indirect enum Schema: Sendable {
    case string(StringFormat)
    case integer(minimum: Int?, maximum: Int?)
    case number
    case boolean
    case array(Schema)
    case object(ObjectSchema)
    /// A mapping with free-form keys whose values all have one shape (`answers.yaml`, `demographics`).
    case map(Schema)
    /// The first alternative whose node kind fits (scalar, list or mapping) applies.
    case oneOf([Schema])
    case any

    public static let text = Schema.string(.text)
    public static let textList = Schema.array(.text)
    public static let date = Schema.string(.date(allowPresent: false))
    public static let endDate = Schema.string(.date(allowPresent: true))
    public static let url = Schema.string(.url)
    public static let email = Schema.string(.email)
    public static func path(_ description: String, extensions: [String]) -> Schema { .string(.path(description, extensions: extensions)) }
    public static func choice(_ values: [String]) -> Schema { .string(.choice(values)) }
    public static let positiveInteger = Schema.integer(minimum: 1, maximum: nil)
    public static let nonNegativeInteger = Schema.integer(minimum: 0, maximum: nil)
}

public enum StringFormat: Sendable {
    case text
    /// JSON Resume dates: YYYY, YYYY-MM or YYYY-MM-DD; an end date may also say `present`.
    case date(allowPresent: Bool)
    case url
    case email
    /// A workspace-relative path to a file of one of these extensions, described for messages.
    case path(String, extensions: [String])
    case choice([String])
}

public struct ObjectSchema: Sendable {
    /// What this mapping is, for messages: "persona front matter", "work entry".
    public let name: String
    public let fields: [Field]
    /// Keys not listed are allowed (for a mapping the tool passes through untouched).
    public let allowsOtherKeys: Bool
    /// The fields' names' lengths in UTF-8, in field order: looked up for every key of every file,
    /// a field is found by a scan that compares a name only when its length matches. An object
    /// has two dozen fields at most (a persona's front matter, 23), and hashing each key (a
    /// table's look-up) cost several times more than the scan.
    private let nameLengths: [Int]

    public init(_ name: String, allowsOtherKeys: Bool = false, _ fields: [Field]) {
        self.name = name
        self.fields = fields
        self.allowsOtherKeys = allowsOtherKeys
        nameLengths = fields.map(\.name.utf8.count)
    }

    /// The first field named `name`.
    public func field(_ name: String) -> Field? {
        let length = name.utf8.count
        for index in nameLengths.indices where nameLengths[index] == length && fields[index].name == name { return fields[index] }
        return nil
    }
}

public struct Field: Sendable {
    public var name: String
    public var schema: Schema
    public var required: Bool
    /// One sentence for editors and `personaforge schema`.
    public var summary: String

    public init(_ name: String, _ schema: Schema, required: Bool = false, _ summary: String = "") {
        self.name = name
        self.schema = schema
        self.required = required
        self.summary = summary
    }
}
