import Build
import Core
import Foundation
import LLM

/// What `.personaforge/` holds (build state, the model's answer cache, the ledger) and how often
/// the caches answered: the last build's share of reused outputs, the model calls served from
/// the cache.
enum CacheCheck {
    /// Past this size the folder is worth a look.
    static let largeBytes = 512 * 1024 * 1024

    @Sendable static func run(_ context: Doctor.Context) async -> [DoctorCheck] {
        guard let root = context.options.root, let workspace = context.workspace else { return [] }
        let folder = FileSystem.join(root, ".personaforge")
        let (files, bytes) = size(of: folder)
        var parts = ["\(files) files, \(megabytes(bytes)) in .personaforge/"]
        let (answers, answerBytes) = AnswerCache(folder: FileSystem.join(LLMSession.folder(root: root), "cache")).size()
        if answers > 0 { parts.append("\(answers) model answers cached (\(megabytes(answerBytes)))") }
        let calls = Ledger.read(LLMSession.ledgerPath(root: root)).entries
        if !calls.isEmpty {
            let hits = calls.filter(\.cached).count
            parts.append("model calls served from the cache: \(percent(hits, of: calls.count)) of \(calls.count)")
        }
        let setting = context.options.output ?? workspace.settings.root?["output"]?.scalarText ?? "_build"
        let output = setting.hasPrefix("/") ? setting : FileSystem.join(root, setting)
        if let last = BuildReportFile.read(folder: output) {
            parts.append(last.upToDate ? "the last build found everything up to date"
                         : "the last build reused \(last.outputs.reused) of \(last.outputs.planned) outputs (\(percent(last.outputs.reused, of: last.outputs.planned)))")
        } else {
            parts.append("no build report yet")
        }
        let detail = parts.joined(separator: "; ")
        if bytes > largeBytes {
            return [DoctorCheck("cache", .warning, detail,
                                fix: "Delete .personaforge/llm/cache/ to drop old model answers (they are fetched again when needed); the build state is small.")]
        }
        return [DoctorCheck("cache", .ok, detail)]
    }

    static func size(of folder: String) -> (files: Int, bytes: Int) {
        var files = 0, bytes = 0
        for entry in FileSystem.listWithStatus(folder) ?? [] {
            let path = FileSystem.join(folder, entry.name)
            if entry.status.isDirectory {
                let inner = size(of: path)
                files += inner.files
                bytes += inner.bytes
            } else {
                files += 1
                bytes += entry.status.size
            }
        }
        return (files, bytes)
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes < 1024 * 1024 ? DecimalText.fixed(Double(bytes) / 1024, places: 1) + " KB" : DecimalText.fixed(Double(bytes) / 1_048_576, places: 1) + " MB"
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "0%" : "\((100 * part + whole / 2) / whole)%"
    }
}
