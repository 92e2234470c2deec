/// What a workspace file is, decided by where it lives and its extension.
public enum FileKind: String, Sendable, CaseIterable {
    case settings, cv, cvSource, persona, job, team, knowledge, knowledgeNote, answers, brief, letter, template

    /// The kind of a workspace-relative path, or nil for a file PersonaForge does not read.
    public static func of(_ path: String) -> FileKind? {
        // Called for every file, several times a build: read as bytes, the same answers as
        // splitting the path at "/" and "." (empty pieces omitted) would give, without the arrays.
        let bytes = Array(path.utf8)
        var pieces: [Range<Int>] = []  // the non-empty pieces between slashes
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index > start { pieces.append(start..<index) }
            start = index + 1
        }
        guard let first = pieces.first else { return nil }
        let folder = String(decoding: bytes[first], as: UTF8.self)
        let depth = pieces.count
        var last = bytes.count
        while last > 0, bytes[last - 1] == UInt8(ascii: ".") { last -= 1 }
        let dot = bytes[..<last].lastIndex(of: UInt8(ascii: ".")).map { $0 + 1 } ?? 0
        let ext = String(decoding: bytes[dot..<last], as: UTF8.self).lowercased()
        let yaml = ext == "yaml" || ext == "yml"
        let name = depth > 1 ? String(decoding: bytes[pieces[1]], as: UTF8.self) : ""
        switch folder {
        case "personaforge.yaml": return .settings
        case "cvs" where depth == 2:
            if yaml || ext == "json" { return .cv }
            if ["pdf", "docx", "md", "zip", "csv"].contains(ext) { return .cvSource }
        case "personas" where ext == "md": return .persona
        case "jobs" where depth == 2 && ext == "md": return .job
        case "teams" where depth == 2 && yaml: return .team
        case "knowledge" where depth == 2:
            if name == "answers.yaml" || name == "answers.yml" { return .answers }
            if yaml { return .knowledge }
            if ext == "md" { return .knowledgeNote }
        case "briefs" where depth == 2 && yaml: return .brief
        case "letters" where ext == "md": return .letter
        case "templates": return .template
        default: break
        }
        return nil
    }

    /// What a file in `folder` should look like, for the warning about a file that is ignored.
    public static func expectation(for folder: Substring) -> String {
        switch folder {
        case "cvs": return "CVs are .yaml or .json (JSON Resume), or .pdf, .docx and .md files to import"
        case "personas": return "personas are .md files"
        case "jobs": return "jobs are .md files directly in jobs/"
        case "teams": return "teams are .yaml files directly in teams/"
        case "knowledge": return "knowledge entries are .yaml or .md files directly in knowledge/"
        case "briefs": return "briefs are .yaml files directly in briefs/"
        case "letters": return "letters are .md files"
        default: return "this folder is not read"
        }
    }
}
