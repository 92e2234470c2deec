import Workspace
import YAMLSupport

/// The chat request that asks a model to draft audience personas from a brief.
enum DraftPrompt {
    /// Bump when the wording below changes.
    static let version = "draft-1"

    static func request(_ brief: Brief, count: Int, redactor: inout Redactor) -> ChatRequest {
        let schema = PersonaDraft.schema(count: count)
        let system = """
            You draft audience (buyer) personas for product marketing and sales from a brief. Each persona is \
            fictional but plausible for the brief's audience, distinct from the others in role and motivation, and \
            concrete: real-sounding goals, pain points, objections and channels drawn from the brief. Cover the \
            buying roles the brief asks for (for example an economic buyer and a technical evaluator).
            Placeholders such as [EMAIL_1] stand for private details: keep them as they are.
            Answer with one JSON object, and nothing else, that matches this JSON Schema:
            \(schema.jsonSchema.serialized)
            """
        let user = "Draft exactly \(count) persona\(count == 1 ? "" : "s") from this brief (\(brief.path)):\n\n"
            + redactor.redact(YAMLEmitter.emit(brief.root))
        return ChatRequest(task: "draft-personas", subject: brief.path, promptVersion: version,
                           messages: [.init(.system, system), .init(.user, user)], schemaName: PersonaDraft.schemaName, schema: schema)
    }
}
