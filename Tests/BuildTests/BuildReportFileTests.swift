@testable import Build
import Core
import Foundation
import Testing
import TestSupport

/// `report.json`: what each build did, written beside the outputs (timings included, so it is the
/// one file the byte-identical guarantee leaves out).
@Suite struct BuildReportFileTests {
    func report(_ harness: BuildHarness) throws -> BuildReportFile {
        try #require(BuildReportFile.read(folder: harness.workspace.path("_build")), "no report.json")
    }

    @Test func aFullBuildRecordsEveryStepAndOutput() async throws {
        let harness = try BuildHarness()
        let built = try await harness.build()
        let file = try report(harness)
        #expect(file.steps.map(\.step) == Builder.steps.map(\.name))
        #expect(file.steps.allSatisfy { $0.milliseconds >= 0 })
        #expect(file.skippedSteps == [])
        #expect(file.rendered == built.rendered)
        #expect(file.outputs.planned == built.rendered.count)
        #expect(file.outputs.reused == 0)
        #expect(file.cacheHitRate == 0)
        #expect(file.succeeded)
        #expect(file.folders.first { $0.folder == "personas" } == .init(folder: "personas", rendered: 4, reused: 0))
    }

    @Test func anEditRecordsWhatWasReusedByFolder() async throws {
        let harness = try BuildHarness()
        let first = try await harness.build()
        try harness.workspace.append("personas/acme/it-manager.md", "\nShe prefers email.\n")
        let second = try await harness.build()
        let file = try report(harness)
        #expect(file.outputs.rendered == second.rendered.count)
        #expect(file.outputs.reused == first.rendered.count - second.rendered.count)
        #expect(file.folders.first { $0.folder == "personas" } == .init(folder: "personas", rendered: 2, reused: 2))
        let rate = try #require(file.cacheHitRate)
        #expect(abs(rate - Double(file.outputs.reused) / Double(file.outputs.planned)) < 0.0001)
    }

    /// A folder's outputs are rendered, failed (and not rendered), or reused; the root's are `.`.
    @Test func outputsAreCountedByTopFolder() {
        var report = BuildReport()
        report.rendered = ["a.html", "p/x.md", "p/y.md"]
        report.failed = ["p/y.md", "p/w.md", "p/w.md", "skipped/s.md"]
        report.summarize(outputs: ["a.html", "p/x.md", "j/q.html", "p/y.md", "p/z.md", "b.html", "p/w.md", "j/r/s.html"], allSteps: [])
        #expect(report.planned == 8)
        #expect(report.folders == [.init(folder: ".", rendered: 1, reused: 1), .init(folder: "j", rendered: 0, reused: 2),
                                   .init(folder: "p", rendered: 2, reused: 1)])
    }

    @Test func aBuildThatChangesNothingLeavesTheReportAlone() async throws {
        let harness = try BuildHarness()
        harness.ageInputs()
        let first = try await harness.build()
        let path = harness.workspace.path("_build/report.json")
        let before = try #require(FileSystem.read(path))
        var written = stat()
        #expect(stat(path, &written) == 0)
        // A second later, so a rewrite would show in the modification time as well as the inode.
        try await Task.sleep(for: .milliseconds(1100))
        let again = try await harness.build()
        #expect(again.upToDate)
        #expect(again.skippedSteps == ["load", "import-cvs", "plan", "fingerprint", "render", "prune", "save-state"])
        // A file touched but not changed: read and hashed this time, and still nothing written.
        harness.workspace.touchForward("personas/backend.md")
        let touched = try await harness.build()
        #expect(!touched.upToDate && touched.rendered.isEmpty && touched.reused == first.rendered.count)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_ino == written.st_ino)
        #expect(after.st_mtim.tv_sec == written.st_mtim.tv_sec && after.st_mtim.tv_nsec == written.st_mtim.tv_nsec)
        #expect(FileSystem.read(path) == before)
        let file = try report(harness)
        #expect(!file.upToDate && file.rendered == first.rendered, "it still describes the last build that wrote something")
        // It is not an output: no build renders or prunes it.
        #expect(!again.rendered.contains(BuildReportFile.name) && !touched.removed.contains(BuildReportFile.name))

        // The next build that writes something writes the report too.
        try harness.workspace.append("personas/acme/it-manager.md", "\nShe prefers email.\n")
        let edited = try await harness.build()
        #expect(try report(harness).rendered == edited.rendered)
    }

    @Test func aReportMissingIsWrittenEvenWhenNothingChanged() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.remove("_build/report.json")
        let again = try await harness.build()
        #expect(try report(harness).upToDate == again.upToDate)
    }

    @Test func aDryRunWritesNoReport() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build(dryRun: true)
        #expect(!harness.workspace.exists("_build/report.json"))
    }

    @Test func aFailedOutputIsCountedAsFailedNotReused() async throws {
        let harness = try BuildHarness(Fixtures.workspace + "\n-- personas/broken.md --\n---\ntitle: [unclosed\n---\n")
        let built = try await harness.build()
        let file = try report(harness)
        #expect(!file.succeeded)
        #expect(file.failed == built.failed)
        #expect(file.failed.starts(with: ["personas/broken.html", "personas/broken.md"]))
        #expect(file.outputs.failed == built.failed.count)
        #expect(file.diagnostics.errors == 1)
    }

    /// The report is written without Foundation's encoder; its bytes must be the encoder's.
    @Test(arguments: [
        #"{"version": 1, "succeeded": true, "upToDate": false, "totalMilliseconds": 537.89, "cacheHitRate": 0,"#
            + #""steps": [{"step": "load", "milliseconds": 0.001}, {"step": "render", "milliseconds": 123456.789}],"#
            + #""skippedSteps": [], "outputs": {"planned": 3, "rendered": 2, "unchanged": 1, "reused": 1, "removed": 0, "failed": 0},"#
            + #""folders": [{"folder": ".", "rendered": 1, "reused": 0}, {"folder": "personas", "rendered": 2, "reused": 1}],"#
            + #""rendered": ["index.html", "personas/a \"b\" \\ c.html", "personas/tab\there\nline\u0001\u001f\b\f\r.md", "personas/é😀/x.md"],"#
            + #""unchanged": ["cvs/x.html"], "removed": [], "failed": [], "diagnostics": {"errors": 0, "warnings": 12}}"#,
        #"{"version": 1, "succeeded": false, "upToDate": true, "totalMilliseconds": 12, "steps": [], "skippedSteps": ["load", "plan"],"#
            + #""outputs": {"planned": 0, "rendered": 0, "unchanged": 0, "reused": 0, "removed": 2, "failed": 1},"#
            + #""folders": [], "rendered": [], "unchanged": [], "removed": ["old/a.md", "old/b.md"], "failed": ["x.pdf"],"#
            + #""diagnostics": {"errors": 1, "warnings": 0}}"#,
    ])
    func theReportIsWhatFoundationsEncoderWrites(_ source: String) throws {
        let file = try JSONDecoder().decode(BuildReportFile.self, from: Data(source.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(file)
        #expect(String(decoding: try #require(file.json()), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    /// JSON has no infinity: like JSONEncoder, the writer gives nothing rather than invalid text.
    @Test func aNumberJSONCannotHoldWritesNoReport() throws {
        var file = try JSONDecoder().decode(BuildReportFile.self, from: Data(Self.emptyReport.utf8))
        #expect(file.json() != nil)
        file.totalMilliseconds = .infinity
        #expect(file.json() == nil)
        #expect(throws: (any Error).self) { try JSONEncoder().encode(file) }
    }

    static let emptyReport = #"{"version": 1, "succeeded": true, "upToDate": true, "totalMilliseconds": 1, "steps": [], "skippedSteps": [],"#
        + #""outputs": {"planned": 0, "rendered": 0, "unchanged": 0, "reused": 0, "removed": 0, "failed": 0}, "folders": [], "rendered": [],"#
        + #""unchanged": [], "removed": [], "failed": [], "diagnostics": {"errors": 0, "warnings": 0}}"#
}
