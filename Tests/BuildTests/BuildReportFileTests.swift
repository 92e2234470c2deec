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

    @Test func anUpToDateBuildSaysSoAndWhichStepsItSkipped() async throws {
        let harness = try BuildHarness()
        harness.ageInputs()
        let first = try await harness.build()
        let again = try await harness.build()
        #expect(again.upToDate)
        let file = try report(harness)
        #expect(file.upToDate)
        #expect(file.skippedSteps == ["load", "import-cvs", "plan", "fingerprint", "render", "prune", "save-state"])
        #expect(file.outputs.reused == first.rendered.count)
        #expect(file.cacheHitRate == 1)
        // It is not an output: the next build neither renders nor prunes it.
        #expect(!again.rendered.contains(BuildReportFile.name))
        #expect(harness.workspace.exists("_build/report.json"))
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
}
