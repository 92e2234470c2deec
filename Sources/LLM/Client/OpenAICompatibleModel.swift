import Foundation

/// The network client: OpenAI's Chat Completions over HTTP, as OpenAI, Ollama, llama.cpp's
/// server, vLLM and LM Studio speak it. Asks for JSON against the request's schema, steps down
/// to JSON mode (and then to the prompt alone) when a server rejects that, retries 429 and 5xx
/// with backoff, and records every call in the ledger.
final class OpenAICompatibleModel: LanguageModel {
    /// How the answer's shape is asked for, most to least specific.
    enum ResponseFormat: Int, Sendable, Comparable {
        case jsonSchema, jsonObject, promptOnly
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    let configuration: LLMConfiguration
    let model: String
    let endpoint: URL
    /// The key read from the environment, or why it could not be.
    let apiKey: Result<String?, LLMError>
    let transport: HTTPTransport
    let throttle: RequestThrottle
    let retry: RetryPolicy
    let ledger: Ledger
    /// Remembered for the session once a server has rejected a format.
    private let format = Locked(ResponseFormat.jsonSchema)

    init(configuration: LLMConfiguration, environment: [String: String], retry: RetryPolicy, ledger: Ledger) throws(LLMError) {
        guard let model = configuration.model, !model.isEmpty else {
            throw LLMError(.configuration, "llm.provider is openai-compatible but llm.model is not set in personaforge.yaml; name the model to use (for example gpt-4o-mini or llama3.1).")
        }
        guard let url = URL(string: configuration.baseURL + "/chat/completions"), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host != nil else {
            throw LLMError(.configuration, "llm.base_url '\(configuration.baseURL)' is not an http(s) address; write it like http://127.0.0.1:11434/v1 or https://api.openai.com/v1.")
        }
        self.configuration = configuration
        self.model = model
        endpoint = url
        if let variable = configuration.apiKeyEnvironmentVariable {
            if let key = environment[variable], !key.isEmpty {
                apiKey = .success(key)
            } else {
                apiKey = .failure(LLMError(.configuration, "llm.api_key_env names \(variable), which is not set in the environment; export it, or use --offline to work from the cache."))
            }
        } else {
            apiKey = .success(nil)
        }
        transport = HTTPTransport()
        throttle = RequestThrottle(maxConcurrency: configuration.maxConcurrency, requestsPerMinute: configuration.requestsPerMinute)
        self.retry = retry
        self.ledger = ledger
    }

    func complete(_ request: ChatRequest) throws(LLMError) -> ModelAnswer {
        let key = try apiKey.get()
        let started = RequestThrottle.now()
        do {
            let answer = try exchange(request, key: key)
            ledger.record(task: request.task, model: answer.model, key: request.key(for: configuration), cached: false,
                          tokensIn: answer.tokensIn, tokensOut: answer.tokensOut,
                          seconds: RequestThrottle.now() - started, outcome: "ok")
            return answer
        } catch {
            ledger.record(task: request.task, model: model, key: request.key(for: configuration), cached: false,
                          tokensIn: 0, tokensOut: 0, seconds: RequestThrottle.now() - started, outcome: error.kind.rawValue)
            throw scrubbed(error, key: key)
        }
    }

    /// The server's address without a path, for messages.
    var server: String { configuration.baseURL }

    private func exchange(_ request: ChatRequest, key: String?) throws(LLMError) -> ModelAnswer {
        var failures = 0
        var headers = ["Content-Type": "application/json", "Accept": "application/json"]
        if let key { headers["Authorization"] = "Bearer \(key)" }
        let timeout = Double(configuration.timeoutSeconds)
        while true {
            let format = self.format.current
            let body = Array(requestBody(request, format: format).serialized.utf8)
            throttle.acquire()
            let result = transport.send(url: endpoint, headers: headers, body: body, timeout: timeout)
            throttle.release()
            switch result {
            case .failure(.timedOut):
                let seconds = configuration.timeoutSeconds
                throw LLMError(.timeout, "\(model) at \(server) did not answer within \(seconds) second\(seconds == 1 ? "" : "s") (llm.timeout_seconds); nothing was cached.")
            case .failure(.unreachable(let reason)):
                failures += 1
                guard failures < retry.attempts else {
                    throw LLMError(.unreachable, "Could not reach \(server): \(reason) (\(failures) tries). Check llm.base_url and that the server is running, or use --offline to work from the cache.")
                }
                Thread.sleep(forTimeInterval: retry.backoff(afterFailure: failures))
            case .success(let response):
                let status = response.status
                if (200..<300).contains(status) {
                    if let answer = Self.answer(from: response.body, model: model) { return answer }
                    failures += 1
                    guard failures < retry.attempts else {
                        throw LLMError(.server, "\(server) answered with something that is not a chat completion (\(failures) tries): \(Self.excerpt(response.body)).")
                    }
                    Thread.sleep(forTimeInterval: retry.backoff(afterFailure: failures))
                    continue
                }
                let message = Self.serverMessage(response.body)
                if status == 429 || status == 408 || (500...599).contains(status) && status != 501 {
                    failures += 1
                    let asked = RetryPolicy.retryAfter(response.headers["retry-after"])
                    if status == 429, let asked { throttle.pause(for: asked) }
                    guard failures < retry.attempts else {
                        throw LLMError(.server, "\(server) answered HTTP \(status)\(message.map { " (\($0))" } ?? "") to all \(failures) tries; try again later.")
                    }
                    let wait = max(asked ?? retry.backoff(afterFailure: failures), throttle.remainingPause())
                    guard wait <= retry.longestWait else {
                        throw LLMError(.server, "\(server) answered HTTP \(status) and asks to wait \(Int(wait.rounded(.up))) seconds before trying again; try again later.")
                    }
                    Thread.sleep(forTimeInterval: wait)
                    continue
                }
                if status == 400 || status == 422, format < .promptOnly, Self.isAboutFormat(message) {
                    self.format.withLock { $0 = max($0, ResponseFormat(rawValue: format.rawValue + 1)!) }
                    continue
                }
                // The server's words end our sentence, so they lose their own full stop.
                let detail = message.map { ": " + ($0.hasSuffix(".") ? String($0.dropLast()) : $0) } ?? ""
                switch status {
                case 401, 403:
                    let variable = configuration.apiKeyEnvironmentVariable.map { "the key in \($0)" } ?? "a key (set llm.api_key_env)"
                    throw LLMError(.server, "\(server) refused the request (HTTP \(status))\(detail). Check \(variable).")
                case 404:
                    throw LLMError(.server, "\(server) has no model '\(model)' or no chat completions endpoint (HTTP 404)\(detail). Check llm.model and llm.base_url (it usually ends in /v1).")
                default:
                    throw LLMError(.server, "\(server) rejected the request (HTTP \(status))\(detail).")
                }
            }
        }
    }

    /// The request body. The schema also goes into the system prompt, for servers that get no other hint.
    func requestBody(_ request: ChatRequest, format: ResponseFormat) -> JSONValue {
        var body: [String: JSONValue] = [
            "model": .string(model),
            "messages": .array(request.messages.map(\.json)),
            "temperature": .number(configuration.temperature),
            "stream": false,
        ]
        switch format {
        case .jsonSchema:
            body["response_format"] = ["type": "json_schema",
                                       "json_schema": ["name": .string(request.schemaName), "strict": true, "schema": request.schema.jsonSchema]]
        case .jsonObject:
            body["response_format"] = ["type": "json_object"]
        case .promptOnly:
            break
        }
        return .object(body)
    }

    /// The first choice's text and the token counts, or nil when the body is not a chat completion.
    static func answer(from body: [UInt8], model: String) -> ModelAnswer? {
        guard let json = try? JSONValue.parse(String(decoding: body, as: UTF8.self)),
              let choice = json["choices"]?.array?.first, let message = choice["message"] else { return nil }
        let text: String
        if let content = message["content"]?.string {
            text = content
        } else if let refusal = message["refusal"]?.string {
            text = refusal
        } else {
            return nil
        }
        let usage = json["usage"]
        var answer = ModelAnswer(text: text, model: json["model"]?.string ?? model,
                                 tokensIn: usage?["prompt_tokens"]?.int ?? 0, tokensOut: usage?["completion_tokens"]?.int ?? 0, cached: false)
        answer.truncated = choice["finish_reason"]?.string == "length"
        return answer
    }

    /// The server's own explanation: `error.message`, `error`, `detail`, or the start of the body.
    static func serverMessage(_ body: [UInt8]) -> String? {
        guard !body.isEmpty else { return nil }
        if let json = try? JSONValue.parse(String(decoding: body, as: UTF8.self)) {
            if let message = json["error"]?["message"]?.string ?? json["error"]?.string ?? json["detail"]?.string ?? json["message"]?.string {
                return excerpt(Array(message.utf8))
            }
        }
        return excerpt(body)
    }

    static func excerpt(_ body: [UInt8], limit: Int = 200) -> String {
        let text = String(decoding: body.prefix(limit * 4), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return text.count > limit ? String(text.prefix(limit)) + "…" : (text.isEmpty ? "an empty body" : text)
    }

    static func isAboutFormat(_ message: String?) -> Bool {
        guard let message = message?.lowercased() else { return true }
        return ["response_format", "json_schema", "json_object", "schema", "format"].contains { message.contains($0) }
    }

    /// Servers sometimes quote the key back in an error; it never reaches a message.
    func scrubbed(_ error: LLMError, key: String?) -> LLMError {
        guard let key, !key.isEmpty, error.message.contains(key) else { return error }
        return LLMError(error.kind, error.message.replacingOccurrences(of: key, with: "***"))
    }
}
