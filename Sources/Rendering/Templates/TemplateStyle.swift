import Core
import YAMLSupport

/// A template's `style:` map, flattened to `key: value` text with where each key and value was
/// written, so the PDF and DOCX writers read the same keys and a bad value is reported at its
/// place in template.yaml.
///
/// Nested maps join their keys with `_` (`margin: {top: 20mm}` is `margin_top`); a list of
/// scalars is its items joined by spaces (`margins: [20mm, 15mm]` is `margins: 20mm 15mm`).
public struct TemplateStyle: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: String
        public var keyLocation: SourceLocation
        public var valueLocation: SourceLocation
    }

    /// In the order written.
    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    /// `key -> value`, what `PDFStyle(settings:)` and `DOCXStyle(settings:)` take.
    public var settings: [String: String] {
        Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    public subscript(key: String) -> String? { entries.last { $0.key == key }?.value }

    /// Reads the `style:` node; anything that is not a scalar, a list of scalars or a map of them
    /// is reported where it was written.
    public static func read(_ node: YAMLNode?) -> (TemplateStyle, [Diagnostic]) {
        guard let node, !node.isNull else { return (TemplateStyle(), []) }
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        func walk(_ node: YAMLNode, prefix: String, keyLocation: SourceLocation) {
            switch node.content {
            case .scalar:
                entries.append(Entry(key: prefix, value: node.scalarText ?? "", keyLocation: keyLocation, valueLocation: node.location))
            case .sequence(let items):
                guard items.allSatisfy(\.isScalar) else {
                    diagnostics.append(.error(at: node.location, code: "template-style",
                                              "The style value '\(prefix)' is a list of lists or maps.",
                                              hint: "Write it as text (`margins: 20mm 15mm`) or a list of values (`[20mm, 15mm]`)."))
                    return
                }
                entries.append(Entry(key: prefix, value: items.compactMap(\.scalarText).joined(separator: " "),
                                     keyLocation: keyLocation, valueLocation: node.location))
            case .mapping(let pairs):
                for pair in pairs {
                    guard let key = pair.key.scalarText else { continue }
                    walk(pair.value, prefix: prefix.isEmpty ? key : prefix + "_" + key, keyLocation: pair.key.location)
                }
            }
        }
        guard node.pairs != nil else {
            return (TemplateStyle(), [.error(at: node.location, code: "template-style", "The template's style is \(node.kindName), not a map of keys to values.",
                                             hint: "Write it as `style: {paper: a4, accent: \"#1f5f8b\"}` or one key per line below `style:`.")])
        }
        walk(node, prefix: "", keyLocation: node.location)
        return (TemplateStyle(entries: entries), diagnostics)
    }

    /// The entry a problem with `key` should point at: the value's place, or the key's when the
    /// key itself is wrong.
    public func location(of key: String, keyItself: Bool) -> SourceLocation? {
        guard let entry = entries.last(where: { $0.key == key }) else { return nil }
        return keyItself ? entry.keyLocation : entry.valueLocation
    }
}
