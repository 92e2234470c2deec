/// What a workspace file is, decided by where it lives and its extension.
public enum FileKind: String, Sendable, CaseIterable {
    case settings, cv, cvSource, persona, job, team, knowledge, knowledgeNote, answers, brief, letter, template

    /// The kind of a workspace-relative path, or nil for a file PersonaForge does not read.
    public static func of(_ path: String) -> FileKind? {
        let parts = path.split(separator: "/")
        guard let folder = parts.first else { return nil }
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let yaml = ext == "yaml" || ext == "yml"
        switch folder {
        case "personaforge.yaml": return .settings
        case "cvs" where parts.count == 2:
            if yaml || ext == "json" { return .cv }
            if ["pdf", "docx", "md", "zip", "csv"].contains(ext) { return .cvSource }
        case "personas" where ext == "md": return .persona
        case "jobs" where parts.count == 2 && ext == "md": return .job
        case "teams" where parts.count == 2 && yaml: return .team
        case "knowledge" where parts.count == 2:
            if parts[1] == "answers.yaml" || parts[1] == "answers.yml" { return .answers }
            if yaml { return .knowledge }
            if ext == "md" { return .knowledgeNote }
        case "briefs" where parts.count == 2 && yaml: return .brief
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
