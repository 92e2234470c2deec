import Core
import YAMLSupport

/// `personaforge.yaml`, with every default filled in.
public struct Settings: Sendable {
    public var root: YAMLNode?

    public init(root: YAMLNode?) { self.root = root }

    public var version: Int { root?["version"]?.int ?? SettingsSchema.currentVersion }
    public var name: String { root?["name"]?.scalarText ?? "PersonaForge workspace" }
    public var owner: String? { root?["owner"]?.scalarText }
    /// The output folder, relative to the workspace unless absolute.
    public var output: String { root?["output"]?.scalarText ?? "_build" }
    public var locale: String { root?["locale"]?.scalarText ?? "en" }
    public var formats: [String] {
        let listed = root?["formats"]?.strings.map(\.value) ?? []
        return listed.isEmpty ? ["md", "html"] : listed
    }
    public var privateFields: [Located<String>] { root?["private"]?.strings ?? [] }
    /// Whether the build makes analysis reports (under `reports/`).
    public var reports: Bool { root?["reports"]?.bool ?? true }

    /// The default template id for a kind of document (`cv`, `audience`, `cover-letter`, `report`).
    public func template(for kind: String) -> String? { root?["templates"]?[kind]?.scalarText }

    public var llmProvider: String { root?["llm"]?["provider"]?.scalarText ?? "builtin" }
}
