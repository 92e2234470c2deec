import Core

/// DOCX -> lines with style hints (headers first, then the body, then footers) -> CV.
enum DOCXImporter {
    static func read(_ bytes: [UInt8], file: String) -> CVImporter.Imported {
        let archive: ZIPArchive
        do throws(ZIPArchive.Failure) {
            archive = try ZIPArchive(bytes)
        } catch {
            return .failed(.docx, ZIPFormat.diagnostic(error, file: file))
        }
        guard let document = archive.entry("word/document.xml") else {
            return .failed(.docx, .error(at: SourceLocation(file: file), code: "docx-not-word",
                                         "\(file) is a ZIP archive without word/document.xml, so not a Word document.",
                                         hint: "Save it from Word or LibreOffice as .docx and import that."))
        }
        do throws(ZIPArchive.Failure) {
            let (lines, problem) = try readLines(archive, document: document)
            if let problem {
                return .failed(.docx, .error(at: SourceLocation(file: file), code: "docx-corrupt",
                                             "\(file) is damaged: its text (word/document.xml) is not well-formed XML: \(problem).",
                                             hint: "Open it in Word or LibreOffice, save it again, and import that."))
            }
            let output = CVStructurer.structure(lines)
            var imported = CVImporter.Imported(format: .docx, draft: output.draft)
            imported.notes = output.notes
            imported.confidence = output.confidence
            imported.judgesConfidence = true
            return imported
        } catch {
            return .failed(.docx, ZIPFormat.diagnostic(error, file: file))
        }
    }

    /// Headers first, then the body, then footers.
    static func readLines(_ archive: ZIPArchive, document: ZIPArchive.Entry) throws(ZIPArchive.Failure) -> (lines: [StyledLine], problem: String?) {
        var styles = DOCXStyles()
        if let entry = archive.entry("word/styles.xml") { styles = DOCXStyles.parse(try archive.data(entry)) }
        var relationships: [String: String] = [:]
        if let entry = archive.entry("word/_rels/document.xml.rels") { relationships = relationshipTargets(try archive.data(entry)) }
        var lines: [StyledLine] = []
        var seen = Set<[String]>()
        let headers = archive.entries.filter { $0.name.hasPrefix("word/header") && $0.name.hasSuffix(".xml") }.sorted { $0.name < $1.name }
        let footers = archive.entries.filter { $0.name.hasPrefix("word/footer") && $0.name.hasSuffix(".xml") }.sorted { $0.name < $1.name }
        // Headers repeat on every page and often come in two variants: keep each line once.
        for entry in headers {
            for line in DOCXDocumentReader.read(try archive.data(entry), styles: styles, relationships: relationships).lines
            where seen.insert(line.cells.map(\.text)).inserted {
                lines.append(line)
            }
        }
        let body = DOCXDocumentReader.read(try archive.data(document), styles: styles, relationships: relationships)
        lines += body.lines
        for entry in footers {
            for line in DOCXDocumentReader.read(try archive.data(entry), styles: styles, relationships: relationships).lines
            where seen.insert(line.cells.map(\.text)).inserted {
                lines.append(line)
            }
        }
        return (lines, body.problem)
    }

    /// Relationship ids to external targets (hyperlinks).
    static func relationshipTargets(_ bytes: [UInt8]) -> [String: String] {
        var targets: [String: String] = [:]
        // A damaged relationships part only costs the links after the damage.
        try? XMLReader.read(bytes) { event in
            guard case .start("Relationship", let attributes) = event, let id = attributes["Id"], let target = attributes["Target"] else { return }
            if attributes["TargetMode"] == "External" || target.hasPrefix("http") || target.hasPrefix("mailto:") { targets[id] = target }
        }
        return targets
    }
}
