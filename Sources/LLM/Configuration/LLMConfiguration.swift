import Workspace
import YAMLSupport

/// The `llm:` block of `personaforge.yaml` with every default filled in (see `SettingsSchema.llm`).
public struct LLMConfiguration: Sendable, Hashable {
    public enum Provider: String, Sendable, Hashable {
        /// The deterministic engine: no network, no key.
        case builtin
        /// Any server speaking OpenAI's Chat Completions: OpenAI, Ollama, llama.cpp, vLLM, LM Studio.
        case openAICompatible = "openai-compatible"
    }

    public struct Price: Sendable, Hashable {
        public var inputPerMillion: Double
        public var outputPerMillion: Double
    }

    public var provider: Provider
    /// Without a trailing slash: `http://127.0.0.1:11434/v1`.
    public var baseURL: String
    public var model: String?
    /// The environment variable holding the key; nil sends no key (local servers need none).
    public var apiKeyEnvironmentVariable: String?
    public var maxConcurrency: Int
    public var requestsPerMinute: Int?
    public var timeoutSeconds: Int
    public var temperature: Double
    /// Send contact details and private fields as they are instead of placeholders.
    public var allowPrivate: Bool
    public var prices: [String: Price]

    public static let defaultBaseURL = "https://api.openai.com/v1"

    public init(provider: Provider = .builtin, baseURL: String = defaultBaseURL, model: String? = nil,
                apiKeyEnvironmentVariable: String? = nil, maxConcurrency: Int = 4, requestsPerMinute: Int? = nil,
                timeoutSeconds: Int = 120, temperature: Double = 0, allowPrivate: Bool = false, prices: [String: Price] = [:]) {
        self.provider = provider
        self.baseURL = baseURL
        self.model = model
        self.apiKeyEnvironmentVariable = apiKeyEnvironmentVariable
        self.maxConcurrency = maxConcurrency
        self.requestsPerMinute = requestsPerMinute
        self.timeoutSeconds = timeoutSeconds
        self.temperature = temperature
        self.allowPrivate = allowPrivate
        self.prices = prices
    }

    /// Reads the settings' `llm:` block; the workspace check has already validated its shape.
    public init(settings: Settings) {
        let node = settings.root?["llm"]
        self.init()
        provider = node?["provider"]?.scalarText.flatMap(Provider.init(rawValue:)) ?? .builtin
        if var url = node?["base_url"]?.scalarText {
            while url.hasSuffix("/") { url.removeLast() }
            baseURL = url
        }
        model = node?["model"]?.scalarText
        apiKeyEnvironmentVariable = node?["api_key_env"]?.scalarText
        if let value = node?["max_concurrency"]?.int, value > 0 { maxConcurrency = value }
        if let value = node?["requests_per_minute"]?.int, value > 0 { requestsPerMinute = value }
        if let value = node?["timeout_seconds"]?.int, value > 0 { timeoutSeconds = value }
        if let value = node?["temperature"]?.double { temperature = value }
        allowPrivate = node?["allow_private"]?.bool ?? false
        for pair in node?["prices"]?.pairs ?? [] {
            guard let name = pair.key.scalarText else { continue }
            prices[name] = Price(inputPerMillion: pair.value["input_per_million"]?.double ?? 0,
                                 outputPerMillion: pair.value["output_per_million"]?.double ?? 0)
        }
    }

    /// Whether prompts go to a model at all (the builtin engine needs none).
    public var usesModel: Bool { provider == .openAICompatible }

    /// Whether prompts carry placeholders instead of contact details and private fields. Every
    /// server counts as remote, a local one included: what leaves the process is what the
    /// settings allow, wherever it goes.
    public var redacts: Bool { usesModel && !allowPrivate }

    /// The estimated cost of a call in dollars, when the settings price the model.
    public func cost(model: String, tokensIn: Int, tokensOut: Int) -> Double? {
        guard let price = prices[model] else { return nil }
        return (Double(tokensIn) * price.inputPerMillion + Double(tokensOut) * price.outputPerMillion) / 1_000_000
    }
}
