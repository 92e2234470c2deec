import Core
import Foundation

/// Model answers on disk, one file per request key under `.personaforge/llm/cache/`. Only
/// answers that passed validation are stored, each written atomically, with placeholders still
/// in place of private details; never a key or a header.
public struct AnswerCache: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    func path(for key: String) -> String { FileSystem.join(folder, "\(key.prefix(2))/\(key).json") }

    /// The stored answer, or nil when there is none or the file cannot be read as one.
    func read(_ key: String) -> ModelAnswer? {
        guard let bytes = FileSystem.read(path(for: key)),
              let entry = try? JSONValue.parse(String(decoding: bytes, as: UTF8.self)),
              entry["key"]?.string == key, let text = entry["answer"]?.string else { return nil }
        return ModelAnswer(text: text, model: entry["model"]?.string ?? "", tokensIn: entry["tokens_in"]?.int ?? 0,
                           tokensOut: entry["tokens_out"]?.int ?? 0, cached: true)
    }

    func write(_ answer: ModelAnswer, key: String, request: ChatRequest) throws(LLMError) {
        let entry: JSONValue = [
            "key": .string(key), "task": .string(request.task), "prompt_version": .string(request.promptVersion),
            "model": .string(answer.model), "answer": .string(answer.text),
            "tokens_in": .number(Double(answer.tokensIn)), "tokens_out": .number(Double(answer.tokensOut)),
        ]
        do {
            try AtomicFile.write(entry.serialized + "\n", to: path(for: key))
        } catch {
            throw LLMError(.unusable, "Could not write the model's answer to the cache in \(folder): \(error).")
        }
    }

    /// How many answers are stored and their total size in bytes.
    public func size() -> (answers: Int, bytes: Int) {
        var answers = 0, bytes = 0
        for shard in FileSystem.listWithStatus(folder) ?? [] where shard.status.isDirectory {
            for file in FileSystem.listWithStatus(FileSystem.join(folder, shard.name)) ?? [] where file.name.hasSuffix(".json") {
                answers += 1
                bytes += file.status.size
            }
        }
        return (answers, bytes)
    }
}
