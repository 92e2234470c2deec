import Core

/// One question to a model: the messages, the shape the answer must have, and what to call it
/// in the ledger. Everything here shapes the answer, so all of it goes into the cache key.
public struct ChatRequest: Sendable {
    public struct Message: Sendable, Hashable {
        public enum Role: String, Sendable { case system, user, assistant }
        public var role: Role
        public var content: String

        public init(_ role: Role, _ content: String) {
            self.role = role
            self.content = content
        }

        var json: JSONValue { ["role": .string(role.rawValue), "content": .string(content)] }
    }

    /// What is being asked, for the ledger and cache file names: `gap`, `match`, `team`, `draft-personas`.
    public var task: String
    /// What the request is about, for messages (`personas/backend.md`); the messages already hold it, so it is not hashed.
    public var subject: String
    /// Bumped whenever a prompt's wording changes, so old answers are not reused for new questions.
    public var promptVersion: String
    public var messages: [Message]
    /// The schema's name in the request (`response_format.json_schema.name`).
    public var schemaName: String
    public var schema: AnswerSchema

    public init(task: String, subject: String, promptVersion: String, messages: [Message], schemaName: String, schema: AnswerSchema) {
        self.task = task
        self.subject = subject
        self.promptVersion = promptVersion
        self.messages = messages
        self.schemaName = schemaName
        self.schema = schema
        schemaText = schema.jsonSchema.serialized
    }

    /// The schema as JSON text, made once per request (it goes into the key and the request body).
    public let schemaText: String

    /// The cache key: SHA-256 over everything that shaped the answer — provider, server, model,
    /// temperature, prompt version, messages and schema. Never the API key. Each part is framed
    /// by its name and length, so no two different requests can hash the same bytes.
    public func key(for configuration: LLMConfiguration) -> String {
        var hasher = SHA256()
        func field(_ name: String, _ value: String) {
            hasher.update(name)
            hasher.update("\u{0}\(value.utf8.count)\u{0}")
            hasher.update(value)
        }
        field("key-format", "1")
        field("provider", configuration.provider.rawValue)
        field("base_url", configuration.baseURL)
        field("model", configuration.model ?? "")
        field("temperature", JSONValue.numberText(configuration.temperature))
        field("task", task)
        field("prompt_version", promptVersion)
        for message in messages {
            field("role", message.role.rawValue)
            field("content", message.content)
        }
        field("schema_name", schemaName)
        field("schema", schemaText)
        return hasher.finalize()
    }

    /// This request with the model's invalid answer and what was wrong with it appended, for the one retry.
    func repairing(_ answer: String, problems: [String]) -> ChatRequest {
        var copy = self
        copy.messages.append(Message(.assistant, answer))
        copy.messages.append(Message(.user, """
            That answer cannot be used: \(problems.prefix(8).joined(separator: " "))
            Answer again with one JSON object that matches the schema exactly, and nothing else.
            """))
        return copy
    }
}

/// A model's answer: the raw text, the value once validated, and what it cost.
public struct ModelAnswer: Sendable {
    /// The answer as the model wrote it (placeholders still in place).
    public var text: String
    /// Set once the text parsed and fitted the request's schema.
    public var value: JSONValue?
    public var model: String
    public var tokensIn: Int
    public var tokensOut: Int
    /// True when the answer came from the cache.
    public var cached: Bool
    /// True when the server stopped at its token limit: a partial answer, never used or cached.
    public var truncated = false

    public init(text: String, value: JSONValue? = nil, model: String, tokensIn: Int, tokensOut: Int, cached: Bool) {
        self.text = text
        self.value = value
        self.model = model
        self.tokensIn = tokensIn
        self.tokensOut = tokensOut
        self.cached = cached
    }
}

/// Something that answers chat requests. The network client is one; validation and the cache
/// are decorators around it, each doing one thing.
public protocol LanguageModel: Sendable {
    func complete(_ request: ChatRequest) throws(LLMError) -> ModelAnswer
}
