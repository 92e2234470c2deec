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
