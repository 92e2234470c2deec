import Foundation
import MarkdownSupport
import Testing
import Typesetting

@Suite struct PerformanceTests {
    /// The median time to typeset the sample CV in-process; printed for the benchmark, bounded
    /// loosely so a slow machine or a debug build does not fail it.
    @Test func oneCVTypesetsInWellUnderASecond() throws {
        let document = CommonMarkConverter.parse(sampleCV, file: "cv.md")
        let metadata = PDFMetadata(title: "Jane Doe", author: "Jane Doe")
        _ = try PDFTypesetter.render(document, metadata: metadata, headerName: "Jane Doe")  // warm the font map
        var times: [Double] = []
        for _ in 0..<50 {
            let start = ContinuousClock.now
            _ = try PDFTypesetter.render(document, metadata: metadata, headerName: "Jane Doe")
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        let median = times.sorted()[times.count / 2]
        print("typeset one CV PDF in-process: median \(String(format: "%.2f", median)) ms over \(times.count) runs")
        #expect(median < 500)
    }
}
