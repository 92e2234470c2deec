import Foundation

/// Turns a `Schema` into a JSON Schema (draft 2020-12) document editors understand.
public enum JSONSchemaExporter {
    public static func document(_ schema: Schema, id: String, title: String) -> String {
        var root = object(schema)
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = id
        root["title"] = title
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func object(_ schema: Schema) -> [String: Any] {
        switch schema {
        case .any: return [:]
        case .boolean: return ["type": "boolean"]
        case .number: return ["type": "number"]
        case let .integer(minimum, maximum):
            var out: [String: Any] = ["type": "integer"]
            if let minimum { out["minimum"] = minimum }
            if let maximum { out["maximum"] = maximum }
            return out
        case .string(let format):
            switch format {
            case .text: return ["type": "string"]
            case .date(let allowPresent):
                let pattern = "^[12][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
                let date: [String: Any] = ["type": "string", "pattern": pattern]
                return allowPresent ? ["anyOf": [date, ["type": "string", "pattern": "^[Pp]resent$"]]] : date
            case .url: return ["type": "string", "format": "uri"]
            case .email: return ["type": "string", "format": "email"]
            case .path(let description, _): return ["type": "string", "description": "Path of \(description), inside the workspace."]
            case .choice(let values): return ["type": "string", "enum": values]
            }
        case .array(let element):
            return ["type": "array", "items": object(element)]
        case .map(let value):
            return ["type": "object", "additionalProperties": object(value)]
        case .oneOf(let alternatives):
            return ["anyOf": alternatives.map(object)]
        case .object(let o):
            var properties: [String: Any] = [:]
            for field in o.fields {
                var property = object(field.schema)
                if !field.summary.isEmpty { property["description"] = field.summary }
                properties[field.name] = property
            }
            var out: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": o.allowsOtherKeys]
            let required = o.fields.filter(\.required).map(\.name)
            if !required.isEmpty { out["required"] = required }
            return out
        }
    }
}
