import LLM

/// With `llm.provider: openai-compatible`, whether the server answers `GET /models` and lists the
/// configured model; with the built-in engine there is nothing to reach.
enum ModelEndpointCheck {
    @Sendable static func run(_ context: Doctor.Context) async -> [DoctorCheck] {
        guard let settings = context.workspace?.settings else { return [] }
        let configuration = LLMConfiguration(settings: settings)
        guard configuration.usesModel else {
            return [DoctorCheck("llm", .ok, "llm.provider is builtin: the deterministic engine, no network needed")]
        }
        let base = configuration.baseURL
        let environment = context.options.environment, timeout = context.options.timeout
        let outcome = (try? await LLMSession.offloaded { ModelDirectory.probe(configuration, environment: environment, timeout: timeout) })
            ?? .unreachable("the request could not be made")
        switch outcome {
        case .misconfigured(let why):
            return [DoctorCheck("llm", .error, why, fix: "Fix the llm block in personaforge.yaml, or export the key's variable.")]
        case .unreachable(let why):
            return [DoctorCheck("llm", .error, "\(base) cannot be reached: \(why)",
                                fix: "Start the model server, or correct llm.base_url; builds still work from the cache with --offline.")]
        case .refused(let status, let excerpt):
            return [DoctorCheck("llm", .error, "\(base)/models answered HTTP \(status), not a model list" + (excerpt.isEmpty ? "" : ": \(excerpt)"),
                                fix: status == 401 || status == 403 ? "Check the API key in the variable llm.api_key_env names." : "Check that llm.base_url ends where /models is (often …/v1).")]
        case .listed(let models):
            guard let model = configuration.model else {
                return [DoctorCheck("llm", .warning, "\(base) answers with \(models.count) models, but llm.model is not set",
                                    fix: "Set llm.model to one of: " + models.prefix(8).joined(separator: ", ") + ".")]
            }
            if models.contains(model) {
                return [DoctorCheck("llm", .ok, "\(base) answers and lists \(model) (\(models.count) models)")]
            }
            return [DoctorCheck("llm", .error, "\(base) answers, but does not list \(model)",
                                fix: models.isEmpty ? "Load or pull the model on the server (ollama pull \(model))."
                                    : "Set llm.model to one it lists: " + models.prefix(8).joined(separator: ", ") + ".")]
        }
    }
}
