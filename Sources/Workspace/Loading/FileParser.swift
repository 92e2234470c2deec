import Core
import MarkdownSupport
import YAMLSupport

/// Turns one file's text into the model value its kind calls for, with every problem found in it.
enum FileParser {
    enum Item: Sendable {
        case settings(Settings)
        case cv(CV)
        case persona(Persona)
        case job(Job)
        case team(Team)
        case knowledge(KnowledgeFile)
        case answers(Answers)
        case brief(Brief)
        case other
    }

    static func parse(_ file: SourceFile, as kind: FileKind) -> (Item?, [Diagnostic]) {
        let start = SourceLocation(file: file.path)
        if file.text.allSatisfy(\.isWhitespace), kind != .answers, kind != .letter, kind != .knowledgeNote, kind != .template, kind != .cvSource {
            return (nil, [.error(at: start, code: "empty-file", "\(file.path) is empty.",
                                 hint: emptyHint(kind))])
        }
        switch kind {
        case .settings:
            var (item, diagnostics) = yamlDocument(file, schema: .object(SettingsSchema.document)) { root in .settings(Settings(root: root)) }
            if case .settings(let settings)? = item, settings.version > SettingsSchema.currentVersion, let node = settings.root?["version"] {
                diagnostics.append(.error(at: node.location, code: "newer-version",
                                          "This workspace is in settings format \(settings.version); this PersonaForge reads format \(SettingsSchema.currentVersion).",
                                          hint: "Update PersonaForge to build this workspace."))
            }
            return (item, diagnostics)
        case .cv:
            return yamlDocument(file, schema: .object(CVSchema.document)) { root in .cv(CV(path: file.path, root: root)) }
        case .team:
            return yamlDocument(file, schema: .object(DocumentSchemas.team)) { root in .team(Team(path: file.path, root: root)) }
        case .knowledge:
            return yamlDocument(file, schema: .object(DocumentSchemas.knowledge)) { root in .knowledge(KnowledgeFile(path: file.path, root: root)) }
        case .brief:
            return yamlDocument(file, schema: .object(DocumentSchemas.brief)) { root in .brief(Brief(path: file.path, root: root)) }
        case .answers:
            if file.text.allSatisfy(\.isWhitespace) { return (.answers(Answers(path: file.path, root: nil)), []) }
            return yamlDocument(file, schema: DocumentSchemas.answers) { root in .answers(Answers(path: file.path, root: root)) }
        case .persona:
            return frontMatterDocument(file) { front, body, line in
                let kind: Persona.Kind = front["kind"]?.scalarText == "audience" ? .audience : .professional
                let schema = kind == .audience ? PersonaSchema.audience : PersonaSchema.professional
                let persona = Persona(path: file.path, kind: kind, frontMatter: front, body: body, bodyFirstLine: line)
                return (.persona(persona), SchemaValidator.validate(front, against: .object(schema)))
            }
        case .job:
            return frontMatterDocument(file) { front, body, line in
                (.job(Job(path: file.path, frontMatter: front, body: body, bodyFirstLine: line)),
                 SchemaValidator.validate(front, against: .object(DocumentSchemas.job)))
            }
        case .cvSource, .knowledgeNote, .letter, .template:
            return (.other, [])
        }
    }

    static func emptyHint(_ kind: FileKind) -> String {
        switch kind {
        case .persona: return "Start it with front matter: a line '---', 'title: ...', and a closing '---'."
        case .job: return "Give it front matter (title, company, status) and paste the posting below it."
        case .settings: return "Write at least 'name: My workspace'."
        default: return "Fill it in, or delete it."
        }
    }

    /// A whole-file YAML document that must be a mapping.
    static func yamlDocument(_ file: SourceFile, schema: Schema, make: (YAMLNode) -> Item) -> (Item?, [Diagnostic]) {
        do throws(Diagnostic) {
            guard let root = try YAMLParser.parse(file.text, file: file.path) else {
                return (make(.mapping([], at: SourceLocation(file: file.path))), [])
            }
            let diagnostics = SchemaValidator.validate(root, against: schema)
            return (root.pairs == nil && !isMap(schema) ? nil : make(root), diagnostics)
        } catch {
            return (nil, [error])
        }
    }

    static func isMap(_ schema: Schema) -> Bool {
        if case .map = schema { return true }
        return false
    }

    /// A Markdown file with YAML front matter that must be a mapping.
    static func frontMatterDocument(
        _ file: SourceFile, make: (YAMLNode, String, Int) -> (Item, [Diagnostic])
    ) -> (Item?, [Diagnostic]) {
        let split: FrontMatter
        do throws(Diagnostic) {
            split = try FrontMatter.split(file.text, file: file.path)
        } catch {
            return (nil, [error])
        }
        guard let yaml = split.yaml else {
            return (nil, [.error(at: SourceLocation(file: file.path), code: "front-matter-missing",
                                 "\(file.path) has no front matter.",
                                 hint: "Start the file with a line '---', then 'title: ...' and the other keys, then a line '---'.")])
        }
        do throws(Diagnostic) {
            let root = try YAMLParser.parse(yaml, file: file.path, lineOffset: split.yamlFirstLine - 1)
                ?? .mapping([], at: SourceLocation(file: file.path, line: split.yamlFirstLine))
            guard root.pairs != nil else {
                return (nil, [.error(at: root.location, code: "wrong-type",
                                     "The front matter should be a mapping of keys to values, not \(root.kindName).")])
            }
            return make(root, split.body, split.bodyFirstLine)
        } catch {
            return (nil, [error])
        }
    }
}

extension CV {
    /// A CV from YAML or JSON text, validated against the JSON Resume schema; its values' locations
    /// name `file.path`. For CVs that do not come from the workspace folder (imported ones).
    public static func parse(_ file: SourceFile) -> (CV?, [Diagnostic]) {
        let (item, diagnostics) = FileParser.parse(file, as: .cv)
        guard case .cv(let cv)? = item else { return (nil, diagnostics) }
        return (cv, diagnostics)
    }
}
