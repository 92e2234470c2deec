import Core
import YAMLSupport

/// A persona with everything it inherits worked out: its effective CV and what to show of it.
public struct ResolvedPersona: Sendable {
    public var persona: Persona
    /// The CV file this persona draws on, if any.
    public var cvPath: String?
    /// The CV's data with the persona's overrides, filters and tag selection applied.
    /// It still holds private fields: analyses need them; `publicCV` is what may be published.
    public var cv: YAMLNode { didSet { publicBasics = Self.publicBasics(of: cv, privatePaths: privatePaths) } }
    /// Dotted field paths (`basics.phone`) from the settings and the persona that never reach the site.
    public var privatePaths: [String] { didSet { publicBasics = Self.publicBasics(of: cv, privatePaths: privatePaths) } }
    /// `publicCV["basics"]` without making the rest of the public CV: all that titles, page
    /// descriptions and the index's cards read. Made once, when the persona is resolved (on
    /// every core), rather than by each reader.
    public private(set) var publicBasics: YAMLNode?
    /// The sections to render, in order.
    public var sections: [String]

    public init(persona: Persona, cvPath: String?, cv: YAMLNode, privatePaths: [String], sections: [String]) {
        self.persona = persona
        self.cvPath = cvPath
        self.cv = cv
        self.privatePaths = privatePaths
        self.sections = sections
        self.publicBasics = Self.publicBasics(of: cv, privatePaths: privatePaths)
    }

    /// The effective CV without its private fields.
    public var publicCV: YAMLNode {
        privatePaths.reduce(cv) { node, path in node.removing(path: path.split(separator: ".")) }
    }

    static func publicBasics(of cv: YAMLNode, privatePaths: [String]) -> YAMLNode? {
        guard var basics = cv["basics"] else { return nil }
        for path in privatePaths {
            let parts = path.split(separator: ".")
            guard parts.first == "basics" else { continue }
            if parts.count == 1 { return nil }
            basics = basics.removing(path: parts.dropFirst())
        }
        return basics
    }

    /// The default order of sections when a persona names none.
    public static let defaultSections = ["summary", "work", "projects", "education", "skills", "certificates",
                                         "awards", "publications", "volunteer", "languages", "interests", "references", "body"]
}
