import Core
import DOCX
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Import
import MarkdownSupport

/// A written .docx read back: the ZIP through the importer's reader (which checks every CRC),
/// each XML part through libxml2.
struct DOCXPackage {
    let bytes: [UInt8]
    let archive: ZIPArchive

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        archive = try ZIPArchive(bytes)
    }

    var names: [String] { archive.entries.map(\.name) }

    func data(_ name: String) throws -> [UInt8] {
        guard let entry = archive.entry(name) else { throw Missing(part: name) }
        return try archive.data(entry)
    }

    func text(_ name: String) throws -> String { String(decoding: try data(name), as: UTF8.self) }

    /// The part parsed as XML; throws when it is not well-formed (checked strictly first, since
    /// FoundationXML recovers from errors Word does not forgive).
    func xml(_ name: String) throws -> XMLDocument {
        let bytes = try data(name)
        do {
            try StrictXML.check(bytes)
        } catch {
            throw NotWellFormed(part: name, problem: error)
        }
        return try XMLDocument(data: Data(bytes), options: [])
    }

    struct NotWellFormed: Error, CustomStringConvertible {
        var part: String
        var problem: StrictXML.Problem
        var description: String { "\(part) is not well-formed XML: \(problem)" }
    }

    var document: XMLDocument { get throws { try xml("word/document.xml") } }

    /// document.xml's text in reading order: one line per paragraph, `w:tab` as a tab, `w:br` as a newline.
    func documentText() throws -> String {
        try Self.text(of: document.rootElement()!)
    }

    /// The document's relationships: id -> (type's last path component, target, external).
    func relationships() throws -> [String: (type: String, target: String, external: Bool)] {
        var out: [String: (String, String, Bool)] = [:]
        for element in try xml("word/_rels/document.xml.rels").rootElement()!.descendants("Relationship") {
            let type = element["Type"].split(separator: "/").last.map(String.init) ?? ""
            out[element["Id"]] = (type, element["Target"], element["TargetMode"] == "External")
        }
        return out
    }

    static func text(of node: XMLElement) -> String {
        var out = ""
        func visit(_ element: XMLElement) {
            switch element.name {
            case "w:t": out += element.stringValue ?? ""
            case "w:tab" where element.parent?.name == "w:r": out += "\t"
            case "w:br": out += "\n"
            case "w:instrText": return
            default:
                for child in element.children ?? [] { if let child = child as? XMLElement { visit(child) } }
            }
            if element.name == "w:p" { out += "\n" }
        }
        visit(node)
        return out
    }

    struct Missing: Error, CustomStringConvertible {
        var part: String
        var description: String { "the package has no part '\(part)'" }
    }
}

extension XMLNode {
    /// Every element below this node with the qualified name, in document order.
    func descendants(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        func visit(_ node: XMLNode) {
            for child in node.children ?? [] {
                guard let element = child as? XMLElement else { continue }
                if element.name == name { found.append(element) }
                visit(element)
            }
        }
        visit(self)
        return found
    }

    /// The first child element with the qualified name.
    func child(_ name: String) -> XMLElement? {
        children?.lazy.compactMap { $0 as? XMLElement }.first { $0.name == name }
    }
}

extension XMLElement {
    /// An attribute's value by qualified name, "" when absent. (FoundationXML's `attribute(forName:)`
    /// misses unprefixed attributes of an element in a default namespace, so the list is searched.)
    subscript(_ attribute: String) -> String { attributes?.first { $0.name == attribute }?.stringValue ?? "" }

    /// The paragraph's style id, "" for Normal.
    var paragraphStyle: String { child("w:pPr")?.child("w:pStyle")?["w:val"] ?? "" }
}

/// Writes Markdown as a .docx and reads it back. With `PERSONAFORGE_DOCX_PREVIEW=DIR`, the file is
/// also saved there as `name.docx`, with the source's plain text (or `visibleText`, when images'
/// alt text is not shown) beside it as `name.txt`, for LibreOffice to render and check
/// (scripts/docx-libreoffice-check.sh).
func docx(_ markdown: String, name: String? = nil, style: DOCXStyle = DOCXStyle(), metadata: DOCXMetadata = DOCXMetadata(),
          headerName: String? = nil, resourceFolder: String? = nil, visibleText: String? = nil) throws -> (rendering: DOCXRendering, package: DOCXPackage) {
    let document = CommonMarkConverter.parse(markdown, file: "test.md")
    let rendering = try DOCXWriter.write(document, style: style, metadata: metadata, headerName: headerName, resourceFolder: resourceFolder)
    if let folder = ProcessInfo.processInfo.environment["PERSONAFORGE_DOCX_PREVIEW"], let name {
        try AtomicFile.write(rendering.bytes, to: FileSystem.join(folder, name + ".docx"))
        try AtomicFile.write(visibleText ?? document.plainText, to: FileSystem.join(folder, name + ".txt"))
    }
    return (rendering, try DOCXPackage(rendering.bytes))
}

/// The words of a text: letters and digits, lower-cased, everything else a separator.
func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
}

/// The first word of `expected` that is missing from `actual` read in order, or nil when all are there.
func firstMissingInOrder(_ expected: [String], in actual: [String]) -> (index: Int, word: String)? {
    var position = actual.startIndex
    for (index, word) in expected.enumerated() {
        guard let found = actual[position...].firstIndex(of: word) else { return (index, word) }
        position = found + 1
    }
    return nil
}
