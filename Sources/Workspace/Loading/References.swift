import Core
import YAMLSupport

/// Checks what files say about each other: referenced files exist, ids are unique.
enum References {
    /// `cvSources`: the CVs in other formats (PDF, DOCX...) that personas may name, by path.
    /// `found`: what loading the files reported, so a reference to a file too broken to load
    /// says so (with where), rather than that the file does not exist.
    static func check(_ workspace: Workspace, cvSources: Set<String>, found: [Diagnostic] = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let personaPaths = Set(workspace.personas.map(\.path))
        let cvPaths = Set(workspace.cvs.keys).union(cvSources)
        let jobPaths = Set(workspace.jobs.map(\.path))
        let briefPaths = Set(workspace.briefs.map(\.path))

        func require(_ reference: Located<String>?, in known: Set<String>, what: String, folder: String, into diagnostics: inout [Diagnostic]) {
            guard let reference, !FileSystem.leavesFolder(reference.value) else { return } // the schema reported paths outside
            guard !known.contains(reference.value) else { return }
            if let first = found.first(where: { $0.severity == .error && $0.location?.file == reference.value }) {
                diagnostics.append(.error(
                    at: reference.location, code: "reference-has-errors",
                    "\(what) '\(reference.value)' has errors (the first at \(first.location!): \(first.message)), so it cannot be used here.",
                    hint: "Fix \(reference.value) (personaforge check lists its problems); this reference then works as it is."))
                return
            }
            let suggestion = Suggestion.closest(to: reference.value, in: known)
            diagnostics.append(.error(
                at: reference.location, code: "missing-reference",
                "\(what) '\(reference.value)' does not exist" + (suggestion.map { "; did you mean '\($0)'?" } ?? "."),
                hint: suggestion == nil ? "Paths are relative to the workspace folder, for example \(folder)/name.\(folder == "cvs" ? "yaml" : folder == "briefs" ? "yaml" : "md")." : nil))
        }

        for persona in workspace.personas {
            require(persona.cv, in: cvPaths, what: "The CV", folder: "cvs", into: &diagnostics)
            for job in persona.jobs { require(job, in: jobPaths, what: "The job", folder: "jobs", into: &diagnostics) }
            if persona.kind == .audience {
                require(persona.frontMatter["generated_from"]?.located, in: briefPaths, what: "The brief", folder: "briefs", into: &diagnostics)
            }
        }
        for job in workspace.jobs {
            require(job.persona, in: personaPaths, what: "The persona", folder: "personas", into: &diagnostics)
        }
        for team in workspace.teams {
            var seen: Set<String> = []
            for member in team.members {
                require(member, in: personaPaths, what: "The member persona", folder: "personas", into: &diagnostics)
                if !seen.insert(member.value).inserted {
                    diagnostics.append(.warning(at: member.location, code: "duplicate-member", "\(member.value) is listed twice in this team."))
                }
            }
        }
        diagnostics += duplicateIDs(workspace)
        return diagnostics
    }

    /// `cvs/jane.yaml` and `cvs/jane.json` would render to the same page: one must go.
    static func duplicateIDs(_ workspace: Workspace) -> [Diagnostic] {
        var byID: [String: [String]] = [:]
        for path in workspace.cvs.keys { byID[SourceFile.id(of: path), default: []].append(path) }
        var diagnostics: [Diagnostic] = []
        for (id, paths) in byID where paths.count > 1 {
            let sorted = paths.sorted()
            for path in sorted.dropFirst() {
                diagnostics.append(.error(at: SourceLocation(file: path), code: "duplicate-id",
                                          "\(path) and \(sorted[0]) are both the CV '\(id.dropFirst(4))'.",
                                          hint: "Keep one of them, or rename one; CVs are known by their file name without the extension."))
            }
        }
        return diagnostics
    }
}
