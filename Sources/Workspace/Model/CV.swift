import Core
import YAMLSupport

/// A CV in the JSON Resume schema, read from `cvs/NAME.yaml` or `cvs/NAME.json`.
public struct CV: Sendable {
    public var path: String
    /// The whole document, validated against `CVSchema.document`.
    public var root: YAMLNode

    public init(path: String, root: YAMLNode) {
        self.path = path
        self.root = root
    }

    public var name: String? { root["basics"]?["name"]?.scalarText }
    public var label: String? { root["basics"]?["label"]?.scalarText }
    /// `cvs/jane-doe.yaml` -> `jane-doe`.
    public var slug: String { String(SourceFile.id(of: path).dropFirst("cvs/".count)) }

    /// The entries of a list section (`work`, `skills`, ...), empty when absent.
    public func entries(_ section: String) -> [YAMLNode] { root[section]?.sequence ?? [] }
}
