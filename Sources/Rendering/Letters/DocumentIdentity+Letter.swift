import Workspace

extension DocumentIdentity {
    /// A cover letter: written by the persona's person, about one application. `persona` is the
    /// one the letter is written from (a draft's), else the job's own.
    static func letter(for job: Job, persona: ResolvedPersona?, workspace: Workspace) -> DocumentIdentity {
        let persona = persona ?? job.persona.flatMap { workspace.resolved[$0.value] }
        let name = nonEmpty(persona?.publicBasics?["name"]?.scalarText)
        let role = job.title + (job.company.map { " at \($0)" } ?? "")
        return DocumentIdentity(title: [name, "Cover letter: \(role)"].compactMap { $0 }.joined(separator: " – "), author: name,
                                subject: "Cover letter", keywords: [job.company, job.title].compactMap { $0 },
                                runningHeader: name, locale: LocaleStrings.named(persona?.persona.locale ?? workspace.settings.locale))
    }
}
