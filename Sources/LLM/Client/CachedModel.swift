/// Answers from the cache when it can, from the model otherwise, and stores what the model
/// answered once it is valid (this decorator sits outside `ValidatingModel`). Offline, a miss
/// is an error that names what was missing.
struct CachedModel: LanguageModel {
    let base: any LanguageModel
    let cache: AnswerCache
    let configuration: LLMConfiguration
    let offline: Bool
    let ledger: Ledger

    func complete(_ request: ChatRequest) throws(LLMError) -> ModelAnswer {
        let key = request.key(for: configuration)
        let started = RequestThrottle.now()
        // A damaged or outdated entry is a miss; the next valid answer replaces it.
        if let hit = cache.read(key), case .success(let value) = ValidatingModel.validate(hit.text, against: request.schema) {
            ledger.record(task: request.task, model: hit.model, key: key, cached: true, tokensIn: hit.tokensIn,
                          tokensOut: hit.tokensOut, seconds: RequestThrottle.now() - started, outcome: "ok")
            return ValidatingModel.accepted(hit, value)
        }
        if offline {
            throw LLMError(.offlineMiss, "--offline: no cached answer from \(configuration.model ?? "the model") for the \(request.task) of \(request.subject) (key \(key.prefix(12))).")
        }
        let answer = try base.complete(request)
        try cache.write(answer, key: key, request: request)
        return answer
    }
}
