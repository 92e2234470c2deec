import Workspace

extension AnalysisContext {
    /// A first draft of a cover letter for `job`, from `persona` and how it matches the posting.
    public func coverLetter(for job: Job, persona: ResolvedPersona) -> CoverLetter {
        coverLetter(for: job, persona: persona, match: match(persona, against: job))
    }

    /// The same, from a match report already made (many letters share one persona profile).
    public func coverLetter(for job: Job, persona: ResolvedPersona, match report: MatchReport) -> CoverLetter {
        CoverLetterWriter.write(job: job, persona: persona, match: report, sourceCV: persona.cvPath.flatMap { workspace.cvs[$0]?.root },
                                taxonomy: taxonomy, phrases: letterPhrases(for: persona))
    }

    /// The letter's fixed sentences in the persona's `locale`, else the workspace's.
    public func letterPhrases(for persona: ResolvedPersona) -> LetterPhrases {
        .named(persona.persona.locale ?? workspace.settings.locale)
    }
}

extension Analysis {
    /// The files (and virtual inputs) a job's posting analysis reads: the job, and the knowledge
    /// files that teach the taxonomy new names.
    public static func inputs(posting job: Job, workspace: Workspace) -> [String] {
        unique([job.path] + sharedInputs(workspace))
    }
}

extension CoverLetter.Contact {
    /// The contact details a letter for `job` carries: the persona's CV without its private fields,
    /// overridden field by field by the job's `contact`.
    public static func sender(for job: Job, persona: ResolvedPersona) -> CoverLetter.Contact {
        LetterContact.sender(basics: persona.publicBasics, persona: persona.persona, job: job)
    }
}
