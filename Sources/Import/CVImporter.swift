import Foundation
import Core
import Workspace
import YAMLSupport

/// Imports a CV from PDF, DOCX, JSON Resume, a LinkedIn data export, RenderCV YAML or Markdown
/// into the JSON Resume structure PersonaForge reads. Pure: no file is written, and the same
/// bytes always give the same result, so the build can cache it by the input's hash.
public enum CVImporter {
    /// Imports one file. `fileName` names it in diagnostics and decides the format with its content.
    public static func importCV(bytes: [UInt8], fileName: String) -> ImportResult {
        let format = detectFormat(bytes: bytes, fileName: fileName)
        let at = SourceLocation(file: fileName)
        if bytes.isEmpty {
            return failure(format, fileName, .error(at: at, code: "import-empty", "\(fileName) is empty.",
                                                    hint: "Import the file the CV is in: a PDF, DOCX, JSON Resume, LinkedIn export, RenderCV YAML or Markdown."))
        }
        let imported: Imported
        switch format {
        case .pdf: imported = PDFImporter.read(bytes, file: fileName)
        case .docx: imported = DOCXImporter.read(bytes, file: fileName)
        case .jsonResume: imported = JSONResumeImporter.read(bytes, file: fileName)
        case .linkedIn: imported = LinkedInImporter.read(archive: bytes, file: fileName)
        case .renderCV: imported = RenderCVImporter.read(bytes, file: fileName)
        case .markdown: imported = MarkdownCVImporter.read(bytes, file: fileName)
        case .unknown:
            if bytes.starts(with: Array("PK".utf8)) {
                imported = ZIPFormat.classify(bytes, file: fileName)
            } else {
                return failure(format, fileName, .error(
                    at: at, code: "import-unknown-format",
                    "\(fileName) is not a format PersonaForge imports.",
                    hint: "Import a .pdf, .docx, .json (JSON Resume), .yaml (JSON Resume or RenderCV), .md, or a LinkedIn data export (.zip, its folder or its .csv files)."))
            }
        }
        return finish(imported, fileName: fileName)
    }

    /// Imports a LinkedIn "download your data" export given as its CSV files (the unzipped
    /// folder, or some of its files): names as in the export, contents as bytes.
    public static func importLinkedInExport(files: [(name: String, bytes: [UInt8])], fileName: String) -> ImportResult {
        finish(LinkedInImporter.read(files: files, file: fileName), fileName: fileName)
    }

    /// The format of a file, from its first bytes and then its name.
    public static func detectFormat(bytes: [UInt8], fileName: String) -> ImportFormat {
        let lower = fileName.lowercased()
        if bytes.starts(with: Array("%PDF".utf8)) || (lower.hasSuffix(".pdf") && bytes.prefix(1024).contains(0x25) && containsPDFMarker(bytes)) {
            return .pdf
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            if lower.hasSuffix(".docx") { return .docx }
            return ZIPFormat.peek(bytes)
        }
        if lower.hasSuffix(".pdf") { return .pdf }
        if lower.hasSuffix(".docx") { return .docx }
        if lower.hasSuffix(".csv") { return .linkedIn }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".txt") { return .markdown }
        let head = TextDecoding.decode(Array(bytes.prefix(4096))).text
        let trimmed = head.drop { $0.isWhitespace }
        if lower.hasSuffix(".json") || trimmed.hasPrefix("{") { return .jsonResume }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            return RenderCVImporter.looksLikeRenderCV(head) ? .renderCV : .jsonResume
        }
        return .unknown
    }

    static func containsPDFMarker(_ bytes: [UInt8]) -> Bool {
        let marker = Array("%PDF-".utf8)
        let head = Array(bytes.prefix(1024))
        guard head.count >= marker.count else { return false }
        for start in 0...(head.count - marker.count) where Array(head[start..<start + marker.count]) == marker { return true }
        return false
    }

    // MARK: - Finishing

    /// What a format's reader gives back, before YAML and the common checks.
    struct Imported: Sendable {
        var format: ImportFormat
        /// A CV built from layout (PDF, DOCX, Markdown, LinkedIn, RenderCV) ...
        var draft: CVDraft?
        /// ... or one taken as it is (JSON Resume).
        var node: YAMLNode?
        var notes: [ImportNote] = []
        var diagnostics: [Diagnostic] = []
        var confidence: Double = 1
        var pages: Int?
        /// Whether low confidence means "not a CV" (layout formats) rather than "sparse data".
        var judgesConfidence = false

        init(format: ImportFormat, draft: CVDraft? = nil, node: YAMLNode? = nil) {
            self.format = format
            self.draft = draft
            self.node = node
        }

        static func failed(_ format: ImportFormat, _ diagnostic: Diagnostic) -> Imported {
            var imported = Imported(format: format)
            imported.diagnostics = [diagnostic]
            imported.confidence = 0
            return imported
        }
    }

    static func failure(_ format: ImportFormat, _ fileName: String, _ diagnostic: Diagnostic) -> ImportResult {
        ImportResult(cv: nil, yaml: "", format: format, confidence: 0, notes: [], diagnostics: [diagnostic],
                     suggestedName: slug(fromFile: fileName))
    }

    static func finish(_ imported: Imported, fileName: String) -> ImportResult {
        var imported = imported
        let at = SourceLocation(file: fileName)
        guard !imported.diagnostics.hasErrors else {
            return ImportResult(cv: nil, yaml: "", format: imported.format, confidence: 0, notes: imported.notes,
                                diagnostics: imported.diagnostics, pages: imported.pages, suggestedName: slug(fromFile: fileName))
        }
        let node = imported.node ?? imported.draft.map { $0.node(file: fileName) }
        guard let node, node.pairs?.isEmpty == false else {
            imported.diagnostics.append(.error(at: at, code: "import-nothing-found",
                                               "Nothing in \(fileName) reads as a CV: no name, contact data or sections were found.",
                                               hint: "Check that this is the CV you meant; a scanned or image-only file needs OCR first."))
            return ImportResult(cv: nil, yaml: "", format: imported.format, confidence: 0, notes: imported.notes,
                                diagnostics: imported.diagnostics, pages: imported.pages, suggestedName: slug(fromFile: fileName))
        }
        if imported.draft != nil {
            // Our own output must pass the checks `personaforge check` runs; anything that does
            // not is a bug here, reported rather than written silently.
            for problem in SchemaValidator.validate(node, against: .object(CVSchema.document)) {
                imported.diagnostics.append(.warning(at: at, code: "import-invalid-field", "The imported CV has a problem: \(problem.message)",
                                                     hint: "Fix it in the YAML after importing."))
            }
        }
        if imported.judgesConfidence, imported.confidence < ImportResult.lowConfidence {
            imported.diagnostics.append(.warning(
                at: at, code: "import-low-confidence",
                "\(fileName) does not look much like a CV (confidence \(format(imported.confidence))): \(missingSignals(node)).",
                hint: "Check the imported YAML closely, or import the CV in another format (DOCX, JSON Resume, LinkedIn export)."))
        }
        let name = node["basics"]?["name"]?.scalarText.map { slug($0) } ?? ""
        let header = ["Imported from \(lastComponent(fileName)) (\(imported.format.displayName)) by personaforge import.",
                      "JSON Resume schema: https://jsonresume.org/schema. Check it, then edit freely."]
        return ImportResult(cv: node, yaml: YAMLEmitter.emit(node, header: header), format: imported.format,
                            confidence: imported.confidence, notes: imported.notes, diagnostics: imported.diagnostics,
                            pages: imported.pages, suggestedName: name.isEmpty ? slug(fromFile: fileName) : name)
    }

    static func missingSignals(_ node: YAMLNode) -> String {
        var missing: [String] = []
        if node["basics"]?["name"] == nil { missing.append("no name") }
        if node["basics"]?["email"] == nil && node["basics"]?["phone"] == nil { missing.append("no contact data") }
        let sections = ["work", "education", "skills", "projects"].filter { node[$0] != nil }
        if sections.isEmpty { missing.append("no experience, education or skills sections") }
        if node["work"]?.sequence?.contains(where: { $0["startDate"] != nil }) != true { missing.append("no dated entries") }
        return missing.isEmpty ? "few of its parts were recognised" : missing.joined(separator: ", ")
    }

    /// 0.42: two decimals without Foundation's formatter.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func lastComponent(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    // MARK: - Names

    /// "José Müller-Lüdenscheidt" -> "jose-muller-ludenscheidt".
    public static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for character in TextFolding.fold(text) {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if dash && !out.isEmpty { out += "-" }
                out.append(character)
                dash = false
            } else {
                dash = true
            }
        }
        return String(out.prefix(60))
    }

    /// The slug of a file's name without its extension: "Jane_Doe CV (2).pdf" -> "jane-doe-cv-2".
    static func slug(fromFile fileName: String) -> String {
        let name = lastComponent(fileName)
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        let result = slug(stem)
        return result.isEmpty ? "cv" : result
    }
}

extension CVImporter {
    /// The lines with style hints a PDF, DOCX or Markdown file is read as, one per line of text:
    /// for seeing why an import went wrong (`personaforge import --show-lines`).
    public static func describeLines(bytes: [UInt8], fileName: String) -> [String] {
        let lines: [StyledLine]
        switch detectFormat(bytes: bytes, fileName: fileName) {
        case .pdf:
            guard let pages = try? PopplerText.read(bytes) else { return [] }
            lines = PDFLayout.lines(pages)
        case .docx:
            guard let archive = try? ZIPArchive(bytes), let document = archive.entry("word/document.xml"),
                  let read = try? DOCXImporter.readLines(archive, document: document) else { return [] }
            lines = read.lines
        case .markdown:
            var sawTitle = false
            var read: [StyledLine] = []
            MarkdownCVImporter.append(CommonMarkConverterBridge.parse(bytes, file: fileName), to: &read, inList: false, sawTitle: &sawTitle)
            lines = read
        default:
            return []
        }
        return lines.map { line in
            var flags: [String] = []
            if line.fontSize > 0 { flags.append(DecimalText.fixed(line.fontSize, places: 1) + "pt") }
            if let level = line.headingLevel { flags.append("h\(level)") }
            if line.isTitle { flags.append("title") }
            if line.isBullet { flags.append("bullet") }
            if line.gapBefore { flags.append("gap") }
            flags.append("p\(line.page) r\(line.region)")
            let cells = line.cells.map { ($0.bold ? "*" : "") + ($0.italic ? "/" : "") + $0.text }.joined(separator: " ‖ ")
            return "[\(flags.joined(separator: " "))] \(cells)" + (line.links.isEmpty ? "" : "  → " + line.links.joined(separator: " "))
        }
    }
}
