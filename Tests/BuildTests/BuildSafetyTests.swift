import Build
import Core
import Foundation
import Testing
import TestSupport

/// Bad input, interruptions and overlapping folders: the build reports, recovers and never
/// writes over the user's files.
@Suite struct BuildSafetyTests {
    @Test func twoCleanBuildsGiveByteIdenticalOutputs() async throws {
        let first = try BuildHarness(), second = try BuildHarness()
        _ = try await first.build()
        _ = try await second.build()
        // report.json records how long each step took, so it differs by design: it is the one
        // file in the output the byte-identical guarantee leaves out (see BuildReportFile).
        let a = first.workspace.tree("_build").filter { $0.key != "report.json" }
        let b = second.workspace.tree("_build").filter { $0.key != "report.json" }
        #expect(first.workspace.exists("_build/report.json"))
        #expect(a.count == IncrementalBuildTests.everything.count + 1)
        #expect(a == b)
    }

    @Test func aBrokenPersonaIsReportedAndTheRestIsBuilt() async throws {
        let harness = try BuildHarness(Fixtures.workspace + "\n-- personas/broken.md --\n---\ntitle: [unclosed\n---\n")
        let report = try await harness.build()
        #expect(report.diagnostics.map(\.location?.file) == ["personas/broken.md"])
        #expect(report.failed == ["personas/broken.html", "personas/broken.md"] + IncrementalBuildTests.report("gap/broken"))
        #expect(!report.succeeded)
        #expect(harness.output("personas/backend.html") != nil)
        #expect(harness.output("index.html") != nil)

        try harness.workspace.write("personas/broken.md", "---\ntitle: Fixed\n---\n")
        harness.workspace.touchForward("personas/broken.md")
        let fixed = try await harness.build()
        #expect(fixed.succeeded)
        #expect(fixed.rendered == (["index.html", "personas/broken.html", "personas/broken.md", "reports/index.html"]
                                   + IncrementalBuildTests.report("gap/broken") + IncrementalBuildTests.report("knowledge")).sorted())
    }

    @Test func aPersonaWhoseCVHasErrorsIsNotBuiltButKeepsItsLastGoodOutput() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        let before = harness.output("personas/backend.md")
        try harness.workspace.append("cvs/jane.yaml", "awards:\n  - title: X\n    date: someday\n")
        let report = try await harness.build()
        #expect(report.failed == ["cvs/jane.html", "personas/backend.html", "personas/backend.md"] + IncrementalBuildTests.report("gap/backend"))
        #expect(harness.output("personas/backend.md") == before)
        // Still failing next time: it is retried, not forgotten.
        let again = try await harness.build()
        #expect(again.failed == report.failed)
    }

    @Test func dataIsEscapedInHTML() async throws {
        let harness = try BuildHarness(Fixtures.settings + """

        -- personas/x.md --
        ---
        title: "<script>alert(1)</script> & co"
        summary: "[click](javascript:alert(1)) <img src=x onerror=alert(1)>"
        ---
        <script>alert(2)</script>
        """)
        _ = try await harness.build()
        let page = try #require(harness.output("personas/x.html"))
        #expect(!page.contains("<script>"))
        #expect(!page.contains("href=\"javascript:"))
        #expect(page.contains("[click](javascript:alert(1))"))
        #expect(!page.contains("<img"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        let index = try #require(harness.output("index.html"))
        #expect(!index.contains("<script>"))
    }

    @Test func aCorruptStateFileMeansAFullRebuild() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.write(".personaforge/build-state", "garbage\u{0}\n")
        let report = try await harness.build()
        #expect(report.rendered == IncrementalBuildTests.everything.sorted())
        #expect(report.succeeded)
    }

    @Test func anInterruptedBuildIsFinishedByTheNext() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        // As if killed mid-build: a half-written temporary file, an output gone, no new state.
        try harness.workspace.write("_build/.index.html.tmp-99-1", "<html><bo")
        try harness.workspace.write(".personaforge/.build-state.tmp-99-2", "personaforge-build-st")
        try harness.workspace.remove("_build/personas/backend.html")
        let report = try await harness.build(explain: true)
        #expect(report.rendered == ["personas/backend.html"])
        #expect(report.explanations["personas/backend.html"] == ["the output file is missing"])
        #expect(harness.output("personas/backend.html")?.hasSuffix("</html>\n") == true)
        #expect(!harness.workspace.exists("_build/.index.html.tmp-99-1"))
        #expect(!harness.workspace.exists(".personaforge/.build-state.tmp-99-2"))
    }

    @Test func aNewOutputFolderAppearsWholeAndItsStagingGoes() async throws {
        let harness = try BuildHarness()
        // As if a build making the folder was killed: its staging folder, with a torn file in it.
        try harness.workspace.write("._build.personaforge-partial/.personaforge-output", "")
        try harness.workspace.write("._build.personaforge-partial/index.html", "<html><bo")
        let report = try await harness.build()
        #expect(report.rendered == IncrementalBuildTests.everything.sorted())
        #expect(!harness.workspace.exists("._build.personaforge-partial"))
        #expect(harness.workspace.exists("_build/.personaforge-output"))
        #expect(harness.output("index.html")?.hasSuffix("</html>\n") == true)
        // The same outputs, byte for byte, as a build into a folder that was already there.
        let first = harness.workspace.tree("_build")
        try harness.workspace.remove("_build/personas")
        try harness.workspace.remove("_build/index.html")
        _ = try await harness.build()
        #expect(harness.workspace.tree("_build").filter { $0.key != "report.json" } == first.filter { $0.key != "report.json" })
    }

    @Test func aFolderInTheStagingFoldersPlaceIsLeftAlone() async throws {
        let harness = try BuildHarness()
        try harness.workspace.write("._build.personaforge-partial/mine.txt", "mine")
        await #expect(throws: (any Error).self) { try await harness.build() }
        #expect(harness.workspace.read("._build.personaforge-partial/mine.txt") == "mine")
        #expect(!harness.workspace.exists("_build"))
    }

    @Test func refusesAnOutputFolderThatOverlapsTheWorkspace() async throws {
        let harness = try BuildHarness()
        for folder in [".", "personas", "cvs/out", ".."] {
            let report = try await harness.build(out: folder)
            #expect(report.diagnostics.map(\.code) == ["bad-output"], "\(folder)")
            #expect(report.rendered == [])
        }
        #expect(harness.workspace.read("personas/backend.md")?.hasPrefix("---\ntitle: Backend Engineer") == true)
    }

    @Test func anOutputFolderThatIsAFileIsRefusedAndLeftAlone() async throws {
        let harness = try BuildHarness()
        try harness.workspace.write("notes.txt", "mine")
        for folder in ["notes.txt", "notes.txt/site"] {
            let report = try await harness.build(out: folder)
            #expect(report.diagnostics.map(\.code) == ["bad-output"], "\(folder)")
            #expect(report.diagnostics.first?.message.hasPrefix("The output folder cannot be made: ") == true, "\(folder)")
            #expect(report.rendered == [])
        }
        #expect(harness.workspace.read("notes.txt") == "mine")
    }

    @Test func cleanRemovesTheOldOutputsFirst() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.write("_build/stray.txt", "left over")
        let report = try await harness.build(clean: true)
        #expect(report.rendered == IncrementalBuildTests.everything.sorted())
        #expect(!harness.workspace.exists("_build/stray.txt"))
    }

    @Test func cleanLeavesAFolderItDidNotCreate() async throws {
        let harness = try BuildHarness()
        try harness.workspace.write("site/keep.txt", "mine")
        _ = try await harness.build(out: "site")
        try harness.workspace.remove("site/.personaforge-output")
        _ = try await harness.build(clean: true, out: "site")
        #expect(harness.workspace.read("site/keep.txt") == "mine")
    }
}
