import Core
import Workspace
import YAMLSupport

/// A JSON Resume object under construction. Keys are written in the schema's order whatever
/// order the importer found them in, so every importer's output reads the same way.
struct CVRecord: Sendable {
    enum Value: Sendable {
        case text(String)
        case list([String])
        case record(CVRecord)
        case records([CVRecord])
    }

    private(set) var values: [String: Value] = [:]

    init() {}

    subscript(key: String) -> String? {
        get { if case .text(let text)? = values[key] { return text } else { return nil } }
        set {
            if let newValue, !newValue.isEmpty { values[key] = .text(newValue) } else { values[key] = nil }
        }
    }

    mutating func set(_ key: String, list: [String]) {
        values[key] = list.isEmpty ? nil : .list(list)
    }

    mutating func set(_ key: String, record: CVRecord) {
        values[key] = record.isEmpty ? nil : .record(record)
    }

    mutating func set(_ key: String, records: [CVRecord]) {
        let kept = records.filter { !$0.isEmpty }
        values[key] = kept.isEmpty ? nil : .records(kept)
    }

    func list(_ key: String) -> [String] { if case .list(let items)? = values[key] { return items } else { return [] } }
    func record(_ key: String) -> CVRecord? { if case .record(let record)? = values[key] { return record } else { return nil } }
    func records(_ key: String) -> [CVRecord] { if case .records(let items)? = values[key] { return items } else { return [] } }

    mutating func append(_ key: String, record: CVRecord) {
        guard !record.isEmpty else { return }
        set(key, records: records(key) + [record])
    }

    var isEmpty: Bool { values.isEmpty }
    var keys: [String] { Array(values.keys) }

    /// The record as a YAML mapping, keys in `schema`'s order (unknown keys last, sorted).
    func node(_ schema: ObjectSchema, file: String) -> YAMLNode {
        let at = SourceLocation(file: file)
        let order = schema.fields.map(\.name)
        let known = order.filter { values[$0] != nil }
        let others = values.keys.filter { !order.contains($0) }.sorted()
        var pairs: [YAMLNode.Pair] = []
        for key in known + others {
            guard let value = values[key] else { continue }
            let field = schema.field(key)
            let node: YAMLNode
            switch value {
            case .text(let text):
                node = .string(text, at: at)
            case .list(let items):
                node = .sequence(items.map { .string($0, at: at) }, at: at)
            case .record(let record):
                node = record.node(Self.objectSchema(field?.schema) ?? ObjectSchema(key, []), file: file)
            case .records(let records):
                let element = Self.elementSchema(field?.schema) ?? ObjectSchema(key, [])
                node = .sequence(records.map { $0.node(element, file: file) }, at: at)
            }
            pairs.append(YAMLNode.Pair(key: .string(key, at: at), value: node))
        }
        return .mapping(pairs, at: at)
    }

    static func objectSchema(_ schema: Schema?) -> ObjectSchema? {
        if case .object(let object)? = schema { return object }
        return nil
    }

    static func elementSchema(_ schema: Schema?) -> ObjectSchema? {
        if case .array(let element)? = schema { return objectSchema(element) }
        return nil
    }
}

/// A whole CV under construction: `basics` and the list sections of JSON Resume.
struct CVDraft: Sendable {
    var basics = CVRecord()
    /// Entries by JSON Resume section name ("work", "education", ...).
    var sections: [String: [CVRecord]] = [:]

    mutating func add(_ entry: CVRecord, to section: String) {
        guard !entry.isEmpty else { return }
        sections[section, default: []].append(entry)
    }

    func entries(_ section: String) -> [CVRecord] { sections[section] ?? [] }

    var isEmpty: Bool { basics.isEmpty && sections.values.allSatisfy(\.isEmpty) }

    /// The CV as a mapping following `CVSchema.document`, in JSON Resume's order.
    func node(file: String) -> YAMLNode {
        let at = SourceLocation(file: file)
        var pairs: [YAMLNode.Pair] = []
        if !basics.isEmpty {
            pairs.append(YAMLNode.Pair(key: .string("basics", at: at), value: basics.node(CVSchema.basics, file: file)))
        }
        for (name, schema, _) in CVSchema.sections {
            let entries = (sections[name] ?? []).filter { !$0.isEmpty }
            guard !entries.isEmpty else { continue }
            pairs.append(YAMLNode.Pair(key: .string(name, at: at), value: .sequence(entries.map { $0.node(schema, file: file) }, at: at)))
        }
        return .mapping(pairs, at: at)
    }
}
