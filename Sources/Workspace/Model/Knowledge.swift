import Core
import YAMLSupport

/// A knowledge-base file (`knowledge/*.yaml`): skills, tools, industries, soft skills, preferences.
public struct KnowledgeFile: Sendable {
    public var path: String
    public var root: YAMLNode

    public init(path: String, root: YAMLNode) {
        self.path = path
        self.root = root
    }

    /// The entries of one category, in file order.
    public func entries(_ category: String) -> [YAMLNode] { root[category]?.sequence ?? [] }
}

/// `knowledge/answers.yaml`: the user's answers to clarifying questions, by question id.
public struct Answers: Sendable {
    public var path: String
    public var answers: [(id: Located<String>, answer: Located<String>)]

    public init(path: String, root: YAMLNode?) {
        self.path = path
        self.answers = (root?.pairs ?? []).compactMap { pair in
            guard let id = pair.key.located, let answer = pair.value.located else { return nil }
            return (id, answer)
        }
    }

    public subscript(id: String) -> String? { answers.first { $0.id.value == id }?.answer.value }
}

/// An audience brief (`briefs/*.yaml`) that audience personas are drafted from.
public struct Brief: Sendable {
    public var path: String
    public var root: YAMLNode

    public init(path: String, root: YAMLNode) {
        self.path = path
        self.root = root
    }

    public var slug: String { String(SourceFile.id(of: path).dropFirst("briefs/".count)) }
    public var project: String { root["project"]?.scalarText ?? slug }
    public var product: String? { root["product"]?.scalarText }
    public var audience: String? { root["audience"]?.scalarText }
    public var count: Int { root["count"]?.int ?? 3 }
}
