import Core
import Foundation
@testable import Import
import YAMLSupport

/// The CV corpus in Tests/Fixtures/cv-corpus: generated inputs with the content they render.
enum Corpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/cv-corpus").path

    static func path(_ name: String) -> String { folder + "/" + name }

    static func bytes(_ name: String) -> [UInt8] {
        guard let bytes = FileSystem.read(path(name)) else { fatalError("missing corpus file \(name)") }
        return bytes
    }

    /// Every case with an expected file, by its input file (or folder).
    static var cases: [String] {
        let names = FileSystem.list(folder) ?? []
        return names.filter { $0.hasSuffix(".expected.yaml") }.compactMap { file in
            let stem = String(file.dropLast(".expected.yaml".count))
            return names.first { $0 == stem || ($0.hasPrefix(stem + ".") && !$0.hasSuffix(".expected.yaml")) }
        }
    }

    /// The expected CV of a case, by its input's name.
    static func expected(_ input: String) -> YAMLNode {
        var stem = input
        if !FileSystem.exists(path(stem + ".expected.yaml")), let dot = stem.lastIndex(of: ".") { stem = String(stem[..<dot]) }
        let text = String(decoding: bytes(stem + ".expected.yaml"), as: UTF8.self)
        return try! YAMLParser.parse(text, file: stem + ".expected.yaml")!
    }

    /// Imports a corpus input the way the command does: a folder as a LinkedIn export.
    static func importCase(_ input: String) -> ImportResult {
        if FileSystem.status(path(input))?.isDirectory == true {
            return CVImporter.importLinkedInExport(files: ImportWriter.csvFiles(in: path(input)), fileName: input)
        }
        return CVImporter.importCV(bytes: bytes(input), fileName: input)
    }

    /// Where an import differs from its case's expected CV.
    static func differences(_ input: String, _ result: ImportResult) -> [String] {
        PlainValue.differences(expected: PlainValue(expected(input)), actual: result.cv.map(PlainValue.init))
    }
}

/// A YAML tree as plain values, with mappings compared regardless of key order.
indirect enum PlainValue: Equatable, CustomStringConvertible {
    case text(String)
    case list([PlainValue])
    case map([String: PlainValue])

    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let text, _): self = .text(text)
        case .sequence(let items): self = .list(items.map(PlainValue.init))
        case .mapping(let pairs):
            var map: [String: PlainValue] = [:]
            for pair in pairs { map[pair.key.scalarText ?? "?"] = PlainValue(pair.value) }
            self = .map(map)
        }
    }

    var description: String {
        switch self {
        case .text(let text): return "'\(text)'"
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.keys.sorted().map { "\($0): \(map[$0]!)" }.joined(separator: ", ") + "}"
        }
    }

    /// Where two trees differ: "work[1].position: expected 'A', imported 'B'".
    static func differences(expected: PlainValue?, actual: PlainValue?, path: String = "") -> [String] {
        switch (expected, actual) {
        case (.map(let a)?, .map(let b)?):
            return Set(a.keys).union(b.keys).sorted().flatMap { key in
                differences(expected: a[key], actual: b[key], path: path.isEmpty ? key : "\(path).\(key)")
            }
        case (.list(let a)?, .list(let b)?):
            return (0..<max(a.count, b.count)).flatMap { index in
                differences(expected: index < a.count ? a[index] : nil, actual: index < b.count ? b[index] : nil, path: "\(path)[\(index)]")
            }
        default:
            return expected == actual ? [] : ["\(path): expected \(expected?.description ?? "nothing"), imported \(actual?.description ?? "nothing")"]
        }
    }
}
