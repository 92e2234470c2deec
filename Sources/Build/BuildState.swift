import Core
import Foundation

/// What the last build saw and made, kept in two files under `.personaforge/`: `build-state`
/// (file stats and output fingerprints: all the no-op check reads) and `build-graph` (what each
/// output was made from, with the hashes then: read only to explain a rebuild).
///
/// The output records come last in `build-state`, so the no-op check can leave them unparsed.
///
/// Line-oriented text rather than JSON: the no-op check reads it on every build, and at
/// 10,000 personas a hand-split text file loads several times faster than JSONDecoder.
public struct BuildState: Sendable, Equatable {
    public struct FileRecord: Sendable, Equatable {
        public var size: Int
        public var modified: Int64
        public var hash: String
    }

    public struct OutputRecord: Sendable, Equatable {
        public var fingerprint: String
        /// The inputs it was made from, as paths (files, `builtin:` templates, `setting:` values);
        /// empty until the graph is loaded.
        public var inputs: [String]
        /// The hash of what it was made from, for outputs that say (`PlannedOutput.content`).
        public var content: String? = nil
    }

    static let header = "personaforge-build-state 3"
    static let graphHeader = "personaforge-build-graph 2"

    /// The tool's own fingerprint (version and shipped templates): a new tool rebuilds everything.
    public var tool: String = ""
    /// Absolute path of the output folder the outputs were written to.
    public var outputFolder: String = ""
    /// When the state was written, in nanoseconds: files modified within a second of it are re-hashed.
    public var written: Int64 = 0
    /// The month analyses took as today: a new month redoes the reports, though no file changed.
    public var today: String = ""
    public var files: [String: FileRecord] = [:]
    /// Every input the outputs depend on, by path, with the hash it had (files and virtual inputs).
    public var inputHashes: [String: String] = [:]
    public var outputs: [String: OutputRecord] = [:]
    /// Outputs whose inputs had errors last time: they are retried on the next build.
    public var failed: Set<String> = []
    /// The output records' lines, read but not yet parsed: the no-op check does not need them,
    /// and at 10,000 personas they are most of the file. `loadOutputs()` parses them.
    var unparsedOutputs: ArraySlice<UInt8>? = nil

    public init() {}

    /// The state in `path`; its output records are parsed now, or (with `outputs: false`) on
    /// the first `loadOutputs()`.
    public static func load(from path: String, outputs: Bool = true) -> BuildState? {
        guard let bytes = FileSystem.read(path) else { return nil }
        return parse(bytes, outputs: outputs)
    }

    /// Parses the output records left for later, once; a malformed record empties the whole
    /// state (everything is rebuilt, as with no state at all).
    public mutating func loadOutputs() {
        guard let lines = unparsedOutputs else { return }
        unparsedOutputs = nil
        if !parseOutputs(lines) { self = BuildState() }
    }

    /// Adds the graph (each output's inputs, each input's hash) from `build-graph`; false if it
    /// is missing or does not belong to this state.
    public mutating func loadGraph(from path: String) -> Bool {
        guard let bytes = FileSystem.read(path) else { return false }
        return parseGraph(bytes)
    }

    /// Parses the state file on bytes rather than Characters: at 10,000 personas this runs on
    /// every no-op build, where grapheme-aware String splitting alone took most of the time.
    /// The output records come last; without `outputs` they are kept unparsed.
    static func parse(_ bytes: [UInt8], outputs: Bool = true) -> BuildState? {
        var state = BuildState()
        let split = firstOutputLine(in: bytes) ?? bytes.count
        let parsed = lines(bytes[..<split], header: header) { fields in
            func text(_ index: Int) -> String? { String(validating: fields[index], as: UTF8.self) }
            switch (fields[0].first, fields.count) {
            case (UInt8(ascii: "f"), 5) where fields[0].elementsEqual("file".utf8):
                guard let size = integer(fields[1]), let modified = integer(fields[2]), let hash = text(3), let file = text(4) else { return false }
                state.files[file] = FileRecord(size: size, modified: Int64(modified), hash: hash)
            case (_, 2):
                switch String(decoding: fields[0], as: UTF8.self) {
                case "tool": state.tool = text(1) ?? ""
                case "output-folder": state.outputFolder = text(1) ?? ""
                case "written": state.written = Int64(integer(fields[1]) ?? 0)
                case "today": state.today = text(1) ?? ""
                case "failed": if let failed = text(1) { state.failed.insert(failed) }
                default: return false
                }
            default: return false
            }
            return true
        }
        guard parsed else { return nil }
        if outputs {
            guard state.parseOutputs(bytes[split...]) else { return nil }
        } else {
            state.unparsedOutputs = bytes[split...]
        }
        return state
    }

    /// Where the first `output` line starts (every line before it is a header, file or failed line).
    static func firstOutputLine(in bytes: [UInt8]) -> Int? {
        let marker = Array("\noutput\t".utf8)
        guard bytes.count >= marker.count else { return nil }
        var index = 0
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) { return index + 1 }
            index += 1
        }
        return nil
    }

    mutating func parseOutputs(_ bytes: ArraySlice<UInt8>) -> Bool {
        var outputs: [String: OutputRecord] = [:]
        let parsed = Self.lines(bytes, header: nil) { fields in
            func text(_ index: Int) -> String? { String(validating: fields[index], as: UTF8.self) }
            guard fields[0].elementsEqual("output".utf8) else { return false }
            switch fields.count {
            case 3:
                guard let fingerprint = text(1), let output = text(2) else { return false }
                outputs[output] = OutputRecord(fingerprint: fingerprint, inputs: [])
            case 4:
                guard let fingerprint = text(1), let content = text(2), let output = text(3) else { return false }
                outputs[output] = OutputRecord(fingerprint: fingerprint, inputs: [], content: content)
            default: return false
            }
            return true
        }
        guard parsed else { return false }
        self.outputs = outputs
        return true
    }

    mutating func parseGraph(_ bytes: [UInt8]) -> Bool {
        var table: [String] = []
        var hashes: [String: String] = [:]
        var uses: [String: [String]] = [:]
        var tool = ""
        let parsed = Self.lines(bytes[...], header: Self.graphHeader) { fields in
            switch (String(decoding: fields[0], as: UTF8.self), fields.count) {
            case ("tool", 2): tool = String(decoding: fields[1], as: UTF8.self)
            case ("input", 3):
                guard let hash = String(validating: fields[1], as: UTF8.self), let input = String(validating: fields[2], as: UTF8.self) else { return false }
                table.append(input)
                hashes[input] = hash
            case ("uses", 3):
                guard let output = String(validating: fields[1], as: UTF8.self) else { return false }
                var inputs: [String] = []
                for number in fields[2].split(separator: UInt8(ascii: ",")) {
                    guard let index = Self.integer(number), index < table.count else { return false }
                    inputs.append(table[index])
                }
                uses[output] = inputs
            default: return false
            }
            return true
        }
        guard parsed, tool == self.tool else { return false }
        inputHashes = hashes
        for (output, inputs) in uses { outputs[output]?.inputs = inputs }
        return true
    }

    /// Calls `line` with the tab-separated fields of each line (after the header, when there is
    /// one), scanning the bytes once and reusing one array of field slices.
    static func lines(_ bytes: ArraySlice<UInt8>, header: String?, _ line: ([ArraySlice<UInt8>]) -> Bool) -> Bool {
        var start = bytes.startIndex
        if let header {
            let headerBytes = Array(header.utf8)
            guard bytes.count > headerBytes.count, bytes.prefix(headerBytes.count).elementsEqual(headerBytes),
                  bytes[start + headerBytes.count] == UInt8(ascii: "\n") else { return false }
            start += headerBytes.count + 1
        }
        var fields: [ArraySlice<UInt8>] = []
        fields.reserveCapacity(8)
        var fieldStart = start
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\t") {
                fields.append(bytes[fieldStart..<index])
                fieldStart = index + 1
            } else if byte == UInt8(ascii: "\n") {
                if index > start {
                    fields.append(bytes[fieldStart..<index])
                    guard line(fields) else { return false }
                }
                fields.removeAll(keepingCapacity: true)
                start = index + 1
                fieldStart = start
            }
            index += 1
        }
        if start < bytes.endIndex {
            fields.append(bytes[fieldStart...])
            guard line(fields) else { return false }
        }
        return true
    }

    /// A non-negative decimal integer, or nil.
    static func integer(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 48 && byte <= 57 else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = shifted + Int(byte - 48)
        }
        return value
    }

    /// The state file's text, sorted so that the same build writes the same bytes: what `save`
    /// writes line by line (a large build's state runs to megabytes).
    public func serialized() -> String { text(of: writeState) }

    /// The graph file's text: inputs once, then each output's inputs by number.
    public func serializedGraph() -> String { text(of: writeGraph) }

    private func text(of write: (inout LineWriter) -> Void) -> String {
        var writer = LineWriter()
        write(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The state file's lines, in order, written as bytes (no String per line: at 1,000 personas
    /// making them was most of the time the state took to write).
    func writeState(_ out: inout LineWriter) { writeState(&out, outputPaths: outputs.keys.sortedAsPaths()) }

    /// `outputPaths`: the outputs' paths sorted (`sortedAsPaths`), shared by the two writers.
    func writeState(_ out: inout LineWriter, outputPaths: [String]) {
        out.line(Self.header)
        for (name, value) in [("tool", tool), ("output-folder", outputFolder)] {
            out.append(name)
            out.append(byte: UInt8(ascii: "\t"))
            out.line(value)
        }
        out.append("written\t")
        out.append(Int(written))
        out.endLine()
        out.append("today\t")
        out.line(today)
        for path in failed.sorted() {
            out.append("failed\t")
            out.line(path)
        }
        // Paths sorted (by their bytes: `sortedAsPaths`), then looked up.
        for path in files.keys.sortedAsPaths() {
            let record = files[path]!
            out.append("file\t")
            out.append(record.size)
            out.append(byte: UInt8(ascii: "\t"))
            out.append(Int(record.modified))
            out.append(byte: UInt8(ascii: "\t"))
            out.append(record.hash)
            out.append(byte: UInt8(ascii: "\t"))
            out.line(path)
        }
        for path in outputPaths {
            let record = outputs[path]!
            out.append("output\t")
            out.append(record.fingerprint)
            out.append(byte: UInt8(ascii: "\t"))
            if let content = record.content {
                out.append(content)
                out.append(byte: UInt8(ascii: "\t"))
            }
            out.line(path)
        }
    }

    /// The graph file's lines, in order.
    func writeGraph(_ out: inout LineWriter) { writeGraph(&out, outputPaths: outputs.keys.sortedAsPaths()) }

    func writeGraph(_ out: inout LineWriter, outputPaths: [String]) {
        out.line(Self.graphHeader)
        out.append("tool\t")
        out.line(tool)
        var index: [String: Int] = [:]
        index.reserveCapacity(inputHashes.count)
        for (position, path) in inputHashes.keys.sortedAsPaths().enumerated() {
            let hash = inputHashes[path]!
            index[path] = position
            out.append("input\t")
            out.append(hash)
            out.append(byte: UInt8(ascii: "\t"))
            out.line(path)
        }
        // Outputs side by side mostly list the same inputs at the same places (the settings, the
        // templates, the layout): an input equal to the last output's at its place takes that
        // one's number, without hashing the path again (-1: not among the inputs).
        var last: [String] = [], lastNumbers: [Int] = [], numbers: [Int] = []
        for path in outputPaths {
            let record = outputs[path]!
            out.append("uses\t")
            out.append(path)
            out.append(byte: UInt8(ascii: "\t"))
            numbers.removeAll(keepingCapacity: true)
            var first = true
            for (place, input) in record.inputs.enumerated() {
                let number = place < last.count && last[place] == input ? lastNumbers[place] : index[input] ?? -1
                numbers.append(number)
                guard number >= 0 else { continue }
                if !first { out.append(byte: UInt8(ascii: ",")) }
                out.append(number)
                first = false
            }
            out.endLine()
            last = record.inputs
            swap(&lastNumbers, &numbers)
        }
    }

    /// Writes the graph and the state, each on a core, and puts the graph in place first: a
    /// state never points at a graph older than itself.
    public func save(to path: String, graph: String) throws {
        // Line by line into temporary files: a large build's peak memory was here, where the two
        // texts (20 MB at 10,000 personas) were made whole before they were written.
        let outputPaths = outputs.keys.sortedAsPaths()
        let written = Parallel.map([graph, path], minimumCount: 2) { file in
            Result {
                try AtomicFile.prepare(to: file, lines: { out in
                    file == graph ? writeGraph(&out, outputPaths: outputPaths) : writeState(&out, outputPaths: outputPaths)
                })
            }
        }
        switch (written[0], written[1]) {
        case (.success(let graph), .success(let state)):
            do { try graph.commit() } catch { state.discard(); throw error }
            try state.commit()
        case (.failure(let error), let other), (let other, .failure(let error)):
            if case .success(let pending) = other { pending.discard() }
            throw error
        }
    }
}
