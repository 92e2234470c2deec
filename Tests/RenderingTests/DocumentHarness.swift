import Core
import Foundation
import PDFReading
import Rendering
import TestSupport
import Workspace

/// Loads a temporary workspace, and the shipped sample workspace, for document tests.
enum DocumentHarness {
    static func load(_ archive: String) async throws -> (TemporaryWorkspace, Workspace) {
        let folder = try TemporaryWorkspace(archive)
        return (folder, try await WorkspaceLoader.load(root: folder.root))
    }

    /// The shipped sample workspace (workspace-template/), written out and loaded.
    static func sample(settings: String? = nil) async throws -> (TemporaryWorkspace, Workspace) {
        let folder = try TemporaryWorkspace()
        for (path, text) in ShippedWorkspaceTemplate.files { try folder.write(path, text) }
        if let settings { try folder.write("personaforge.yaml", settings) }
        return (folder, try await WorkspaceLoader.load(root: folder.root))
    }

    /// A persona or CV exported as a PDF, and read back with Poppler.
    static func pdf(_ reference: String, in workspace: Workspace, template: String? = nil) throws -> (bytes: [UInt8], file: PDFFile) {
        let subject = try DocumentExporter.subject(reference, in: workspace)
        let bytes = try DocumentExporter.export(subject, format: .pdf, workspace: workspace, templateID: template)
        if let folder = ProcessInfo.processInfo.environment["PERSONAFORGE_PDF_PREVIEW"] {
            try? AtomicFile.write(bytes, to: FileSystem.join(folder, reference.replacingOccurrences(of: "/", with: "-") + "-\(template ?? "default").pdf"))
        }
        return (bytes, try PDFFile(bytes: bytes))
    }

    static func markdown(_ reference: String, in workspace: Workspace, template: String? = nil) throws -> String {
        let subject = try DocumentExporter.subject(reference, in: workspace)
        return String(decoding: try DocumentExporter.export(subject, format: .md, workspace: workspace, templateID: template), as: UTF8.self)
    }

    /// The words of a text: letters and digits, lower-cased, everything else a separator.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The words a reader sees in a document's Markdown: markup, link targets and raw HTML left out.
    static func visibleWords(ofMarkdown markdown: String) -> [String] {
        var text = markdown
        // [label](target) -> label; <tags> -> nothing; Markdown escapes -> the character.
        text = text.replacingOccurrences(of: #"\]\([^)]*\)"#, with: "]", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\\(.)"#, with: "$1", options: .regularExpression)
        return words(text)
    }

    /// The first word of `expected` missing from `actual` read in order, or nil when all are there.
    static func firstMissingInOrder(_ expected: [String], in actual: [String]) -> (index: Int, word: String)? {
        var position = actual.startIndex
        for (index, word) in expected.enumerated() {
            guard let found = actual[position...].firstIndex(of: word) else { return (index, word) }
            position = found + 1
        }
        return nil
    }
}
