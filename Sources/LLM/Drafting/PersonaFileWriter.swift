import Core
import Foundation
import Workspace
import YAMLSupport

/// Turns drafted personas into persona files under `personas/<project>/`, with
/// `generated_from:` naming the brief. New files only: a file that exists is left as it is.
public enum PersonaFileWriter {
    /// What happened to one draft.
    public struct Outcome: Sendable, Hashable, Codable {
        public var path: String
        public var title: String
        /// False when a file of that name already existed (it is never overwritten) or on a dry run.
        public var written: Bool
        public var exists: Bool
    }

    /// The files the drafts become, by workspace path, each checked against the audience persona
    /// schema. Throws, and nothing is written, when the brief's project is not a safe folder name
    /// or a draft would not make a valid persona file.
    public static func files(for drafts: [PersonaDraft], brief: Brief) throws(LLMError) -> [(path: String, title: String, text: String)] {
        let project = brief.project
        let parts = project.split(separator: "/", omittingEmptySubsequences: false)
        guard !project.isEmpty, !project.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\\") }) else {
            throw LLMError(.unusable, "\(brief.path): project '\(project)' is not a folder name under personas/; use letters, digits and hyphens, for example acme-crm.")
        }
        var used: Set<String> = []
        var files: [(String, String, String)] = []
        for draft in drafts {
            var slug = Self.slug(draft.title), number = 2
            while !used.insert(slug).inserted { slug = "\(Self.slug(draft.title))-\(number)"; number += 1 }
            let path = "personas/\(project)/\(slug).md"
            let text = render(draft, project: project, brief: brief.path, path: path)
            try check(text, path: path)
            files.append((path, draft.title, text))
        }
        return files
    }

    /// Writes the files that do not exist yet, each atomically and without ever replacing one
    /// (a file that appears in the meantime wins). `dryRun` writes nothing.
    public static func write(_ files: [(path: String, title: String, text: String)], root: String, dryRun: Bool) throws(LLMError) -> [Outcome] {
        var outcomes: [Outcome] = []
        for file in files {
            let target = FileSystem.join(root, file.path)
            if FileSystem.exists(target) {
                outcomes.append(Outcome(path: file.path, title: file.title, written: false, exists: true))
                continue
            }
            if dryRun {
                outcomes.append(Outcome(path: file.path, title: file.title, written: false, exists: false))
                continue
            }
            do {
                let created = try NewFile.create(Array(file.text.utf8), at: target)
                outcomes.append(Outcome(path: file.path, title: file.title, written: created, exists: !created))
            } catch {
                throw LLMError(.unusable, "Could not write \(file.path): \(error).")
            }
        }
        return outcomes
    }

    /// The persona file: front matter in the order the sample personas use, then the narrative.
    static func render(_ draft: PersonaDraft, project: String, brief: String, path: String) -> String {
        let at = SourceLocation(file: path)
        func text(_ value: String) -> YAMLNode { .string(value, at: at) }
        func list(_ values: [String]) -> YAMLNode { .sequence(values.map(text), at: at) }
        func pair(_ key: String, _ value: YAMLNode) -> YAMLNode.Pair { YAMLNode.Pair(key: text(key), value: value) }
        func mapping(_ pairs: [(String, String?)]) -> YAMLNode {
            .mapping(pairs.compactMap { key, value in value.map { pair(key, text($0)) } }, at: at)
        }
        var pairs = [pair("kind", text("audience")), pair("title", text(draft.title)), pair("name", text(draft.name)),
                     pair("project", text(project))]
        if !draft.tags.isEmpty { pairs.append(pair("tags", list(draft.tags))) }
        let demographics = mapping([("age", draft.demographics.age), ("location", draft.demographics.location),
                                    ("education", draft.demographics.education), ("income", draft.demographics.income)])
        if demographics.pairs?.isEmpty == false { pairs.append(pair("demographics", demographics)) }
        pairs.append(pair("role", mapping([("title", draft.role.title), ("seniority", draft.role.seniority),
                                           ("company_size", draft.role.companySize), ("industry", draft.role.industry)])))
        for (key, values) in [("goals", draft.goals), ("pain_points", draft.painPoints), ("objections", draft.objections),
                              ("motivations", draft.motivations)] where !values.isEmpty {
            pairs.append(pair(key, list(values)))
        }
        pairs.append(pair("buying_style", mapping([("style", draft.buyingStyle), ("notes", draft.buyingNotes.isEmpty ? nil : draft.buyingNotes)])))
        if !draft.channels.isEmpty { pairs.append(pair("channels", list(draft.channels))) }
        if !draft.quote.isEmpty { pairs.append(pair("quote", text(draft.quote))) }
        pairs.append(pair("generated_from", text(brief)))
        let frontMatter = YAMLEmitter.emit(.mapping(pairs, at: at))
        let body = draft.narrative.isEmpty ? "" : draft.narrative + "\n"
        return "---\n" + frontMatter + "---\n" + body
    }

    /// The front matter must read back as a valid audience persona.
    static func check(_ text: String, path: String) throws(LLMError) {
        let yaml = text.dropFirst(4).components(separatedBy: "\n---\n").first ?? ""
        let node: YAMLNode?
        do {
            node = try YAMLParser.parse(String(yaml), file: path, lineOffset: 1)
        } catch {
            throw LLMError(.unusable, "The drafted \(path) would not be valid YAML (\(error)); nothing was written.")
        }
        guard let node else { throw LLMError(.unusable, "The drafted \(path) came out empty; nothing was written.") }
        let problems = SchemaValidator.validate(node, against: .object(PersonaSchema.audience))
        if let first = problems.first(where: { $0.severity == .error }) {
            throw LLMError(.unusable, "The drafted \(path) would not be a valid persona (\(first.message)); nothing was written.")
        }
    }

    /// `IT Manager, Manufacturing` -> `it-manager-manufacturing`.
    static func slug(_ title: String) -> String {
        var out = ""
        for character in title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")) {
            if character.isASCII, character.isLetter || character.isNumber { out.append(character) } else if !out.isEmpty, out.last != "-" { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "persona" : String(out.prefix(60))
    }
}
