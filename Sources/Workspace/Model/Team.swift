import Core
import YAMLSupport

/// A team: its members' personas and what it needs to be able to do.
public struct Team: Sendable {
    public var path: String
    public var root: YAMLNode

    public init(path: String, root: YAMLNode) {
        self.path = path
        self.root = root
    }

    public var slug: String { String(SourceFile.id(of: path).dropFirst("teams/".count)) }
    public var name: String { root["name"]?.scalarText ?? slug }
    public var description: String? { root["description"]?.scalarText }
    public var members: [Located<String>] { root["members"]?.strings ?? [] }
    public var requiredSkills: [Located<String>] { root["required_skills"]?.strings ?? [] }
}
