import Core
@testable import Import
import Testing
import Workspace
import YAMLSupport

/// Every generated CV of the corpus imports to exactly the content it renders (the
/// `expected.yaml` beside it): PDFs from reportlab, fpdf2, WeasyPrint and LibreOffice in one
/// and two columns, sidebars and tables; DOCX; Markdown; RenderCV; LinkedIn exports.
@Suite struct CorpusTests {
    @Test(arguments: Corpus.cases)
    func importsTheKnownContent(_ input: String) throws {
        let result = Corpus.importCase(input)
        #expect(result.diagnostics == [])
        #expect(Corpus.differences(input, result) == [])
    }

    @Test(arguments: Corpus.cases)
    func writesYAMLThatReadsBackAndPassesTheCVSchema(_ input: String) throws {
        let result = Corpus.importCase(input)
        let back = try #require(try YAMLParser.parse(result.yaml, file: "cvs/x.yaml"))
        #expect(PlainValue(back) == result.cv.map(PlainValue.init))
        #expect(SchemaValidator.validate(back, against: .object(CVSchema.document)) == [])
    }

    @Test func importsAreDeterministic() {
        for input in ["weasyprint-two-column-camille.pdf", "docx-table-sidebar-jane.docx", "linkedin-export-lukas.zip"] {
            #expect(Corpus.importCase(input).yaml == Corpus.importCase(input).yaml)
        }
    }

    /// The measure bench/import-bench.py reports: name, email, phone, employers, positions,
    /// date ranges and institutions, entries matched by position.
    @Test func atLeast95PercentOfTheKeyFieldsAreRight() {
        var right = 0, total = 0
        for input in Corpus.cases {
            let expected = PlainValue(Corpus.expected(input))
            let actual = Corpus.importCase(input).cv.map(PlainValue.init)
            for path in Self.keyPaths(expected) {
                total += 1
                if Self.value(at: path, in: expected) == Self.value(at: path, in: actual) { right += 1 }
            }
        }
        #expect(total > 300)
        #expect(Double(right) / Double(total) >= 0.95, "\(right) of \(total) key fields right")
    }

    static func keyPaths(_ cv: PlainValue) -> [[String]] {
        var paths: [[String]] = [["basics", "name"], ["basics", "email"], ["basics", "phone"]]
        guard case .map(let map) = cv else { return paths }
        if case .list(let work)? = map["work"] {
            for index in work.indices { paths += ["name", "position", "startDate", "endDate"].map { ["work", "\(index)", $0] } }
        }
        if case .list(let education)? = map["education"] {
            for index in education.indices { paths += ["institution", "startDate", "endDate"].map { ["education", "\(index)", $0] } }
        }
        return paths
    }

    static func value(at path: [String], in tree: PlainValue?) -> PlainValue? {
        guard let first = path.first else { return tree }
        switch tree {
        case .map(let map)?: return value(at: Array(path.dropFirst()), in: map[first])
        case .list(let items)?:
            guard let index = Int(first), index < items.count else { return nil }
            return value(at: Array(path.dropFirst()), in: items[index])
        default: return nil
        }
    }
}

/// The build imports CVs in parallel: imports on many tasks at once give what one gives.
@Suite struct ConcurrentImportTests {
    @Test func importsInParallelGiveTheSameResults() async {
        let inputs = ["reportlab-classic-jane.pdf", "weasyprint-two-column-camille.pdf", "docx-headings-lukas.docx",
                      "libreoffice-docx-table-sidebar-tom.pdf", "linkedin-export-lukas.zip", "markdown-marcus.md"]
        let expected = inputs.map { Corpus.importCase($0).yaml }
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for _ in 0..<4 {
                for (index, input) in inputs.enumerated() {
                    group.addTask { (index, Corpus.importCase(input).yaml) }
                }
            }
            var collected: [(Int, String)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == inputs.count * 4)
        for (index, yaml) in results { #expect(yaml == expected[index]) }
    }
}
