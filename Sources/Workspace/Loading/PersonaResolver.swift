import Core
import YAMLSupport

/// Works out each professional persona's effective CV: the CV, then the persona's basics and
/// summary, tag selection, and per-section overrides or include/exclude filters.
public enum PersonaResolver {
    static func resolveAll(_ workspace: Workspace) -> ([String: ResolvedPersona], [Diagnostic]) {
        let workspacePrivate = workspace.settings.privateFields.map(\.value)
        let cvs = workspace.cvs
        // Each persona resolves alone: on every core, then gathered in the personas' order.
        let results = Parallel.map(workspace.personas) { persona in
            resolve(persona, cv: persona.cv.flatMap { cvs[$0.value] }, privateFields: workspacePrivate)
        }
        var resolved: [String: ResolvedPersona] = [:]
        resolved.reserveCapacity(results.count)
        var diagnostics: [Diagnostic] = []
        for (persona, (result, problems)) in zip(workspace.personas, results) {
            resolved[persona.path] = result
            diagnostics += problems
        }
        return (resolved, diagnostics)
    }

    /// Resolves one persona against its CV (nil when it has none or the CV failed to load).
    public static func resolve(_ persona: Persona, cv: CV?, privateFields: [String] = []) -> (ResolvedPersona, [Diagnostic]) {
        let privatePaths = privateFields + persona.privateFields.map(\.value)
        let empty = YAMLNode.mapping([], at: SourceLocation(file: persona.path))
        guard persona.kind == .professional else {
            return (ResolvedPersona(persona: persona, cvPath: nil, cv: empty, privatePaths: privatePaths, sections: []), [])
        }
        var diagnostics: [Diagnostic] = []
        let front = persona.frontMatter
        var effective = cv?.root ?? empty

        var basics = effective["basics"] ?? .mapping([], at: effective.location)
        if let overrides = front["basics"], overrides.pairs != nil { basics = basics.merging(overrides) }
        for key in ["name", "summary"] {
            if let value = front[key], !value.isNull { basics = basics.setting(key, to: value) }
        }
        if basics.pairs?.isEmpty == false { effective = effective.setting("basics", to: basics) }

        let tags = Set(persona.tags.map { $0.lowercased() })
        for section in CVSchema.sections {
            // Each looked up once: `effective` changes only at the end of the iteration.
            let current = effective[section.name], override = front[section.name]
            let original = current?.sequence ?? []
            let selected = selectByTags(original, tags: tags)
            var entries = selected ?? original
            var changed = selected != nil
            if let override, !override.isNull {
                entries = apply(override, to: entries, section: section.name, nameKey: section.nameKey,
                                cvPath: cv?.path, into: &diagnostics)
                changed = true
            }
            // A section the persona leaves as it is stays the CV's own value, shared rather than
            // copied: 10,000 personas would otherwise each hold a copy of their CV's lists.
            if current?.sequence != nil, !changed { continue }
            if current != nil || !entries.isEmpty {
                let at = current?.location ?? override?.location ?? effective.location
                effective = effective.setting(section.name, to: .sequence(entries, at: at))
            }
        }

        let sections = persona.sections?.map(\.value) ?? ResolvedPersona.defaultSections
        let resolved = ResolvedPersona(persona: persona, cvPath: cv?.path, cv: effective, privatePaths: privatePaths, sections: sections)
        return (resolved, diagnostics)
    }

    /// Keeps entries and highlights with no tags or a tag the persona has; highlights become plain
    /// text. Nil when that keeps every entry as it is (the common case, which then copies nothing).
    static func selectByTags(_ entries: [YAMLNode], tags: Set<String>) -> [YAMLNode]? {
        var result: [YAMLNode]?
        for (index, entry) in entries.enumerated() {
            let (kept, changed) = select(entry, tags: tags)
            if changed, result == nil { result = Array(entries[..<index]) }
            if result != nil, let kept { result!.append(kept) }
        }
        return result
    }

    /// One entry as the persona's tags select it: nil when left out; `changed` when not the entry as written.
    static func select(_ entry: YAMLNode, tags: Set<String>) -> (YAMLNode?, changed: Bool) {
        guard matches(entry["tags"], tags) else { return (nil, true) }
        guard let highlights = entry["highlights"]?.sequence, !highlights.allSatisfy(\.isScalar) else { return (entry, false) }
        let kept: [YAMLNode] = highlights.compactMap { highlight in
            if highlight.isScalar { return highlight }
            guard matches(highlight["tags"], tags), let text = highlight["text"] else { return nil }
            return text
        }
        return (entry.setting("highlights", to: .sequence(kept, at: entry["highlights"]!.location)), true)
    }

    static func matches(_ entryTags: YAMLNode?, _ personaTags: Set<String>) -> Bool {
        guard !personaTags.isEmpty, let entryTags else { return true }
        let own = entryTags.strings.map { $0.value.lowercased() }
        return own.isEmpty || own.contains { personaTags.contains($0) }
    }

    static func name(of entry: YAMLNode, key: String) -> String? {
        (entry[key] ?? (key == "name" ? entry["company"] : nil))?.scalarText
    }

    /// A list overrides entries by name (unmatched ones are added); `{include, exclude}` filters by name.
    static func apply(_ override: YAMLNode, to entries: [YAMLNode], section: String, nameKey: String,
                      cvPath: String?, into diagnostics: inout [Diagnostic]) -> [YAMLNode] {
        if let replacements = override.sequence {
            var result = entries
            for replacement in replacements {
                let key = name(of: replacement, key: nameKey)?.lowercased()
                if let key, let index = result.firstIndex(where: { name(of: $0, key: nameKey)?.lowercased() == key }) {
                    result[index] = result[index].merging(replacement)
                } else {
                    result.append(replacement)
                }
            }
            return result
        }
        let names = entries.compactMap { name(of: $0, key: nameKey) }
        let lowered = Set(names.map { $0.lowercased() })
        func check(_ list: [Located<String>], verb: String) {
            for item in list where !lowered.contains(item.value.lowercased()) {
                let suggestion = Suggestion.closest(to: item.value, in: names)
                let source = cvPath.map { " in \($0)" } ?? " (the persona has no CV)"
                diagnostics.append(.error(
                    at: item.location, code: "unknown-entry",
                    "'\(section).\(verb)' names '\(item.value)', but there is no such \(section) entry\(source)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "."),
                    hint: suggestion == nil && !names.isEmpty ? "The \(section) entries are: \(names.joined(separator: ", "))." : nil))
            }
        }
        var result = entries
        if let include = override["include"]?.strings {
            check(include, verb: "include")
            let wanted = Set(include.map { $0.value.lowercased() })
            result = result.filter { name(of: $0, key: nameKey).map { wanted.contains($0.lowercased()) } ?? false }
        }
        if let exclude = override["exclude"]?.strings {
            check(exclude, verb: "exclude")
            let unwanted = Set(exclude.map { $0.value.lowercased() })
            result = result.filter { !(name(of: $0, key: nameKey).map { unwanted.contains($0.lowercased()) } ?? false) }
        }
        return result
    }
}
