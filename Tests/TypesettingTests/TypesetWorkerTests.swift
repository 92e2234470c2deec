import Foundation
import MarkdownSupport
import Testing
import TestSupport
@testable import Typesetting

/// Typesetting in a worker process: the real `personaforge typeset-worker` over pipes.
@Suite(.serialized) struct TypesetWorkerTests {
    static let job = TypesetJob(markdown: sampleCV, file: "cv.md", style: PDFStyle(), metadata: PDFMetadata(title: "Jane"), headerName: "Jane")

    @Test func aWorkerProcessTypesetsTheSameBytesAsThisProcess() throws {
        let here = try Self.job.run()
        TypesetWorkers.enable(executable: try CommandRunner().executable, count: 1)
        defer { TypesetWorkers.enable(executable: "", count: 0) }
        // Twice: the second job goes to the same worker, idle again after the first.
        for _ in 0..<2 {
            let there = try #require(TypesetWorkers.typeset(Self.job)).get()
            #expect(there == here)
        }
    }

    @Test func aFailedOrMissingWorkerLeavesTheJobToThisProcess() throws {
        TypesetWorkers.enable(executable: "/bin/false", count: 1)  // exits at once: writing to it breaks the pipe
        defer { TypesetWorkers.enable(executable: "", count: 0) }
        #expect(TypesetWorkers.typeset(Self.job) == nil)
        TypesetWorkers.enable(executable: "/nonexistent/personaforge", count: 1)
        #expect(TypesetWorkers.typeset(Self.job) == nil)
        // And none is started past the count: the one allowed has been used.
        #expect(TypesetWorkers.typeset(Self.job) == nil)
    }

    @Test func typesettingMarkdownWhileTheFontsAreBusyGoesToAWorker() throws {
        let here = try Self.job.run()
        TypesetWorkers.enable(executable: try CommandRunner().executable, count: 1)
        defer { TypesetWorkers.enable(executable: "", count: 0) }
        let job = Self.job
        let typeset = Typeset()
        let done = DispatchSemaphore(value: 0)
        // While this thread holds the fonts, another typesets: a worker must do it, as waiting
        // for the fonts would take until this test gave up.
        let inTime = FontAccess.withFontMap { _ in
            Thread.detachNewThread {
                typeset.result = Result { () throws(TypesettingError) in
                    try PDFTypesetter.typeset(markdown: job.markdown, file: job.file, style: job.style, metadata: job.metadata,
                                              headerName: job.headerName)
                }
                done.signal()
            }
            return done.wait(timeout: .now() + 60) == .success
        }
        #expect(inTime, "typesetting waited for the fonts instead of using the worker")
        if !inTime { done.wait() }
        #expect(try typeset.result?.get() == here)
    }
}

private final class Typeset: @unchecked Sendable {
    // Written by the typesetting thread before it signals, read after.
    var result: Result<PDFRendering, TypesettingError>?
}
