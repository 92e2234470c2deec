import Core

/// Checks a YAML tree against a `Schema`, collecting every problem with its line and column.
public enum SchemaValidator {
    public static func validate(_ node: YAMLNode, against schema: Schema, path: String = "") -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        check(node, schema, path: { path }, into: &diagnostics)
        return diagnostics
    }

    /// `path` makes the value's dotted path (`work[0].startDate`) for a message: only a value with
    /// a problem needs it, so the tens of thousands that have none never build theirs.
    static func check(_ node: YAMLNode, _ schema: Schema, path: () -> String, into diagnostics: inout [Diagnostic]) {
        switch schema {
        case .any:
            return
        case .oneOf(let alternatives):
            if let fitting = alternatives.first(where: { fits(node, $0) }) {
                check(node, fitting, path: path, into: &diagnostics)
            } else if !node.isNull {
                let expected = alternatives.map(describe).joined(separator: " or ")
                diagnostics.append(.error(at: node.location, code: "wrong-type", "\(quoted(path())) should be \(expected), not \(node.kindName)."))
            }
        case .string(let format):
            guard let text = node.scalarText, !node.isNull else {
                if !node.isNull || true {
                    diagnostics.append(typeError(node, path: path, expected: describe(schema)))
                }
                return
            }
            checkFormat(text, format, node: node, path: path, into: &diagnostics)
        case .integer(let minimum, let maximum):
            guard let value = node.int else {
                diagnostics.append(typeError(node, path: path, expected: "a whole number"))
                return
            }
            if let minimum, value < minimum {
                diagnostics.append(.error(at: node.location, code: "out-of-range", "\(quoted(path())) is \(value), but it must be at least \(minimum)."))
            }
            if let maximum, value > maximum {
                diagnostics.append(.error(at: node.location, code: "out-of-range", "\(quoted(path())) is \(value), but it must be at most \(maximum)."))
            }
        case .number:
            if node.double == nil { diagnostics.append(typeError(node, path: path, expected: "a number")) }
        case .boolean:
            if node.bool == nil { diagnostics.append(typeError(node, path: path, expected: "true or false")) }
        case .array(let element):
            guard let items = node.sequence else {
                diagnostics.append(typeError(node, path: path, expected: describe(schema),
                                             hint: node.isScalar ? "Write a list, for example \(leaf(path())): [\(node.scalarText ?? "a"), b]." : nil))
                return
            }
            for (index, item) in items.enumerated() {
                check(item, element, path: { "\(path())[\(index)]" }, into: &diagnostics)
            }
        case .map(let value):
            guard let pairs = node.pairs else {
                diagnostics.append(typeError(node, path: path, expected: "a mapping of names to values"))
                return
            }
            checkDuplicateKeys(pairs, into: &diagnostics)
            for pair in pairs {
                check(pair.value, value, path: { join(path(), pair.key.scalarText ?? "?") }, into: &diagnostics)
            }
        case .object(let object):
            checkObject(node, object, path: path, into: &diagnostics)
        }
    }

    static func checkObject(_ node: YAMLNode, _ object: ObjectSchema, path: () -> String, into diagnostics: inout [Diagnostic]) {
        guard let pairs = node.pairs else {
            diagnostics.append(typeError(node, path: path, expected: "a mapping (\(object.name))"))
            return
        }
        checkDuplicateKeys(pairs, into: &diagnostics)
        // By index, in place: a loop over the pairs copied each one (two reference counts), and
        // every mapping of every file passes through here.
        pairs.withUnsafeBufferPointer { pairs in
            for index in pairs.indices {
                guard let key = pairs[index].key.scalarText else {
                    diagnostics.append(.error(at: pairs[index].key.location, code: "bad-key",
                                              "Keys of the \(object.name) must be plain names, not \(pairs[index].key.kindName)."))
                    continue
                }
                guard let field = object.field(key) else {
                    if !object.allowsOtherKeys {
                        let known = object.fields.map(\.name)
                        let suggestion = Suggestion.closest(to: key, in: known)
                        diagnostics.append(.error(
                            at: pairs[index].key.location, code: "unknown-key",
                            "unknown key '\(key)' in the \(object.name)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "."),
                            hint: suggestion == nil ? "Known keys: \(known.joined(separator: ", "))." : nil))
                    }
                    continue
                }
                if pairs[index].value.isNull && !field.required { continue }
                check(pairs[index].value, field.schema, path: { join(path(), key) }, into: &diagnostics)
            }
        }
        for field in object.fields where field.required {
            if node[field.name]?.isNull ?? true {
                diagnostics.append(.error(at: node.location, code: "missing-key",
                                          "The \(object.name) has no '\(field.name)'; it is required.",
                                          hint: field.summary.isEmpty ? nil : "'\(field.name)': \(field.summary)"))
            }
        }
    }

    static func checkDuplicateKeys(_ pairs: [YAMLNode.Pair], into diagnostics: inout [Diagnostic]) {
        // Mappings are small: compare keys pairwise, and build a table only for a large one.
        if pairs.count <= 16 {
            // In place, as `checkObject` reads them: every mapping of every file comes through here.
            pairs.withUnsafeBufferPointer { pairs in
                for index in pairs.indices {
                    guard let key = pairs[index].key.scalarText,
                          let first = pairs[..<index].firstIndex(where: { $0.key.isKey(key) }) else { continue }
                    diagnostics.append(duplicate(key, at: pairs[index].key.location, first: pairs[first].key.location))
                }
            }
            return
        }
        var seen: [String: SourceLocation] = [:]
        for pair in pairs {
            guard let key = pair.key.scalarText else { continue }
            if let first = seen[key] {
                diagnostics.append(duplicate(key, at: pair.key.location, first: first))
            } else {
                seen[key] = pair.key.location
            }
        }
    }

    static func duplicate(_ key: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        .error(at: location, code: "duplicate-key", "The key '\(key)' appears twice; the first is at line \(first.line).",
               hint: "Keep one of them: YAML keeps only the last, silently.")
    }

    static func checkFormat(_ text: String, _ format: StringFormat, node: YAMLNode, path: () -> String, into diagnostics: inout [Diagnostic]) {
        switch format {
        case .text:
            return
        case .date(let allowPresent):
            if allowPresent, text.lowercased() == "present" { return }
            if JSONResumeDate(text) == nil {
                diagnostics.append(.error(at: node.location, code: "bad-date",
                                          "\(quoted(path())) is '\(text)', which is not a date.",
                                          hint: "Write YYYY, YYYY-MM or YYYY-MM-DD, for example 2019-09" + (allowPresent ? ", or leave it out (or write 'present') for an ongoing role." : ".")))
            }
        case .url:
            let lower = text.lowercased()
            if !(lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")) || text.utf8.contains(UInt8(ascii: " ")) {
                diagnostics.append(.error(at: node.location, code: "bad-url", "\(quoted(path())) is '\(text)', which is not a web address.",
                                          hint: "Write the whole address, starting with https://."))
            }
        case .email:
            let parts = text.split(byte: UInt8(ascii: "@"), omittingEmptySubsequences: false)
            if parts.count != 2 || parts[0].isEmpty || !parts[1].utf8.contains(UInt8(ascii: ".")) || text.utf8.contains(UInt8(ascii: " ")) {
                diagnostics.append(.error(at: node.location, code: "bad-email", "\(quoted(path())) is '\(text)', which is not an email address."))
            }
        case .path(let description, let extensions):
            if FileSystem.leavesFolder(text) {
                diagnostics.append(.error(at: node.location, code: "path-outside-workspace",
                                          "\(quoted(path())) points at '\(text)', outside the workspace.",
                                          hint: "Refer to \(description) by its path inside the workspace, for example \(example(extensions))."))
            } else if !extensions.isEmpty, !extensions.contains(where: { text.lowercased().hasSuffix("." + $0) }) {
                diagnostics.append(.error(at: node.location, code: "bad-path",
                                          "\(quoted(path())) is '\(text)', but \(description) must be a \(extensions.map { "." + $0 }.joined(separator: ", ")) file."))
            }
        case .choice(let values):
            if !values.contains(text) {
                let suggestion = Suggestion.closest(to: text, in: values)
                diagnostics.append(.error(at: node.location, code: "bad-choice",
                                          "\(quoted(path())) is '\(text)', which is not one of \(values.joined(separator: ", "))" + (suggestion.map { "; did you mean '\($0)'?" } ?? ".")))
            }
        }
    }

    static func example(_ extensions: [String]) -> String {
        switch extensions.first {
        case "md": return "personas/backend-engineer.md"
        case "yaml", "json", "pdf", "docx": return "cvs/jane-doe.yaml"
        default: return "cvs/jane-doe.yaml"
        }
    }

    /// Whether a node's kind (scalar, list, mapping) is the kind a schema wants.
    static func fits(_ node: YAMLNode, _ schema: Schema) -> Bool {
        switch (schema, node.content) {
        case (.any, _): return true
        case (.oneOf(let alternatives), _): return alternatives.contains { fits(node, $0) }
        case (.array, .sequence): return true
        case (.object, .mapping), (.map, .mapping): return true
        case (.string, .scalar): return true
        case (.integer, .scalar): return node.int != nil
        case (.number, .scalar): return node.double != nil
        case (.boolean, .scalar): return node.bool != nil
        default: return false
        }
    }

    static func describe(_ schema: Schema) -> String {
        switch schema {
        case .string(.date): return "a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        case .string(.url): return "a web address"
        case .string(.email): return "an email address"
        case .string(.path(let description, _)): return "the path of \(description)"
        case .string(.choice(let values)): return "one of \(values.joined(separator: ", "))"
        case .string: return "text"
        case .integer: return "a whole number"
        case .number: return "a number"
        case .boolean: return "true or false"
        case .array(.string): return "a list of text"
        case .array(.object(let o)): return "a list of \(o.name)s"
        case .array: return "a list"
        case .object(let o): return "a mapping (\(o.name))"
        case .map: return "a mapping"
        case .oneOf(let alternatives): return alternatives.map(describe).joined(separator: " or ")
        case .any: return "any value"
        }
    }

    static func typeError(_ node: YAMLNode, path: () -> String, expected: String, hint: String? = nil) -> Diagnostic {
        .error(at: node.location, code: "wrong-type", "\(quoted(path())) should be \(expected), not \(node.kindName).", hint: hint)
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    static func leaf(_ path: String) -> String { String(path.split(separator: ".").last ?? Substring(path)) }
    static func quoted(_ path: String) -> String { path.isEmpty ? "The value" : "'\(path)'" }
}
