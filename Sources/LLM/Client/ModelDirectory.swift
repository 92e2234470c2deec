import Foundation

/// `GET {base_url}/models`: whether an OpenAI-compatible server answers, and which models it
/// lists (for `personaforge doctor`). Blocking, through the same transport as every request.
public enum ModelDirectory {
    public enum Outcome: Sendable, Equatable {
        /// The server answered with its model ids.
        case listed([String])
        /// It answered, but not with a model list (HTTP status and a short excerpt).
        case refused(status: Int, excerpt: String)
        case unreachable(String)
        /// Not enough configuration to ask (no base URL, the key's variable unset).
        case misconfigured(String)
    }

    public static func probe(_ configuration: LLMConfiguration, environment: [String: String], timeout: Double = 5) -> Outcome {
        guard let url = URL(string: configuration.baseURL.hasSuffix("/") ? configuration.baseURL + "models" : configuration.baseURL + "/models"),
              url.scheme == "http" || url.scheme == "https" else {
            return .misconfigured("llm.base_url '\(configuration.baseURL)' is not an http:// or https:// address.")
        }
        var headers = ["Accept": "application/json"]
        if let variable = configuration.apiKeyEnvironmentVariable {
            guard let key = environment[variable], !key.isEmpty else {
                return .misconfigured("llm.api_key_env names \(variable), which is not set in the environment.")
            }
            headers["Authorization"] = "Bearer \(key)"
        }
        switch HTTPTransport().send(method: "GET", url: url, headers: headers, body: nil, timeout: timeout) {
        case .failure(.timedOut): return .unreachable("no answer from \(url.absoluteString) within \(Int(timeout)) seconds")
        case .failure(.unreachable(let why)): return .unreachable(why)
        case .success(let response):
            let text = String(decoding: response.body, as: UTF8.self)
            guard response.status == 200, let value = try? JSONValue.parse(text), let items = value["data"]?.array else {
                return .refused(status: response.status, excerpt: String(text.prefix(160)))
            }
            return .listed(items.compactMap { $0["id"]?.string })
        }
    }
}
