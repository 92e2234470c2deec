import Core
import Foundation

/// What the last build saw and made, kept in `.personaforge/build-state`.
///
/// A line-oriented text file rather than JSON: the no-op check reads it on every build, and at
/// 10,000 personas a hand-split text file loads several times faster than JSONDecoder.
public struct BuildState: Sendable, Equatable {
    public struct FileRecord: Sendable, Equatable {
        public var size: Int
        public var modified: Int64
        public var hash: String
    }

    public struct OutputRecord: Sendable, Equatable {
        public var fingerprint: String
        /// The inputs it was made from, as paths (files, `builtin:` templates, `setting:` values).
        public var inputs: [String]
    }

    static let header = "personaforge-build-state 1"

    /// The tool's own fingerprint (version and shipped templates): a new tool rebuilds everything.
    public var tool: String = ""
    /// Absolute path of the output folder the outputs were written to.
    public var outputFolder: String = ""
    /// When the state was written, in nanoseconds: files modified within a second of it are re-hashed.
    public var written: Int64 = 0
    public var files: [String: FileRecord] = [:]
    /// Every input the outputs depend on, by path, with the hash it had (files and virtual inputs).
    public var inputHashes: [String: String] = [:]
    public var outputs: [String: OutputRecord] = [:]
    /// Outputs whose inputs had errors last time: they are retried on the next build.
    public var failed: Set<String> = []

    public init() {}

    public static func load(from path: String) -> BuildState? {
        guard let bytes = FileSystem.read(path), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == Substring(header) else { return nil }
        lines = lines.dropFirst()
        var state = BuildState()
        var inputTable: [String] = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "tool" where fields.count == 2: state.tool = String(fields[1])
            case "output-folder" where fields.count == 2: state.outputFolder = String(fields[1])
            case "written" where fields.count == 2: state.written = Int64(fields[1]) ?? 0
            case "file" where fields.count == 5:
                guard let size = Int(fields[1]), let modified = Int64(fields[2]) else { return nil }
                state.files[String(fields[4])] = FileRecord(size: size, modified: modified, hash: String(fields[3]))
            case "input" where fields.count == 3:
                inputTable.append(String(fields[2]))
                state.inputHashes[String(fields[2])] = String(fields[1])
            case "output" where fields.count == 4:
                let inputs = fields[3].split(separator: ",").compactMap { Int($0) }.compactMap { $0 < inputTable.count ? inputTable[$0] : nil }
                state.outputs[String(fields[2])] = OutputRecord(fingerprint: String(fields[1]), inputs: inputs)
            case "failed" where fields.count == 2: state.failed.insert(String(fields[1]))
            default: return nil
            }
        }
        return state
    }

    /// The file's text; sorted so that the same build writes the same bytes.
    public func serialized() -> String {
        var out = [Self.header, "tool\t\(tool)", "output-folder\t\(outputFolder)", "written\t\(written)"]
        for (path, record) in files.sorted(by: { $0.key < $1.key }) {
            out.append("file\t\(record.size)\t\(record.modified)\t\(record.hash)\t\(path)")
        }
        let inputs = inputHashes.keys.sorted()
        var index: [String: Int] = [:]
        for (position, path) in inputs.enumerated() {
            index[path] = position
            out.append("input\t\(inputHashes[path]!)\t\(path)")
        }
        for (path, record) in outputs.sorted(by: { $0.key < $1.key }) {
            let list = record.inputs.compactMap { index[$0] }.map(String.init).joined(separator: ",")
            out.append("output\t\(record.fingerprint)\t\(path)\t\(list)")
        }
        for path in failed.sorted() { out.append("failed\t\(path)") }
        return out.joined(separator: "\n") + "\n"
    }

    public func save(to path: String) throws {
        try AtomicFile.write(serialized(), to: path)
    }
}
