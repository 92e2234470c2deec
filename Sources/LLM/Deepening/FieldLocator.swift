import Core
import YAMLSupport

/// Where a field path a model names (`work[0].highlights[2]`, `basics.summary`) is written: the
/// deepest part of the path that exists in the tree, so a finding points at a real line.
enum FieldLocator {
    static func location(of field: String, in root: YAMLNode?) -> SourceLocation? {
        guard var node = root else { return nil }
        var location = node.location
        for component in components(field) {
            if let index = Int(component), let items = node.sequence {
                guard items.indices.contains(index) else { break }
                node = items[index]
            } else if let child = node[component] {
                node = child
            } else {
                break
            }
            location = node.location
        }
        return location
    }

    /// `work[0].highlights[2]` -> `work`, `0`, `highlights`, `2`.
    static func components(_ field: String) -> [String] {
        field.split(whereSeparator: { $0 == "." || $0 == "[" || $0 == "]" || $0 == " " }).map(String.init)
    }
}
