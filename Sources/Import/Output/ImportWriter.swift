import Core
import Foundation

/// What `personaforge import` did with one input: where the CV went, what was found, and why
/// anything failed.
public struct ImportOutcome: Sendable, Encodable {
    /// The input as given on the command line.
    public var input: String
    public var format: ImportFormat
    /// Workspace-relative: `cvs/jane-doe.yaml`; nil when nothing was (or would be) written.
    public var output: String?
    /// Workspace-relative path of the copy of the original, when one was made.
    public var original: String?
    /// False for `--dry-run` and for failures.
    public var written: Bool
    public var confidence: Double
    public var pages: Int?
    /// Entries per section ("work": 3) and fields per mapping ("basics": 6), in the CV's order.
    public var sections: [Section]
    /// The basics fields found ("name", "email", "2 profiles").
    public var basics: [String]
    public var notes: [ImportNote]
    public var diagnostics: [Diagnostic]
    /// Seconds spent importing (reading, extracting, structuring), when timing was asked for.
    public var seconds: Double?
    /// The YAML (for `--dry-run`).
    public var yaml: String?
    /// The CV as JSON Resume text (for `--dry-run`, so tools need no YAML reader).
    public var json: String?

    public struct Section: Sendable, Encodable {
        public var name: String
        public var count: Int
    }

    public var failed: Bool { diagnostics.hasErrors }
}

/// Reads the inputs, imports each with `CVImporter`, and writes `cvs/NAME.yaml` with a copy of the
/// original beside it. Never replaces a file unless asked to (`force`): new files are linked into
/// place, which fails if the name exists, so two imports racing cannot overwrite each other.
public enum ImportWriter {
    public struct Options: Sendable {
        public var root: String
        public var force = false
        public var dryRun = false
        /// The CV's name in `cvs/` (one input only).
        public var name: String?
        public var timing = false
        public var includeYAML = false

        public init(root: String) { self.root = root }
    }

    /// Inputs larger than this are refused before reading.
    public static let maximumInputSize = 100 * 1024 * 1024

    public static func run(_ inputs: [String], options: Options) -> [ImportOutcome] {
        var taken = Set<String>()
        return inputs.map { input in
            var outcome = importOne(input, options: options, taken: taken)
            if let output = outcome.output, !outcome.failed { taken.insert(output) }
            if !options.includeYAML {
                outcome.yaml = nil
                outcome.json = nil
            }
            return outcome
        }
    }

    static func importOne(_ input: String, options: Options, taken: Set<String>) -> ImportOutcome {
        let at = SourceLocation(file: input)
        var outcome = ImportOutcome(input: input, format: .unknown, written: false, confidence: 0, sections: [], basics: [],
                                    notes: [], diagnostics: [])
        guard let status = FileSystem.status(input) else {
            outcome.diagnostics = [.error(at: nil, code: "import-missing", "\(input) does not exist.")]
            return outcome
        }
        let clock = ContinuousClock()
        let start = clock.now
        let result: ImportResult
        var isFolder = false
        if status.isDirectory {
            isFolder = true
            let files = csvFiles(in: input)
            guard !files.isEmpty else {
                outcome.diagnostics = [.error(at: at, code: "import-empty-folder", "\(input) is a folder without CSV files.",
                                              hint: "Import a LinkedIn data export folder (with Profile.csv, Positions.csv, ...), or the files themselves.")]
                return outcome
            }
            result = CVImporter.importLinkedInExport(files: files, fileName: input)
        } else {
            guard status.size <= maximumInputSize else {
                outcome.diagnostics = [.error(at: at, code: "import-too-large",
                                              "\(input) is \(status.size / (1024 * 1024)) MiB; CVs over \(maximumInputSize / (1024 * 1024)) MiB are not imported.")]
                return outcome
            }
            guard let bytes = FileSystem.read(input) else {
                outcome.diagnostics = [.error(at: at, code: "unreadable", "\(input) cannot be read.", hint: "Check its permissions.")]
                return outcome
            }
            result = CVImporter.importCV(bytes: bytes, fileName: input)
        }
        if options.timing {
            let elapsed = clock.now - start
            outcome.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        outcome.format = result.format
        outcome.confidence = result.confidence
        outcome.pages = result.pages
        outcome.sections = result.summary.map { ImportOutcome.Section(name: $0.section, count: $0.count) }
        outcome.basics = result.basicsFound
        outcome.notes = result.notes
        outcome.diagnostics = result.diagnostics
        outcome.yaml = result.yaml
        if options.includeYAML { outcome.json = result.cv.map(JSONResumeWriter.json(from:)) }
        guard !result.failed else { return outcome }

        let name = options.name ?? result.suggestedName
        let yamlPath = "cvs/\(name).yaml"
        outcome.output = yamlPath
        let copy = originalCopy(input, isFolder: isFolder, format: result.format, name: name, root: options.root)
        if let reason = copy.skipped { outcome.notes.append(ImportNote(field: "original", reason)) }
        if taken.contains(yamlPath) {
            outcome.diagnostics.append(.error(at: at, code: "import-name-taken",
                                              "Another input of this import is already going to \(yamlPath); \(input) was not imported.",
                                              hint: "Import it on its own with --name NAME."))
            outcome.output = nil
            return outcome
        }
        if !options.force {
            for path in [yamlPath, copy.path].compactMap({ $0 }) where FileSystem.exists(FileSystem.join(options.root, path)) {
                if path == copy.path, let existing = FileSystem.read(FileSystem.join(options.root, path)), existing == FileSystem.read(input) { continue }
                outcome.diagnostics.append(.error(at: at, code: "import-exists", "\(path) already exists; nothing was written for \(input).",
                                                  hint: "Pass --force to replace it, or --name NAME to import under another name."))
                outcome.output = nil
                return outcome
            }
        }
        if options.dryRun { return outcome }
        do {
            try FileManager.default.createDirectory(atPath: FileSystem.join(options.root, "cvs"), withIntermediateDirectories: true)
            try write(Array(result.yaml.utf8), to: FileSystem.join(options.root, yamlPath), replacing: options.force)
            if let path = copy.path, let bytes = FileSystem.read(input) {
                let target = FileSystem.join(options.root, path)
                if FileSystem.read(target) != bytes { try write(bytes, to: target, replacing: options.force) }
                outcome.original = path
            }
            outcome.written = true
        } catch {
            outcome.diagnostics.append(.error(at: nil, code: "import-write-failed", "Could not write \(yamlPath): \(error.localizedDescription)",
                                              hint: "Check that the workspace's cvs/ folder is writable."))
        }
        return outcome
    }

    /// Where the original goes: `cvs/NAME.EXT`, unless it already lives in `cvs/`, or is a
    /// JSON Resume or RenderCV file (a second CV file of the same name would clash with the YAML).
    static func originalCopy(_ input: String, isFolder: Bool, format: ImportFormat, name: String, root: String) -> (path: String?, skipped: String?) {
        if isFolder { return (nil, "The export folder was not copied into cvs/; the YAML holds all it imported.") }
        if format == .jsonResume || format == .renderCV {
            return (nil, "The original was not copied into cvs/: the YAML holds all of it, and a second CV file of the same name would clash.")
        }
        let absolute = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
        let cvs = URL(fileURLWithPath: FileSystem.join(root, "cvs")).standardizedFileURL.resolvingSymlinksInPath().path
        if absolute.hasPrefix(cvs + "/"), !absolute.dropFirst(cvs.count + 1).contains("/") { return (nil, nil) }
        let fileName = CVImporter.lastComponent(input)
        let ext = fileName.contains(".") ? String(fileName[fileName.index(after: fileName.lastIndex(of: ".")!)...]).lowercased() : "txt"
        return ("cvs/\(name).\(ext)", nil)
    }

    /// Writes through a temporary file; a new file is linked into place (failing if it exists),
    /// a replaced one renamed over the old.
    static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws {
        if replacing {
            try AtomicFile.write(bytes, to: path)
            return
        }
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let temporary = String(path[..<slash]) + "." + String(path[slash...]) + ".import-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try AtomicFile.write(bytes, to: temporary)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EEXIST) }
    }

    /// The CSV files of an export folder and its sub-folders (LinkedIn nests some), by path.
    static func csvFiles(in folder: String) -> [(name: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = []
        func walk(_ directory: String, relative: String, depth: Int) {
            guard depth <= 3, let names = FileSystem.list(directory) else { return }
            for name in names {
                let path = directory + "/" + name
                guard let status = FileSystem.status(path) else { continue }
                if status.isDirectory { walk(path, relative: relative + name + "/", depth: depth + 1); continue }
                if name.lowercased().hasSuffix(".csv"), status.size <= maximumInputSize, let bytes = FileSystem.read(path) {
                    files.append((relative + name, bytes))
                }
            }
        }
        walk(folder, relative: "", depth: 0)
        return files
    }
}
