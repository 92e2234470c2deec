import Analysis
import Core
import Foundation
import Workspace

/// The language-model layer as the build and the commands use it: made once per run from the
/// settings and the workspace folder, safe to call from many threads at once (requests stay
/// within `max_concurrency` and `requests_per_minute`).
///
/// With `llm.provider: builtin` (the default) the deterministic engine answers everything: reports
/// come back as they are and briefs are drafted by `BuiltinDrafter`; no network, no files.
/// With `openai-compatible`, requests go through the cache (`.personaforge/llm/cache/`) to the
/// server, answers are validated, redacted details restored and unsupported claims withheld, and
/// every call lands in the ledger (`.personaforge/llm/ledger.jsonl`).
public final class LLMSession: Sendable {
    public let configuration: LLMConfiguration
    /// `--offline`: answers come from the cache alone; a miss is an error naming it.
    public let offline: Bool
    public let ledger: Ledger
    public let cache: AnswerCache
    /// The decorated model; nil for the builtin engine.
    let model: (any LanguageModel)?

    /// The name builds give the virtual input `fingerprint` is the hash of.
    public static let buildInput = "llm:model"

    /// `.personaforge/llm` in the workspace.
    public static func folder(root: String) -> String { FileSystem.join(root, ".personaforge/llm") }
    public static func ledgerPath(root: String) -> String { FileSystem.join(folder(root: root), "ledger.jsonl") }

    /// Throws when the settings ask for a model but do not say enough to reach one. A missing API
    /// key is reported at the first request instead, so `--offline` and cached answers need none.
    public convenience init(settings: Settings, root: String, command: String, offline: Bool = false,
                            environment: [String: String] = ProcessInfo.processInfo.environment, retry: RetryPolicy = .standard) throws(LLMError) {
        try self.init(configuration: LLMConfiguration(settings: settings), root: root, command: command, offline: offline,
                      environment: environment, retry: retry)
    }

    /// A session with settings given directly (`LLMConfiguration()` is the builtin engine).
    public init(configuration: LLMConfiguration, root: String, command: String, offline: Bool = false,
                environment: [String: String] = ProcessInfo.processInfo.environment, retry: RetryPolicy = .standard) throws(LLMError) {
        self.configuration = configuration
        self.offline = offline
        ledger = Ledger(path: Self.ledgerPath(root: root), command: command, configuration: configuration)
        cache = AnswerCache(folder: FileSystem.join(Self.folder(root: root), "cache"))
        if configuration.usesModel {
            let network = try OpenAICompatibleModel(configuration: configuration, environment: environment, retry: retry, ledger: ledger)
            model = CachedModel(base: ValidatingModel(base: network), cache: cache, configuration: configuration, offline: offline, ledger: ledger)
        } else {
            model = nil
        }
    }

    /// `builtin`, or the configured model's name.
    public var engineName: String { model == nil ? "builtin" : configuration.model ?? "model" }

    /// A hash of everything outside the workspace's files that shapes answers (provider, server,
    /// model, temperature, privacy, prompt versions): the value of the build's `llm:model` input.
    public var fingerprint: String {
        guard model != nil else { return "builtin" }
        let identity: JSONValue = [
            "provider": .string(configuration.provider.rawValue), "base_url": .string(configuration.baseURL),
            "model": .string(configuration.model ?? ""), "temperature": .number(configuration.temperature),
            "allow_private": .bool(configuration.allowPrivate),
            "prompts": [.string(DeepenPrompt.version), .string(DraftPrompt.version), .string(LetterPrompt.version)],
        ]
        return SHA256.hex(identity.serialized)
    }

    // MARK: - Analyses

    /// The report with the model's findings merged in (unchanged with the builtin engine).
    public func deepen<Report>(_ deepening: Deepening<Report>) throws(LLMError) -> Report {
        guard let model else { return deepening.report }
        let answer = try model.complete(DeepenPrompt.request(deepening.task))
        guard let value = answer.value else { return deepening.report }
        let findings = Findings(value)
        // Most answers of a rebuild add nothing; the sources are only tokenised when something is to be checked.
        guard !findings.issues.isEmpty || !findings.questions.isEmpty else { return deepening.report }
        let checker = FactChecker(sources: deepening.task.sources, taxonomy: deepening.taxonomy)
        return deepening.report.merging(findings, task: deepening.task, checker: checker)
    }

    /// The cache key of the answer `deepen` would use, or nil with the builtin engine: a build can
    /// put it in a report output's fingerprint.
    public func answerKey<Report>(_ deepening: Deepening<Report>) -> String? {
        model == nil ? nil : DeepenPrompt.request(deepening.task).key(for: configuration)
    }

    // MARK: - Briefs

    /// `count` audience personas drafted from a brief, by the model or the builtin drafter.
    public func draftPersonas(from brief: Brief, count: Int) throws(LLMError) -> [PersonaDraft] {
        guard let model else { return BuiltinDrafter.draft(brief, count: count) }
        var redactor = Redactor(enabled: configuration.redacts)
        let request = DraftPrompt.request(brief, count: count, redactor: &redactor)
        let answer = try model.complete(request)
        let items = answer.value.map(redactor.restore)?["personas"]?.array ?? []
        return items.map(PersonaDraft.init)
    }

    // MARK: - From async code

    /// Runs blocking work (a request, a retry's wait) on a thread of its own, so an async caller
    /// does not hold one of the few cooperative threads while a server thinks.
    public static func offloaded<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }
}

/// One report to deepen, with what the model needs to know about it. Made with `.gap`, `.match`
/// or `.team`; cheap, and made again for each report.
public struct Deepening<Report: DeepenableReport>: Sendable {
    public let report: Report
    let task: DeepenTask
    let taxonomy: SkillTaxonomy
}

extension Deepening where Report == GapReport {
    public static func gap(_ report: GapReport, persona: ResolvedPersona, context: AnalysisContext, session: LLMSession) -> Self {
        Self(report: report, task: .gap(persona, report: report, context: context, redacting: session.configuration.redacts), taxonomy: context.taxonomy)
    }
}

extension Deepening where Report == MatchReport {
    public static func match(_ report: MatchReport, persona: ResolvedPersona, job: Job, context: AnalysisContext, session: LLMSession) -> Self {
        Self(report: report, task: .match(persona, job: job, report: report, context: context, redacting: session.configuration.redacts),
             taxonomy: context.taxonomy)
    }
}

extension Deepening where Report == TeamReport {
    public static func team(_ report: TeamReport, team: Team, context: AnalysisContext, session: LLMSession) -> Self {
        Self(report: report, task: .team(team, report: report, context: context, redacting: session.configuration.redacts), taxonomy: context.taxonomy)
    }
}
