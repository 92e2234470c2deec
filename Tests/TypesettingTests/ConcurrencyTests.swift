import MarkdownSupport
import Testing
import Typesetting

@Suite struct ConcurrencyTests {
    @Test func twentyDocumentsTypesetAtOnceMatchOneAtATime() async throws {
        let documents = (0..<20).map { index in
            CommonMarkConverter.parse(index.isMultiple(of: 2) ? sampleCV : kitchenSink + "\n\nDocument \(index).\n", file: "\(index).md")
        }
        let sequential = try documents.map { try PDFTypesetter.render($0, headerName: "Name") }
        let concurrent = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, try PDFTypesetter.render(document, headerName: "Name")) }
            }
            var results = [[UInt8]](repeating: [], count: documents.count)
            for try await (index, bytes) in group { results[index] = bytes }
            return results
        }
        #expect(concurrent == sequential)
    }

    /// Cairo keeps at most ten font files open and closes an idle one to open another; its check
    /// that a file is idle races with a thread starting to use it. Forty documents in eleven
    /// families (over thirty font files) typeset on eight tasks at once, three times: before calls
    /// took turns with the fonts, each of 15 runs crashed in FreeType or gave a PDF other bytes.
    @Test func documentsInMoreFontFilesThanCairoKeepsOpenTypesetAtOnceMatchOneAtATime() async throws {
        let families = ["Lato", "Carlito", "DejaVu Sans", "DejaVu Serif", "Lato Light", "Lato Black", "Lato Thin",
                        "Lato Medium", "Lato Semibold", "Lato Heavy", "Lato Hairline"]
        let documents = (0..<40).map { index in
            CommonMarkConverter.parse(index.isMultiple(of: 2) ? sampleCV : kitchenSink, file: "\(index).md")
        }
        func style(_ index: Int) -> PDFStyle {
            var style = PDFStyle()
            style.font = families[index % families.count]
            style.headingFont = families[(index + 5) % families.count]
            return style
        }
        let sequential = try documents.indices.map { try PDFTypesetter.render(documents[$0], style: style($0), headerName: "Name") }
        for _ in 0..<3 {
            let concurrent = try await withThrowingTaskGroup(of: [(Int, [UInt8])].self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        try stride(from: worker, to: documents.count, by: 8).map { index in
                            (index, try PDFTypesetter.render(documents[index], style: style(index), headerName: "Name"))
                        }
                    }
                }
                var results = [[UInt8]](repeating: [], count: documents.count)
                for try await typeset in group {
                    for (index, bytes) in typeset { results[index] = bytes }
                }
                return results
            }
            let differing = documents.indices.filter { concurrent[$0] != sequential[$0] }
            #expect(differing.isEmpty)
        }
    }

    /// Getting the fonts ready in the background (as `export` does) while documents are typeset
    /// on several tasks neither blocks them nor changes a byte.
    @Test func preparingFontsMeanwhileChangesNothing() async throws {
        let document = CommonMarkConverter.parse(sampleCV, file: "cv.md")
        let before = try PDFTypesetter.render(document, headerName: "Name")
        PDFTypesetter.prepareFonts()
        let during = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    PDFTypesetter.prepareFonts()
                    return try PDFTypesetter.render(document, headerName: "Name")
                }
            }
            var all: [[UInt8]] = []
            for try await bytes in group { all.append(bytes) }
            return all
        }
        #expect(during == Array(repeating: before, count: 4))
    }
}
