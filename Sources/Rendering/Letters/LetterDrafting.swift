import Analysis
import Core
import LLM
import Workspace

/// A job's cover letter as the engines write it, for the build and `personaforge letter` alike:
/// the built-in draft, rewritten by the language model when the settings configure one.
enum LetterDrafting {
    /// A model's failure is a diagnostic about the job's file (`llm-…`), never a crash.
    static func write(job: Job, persona: ResolvedPersona, match: MatchReport, context: AnalysisContext,
                      llm: LLMSession?) throws(Diagnostic) -> CoverLetter {
        let draft = context.coverLetter(for: job, persona: persona, match: match)
        guard let llm, llm.configuration.usesModel else { return draft }
        do {
            return try llm.writeLetter(.letter(draft, persona: persona, job: job, match: match, context: context, session: llm))
        } catch {
            throw error.diagnostic(about: job.path)
        }
    }
}
