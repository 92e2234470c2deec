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
}
