@testable import Import

/// A built .docx read back through the importer's own reader: its archive (every CRC checked)
/// and `word/document.xml`, one string per paragraph line.
enum DOCXReadBack {
    static func lines(_ bytes: [UInt8]) throws -> [String] {
        let archive = try ZIPArchive(bytes)
        guard let document = archive.entry("word/document.xml") else { return [] }
        let (lines, problem) = try DOCXImporter.readLines(archive, document: document)
        if let problem { throw ReadFailure(problem: problem) }
        return lines.map { $0.cells.map(\.text).joined(separator: "\t") }
    }

    struct ReadFailure: Error { var problem: String }
}
