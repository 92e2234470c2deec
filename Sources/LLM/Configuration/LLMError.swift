import Core

/// Why a model could not answer, as a sentence that says what to do about it.
///
/// The user's failures (a missing setting) and the environment's (an unreachable server, a
/// model answering garbage) both end here; none of them is a crash or a half-written file.
public struct LLMError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The settings or the environment are incomplete: no model, no key.
        case configuration
        /// `--offline` and the answer is not in the cache.
        case offlineMiss = "offline-miss"
        /// No connection to the server.
        case unreachable
        /// The server took longer than `timeout_seconds`.
        case timeout
        /// The server kept failing (429 or 5xx) through every retry, or refused the request.
        case server
        /// The model's answer was not JSON, or not of the asked shape, even after a retry.
        case invalidAnswer = "invalid-answer"
        /// The answer could not be used: drafted files that would not be valid, a cache that cannot be written.
        case unusable
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// The same failure as a build diagnostic about `file`.
    public func diagnostic(about file: String?) -> Diagnostic {
        .error(at: file.map { SourceLocation(file: $0) }, code: "llm-\(kind.rawValue)", message,
               hint: kind == .offlineMiss ? "Build once with the network (without --offline) to fill the cache." : nil)
    }
}
