@testable import Build
import Core
import Foundation
import Testing
import TestSupport

/// What a build redoes after each kind of edit, counted by the outputs it renders.
@Suite struct IncrementalBuildTests {
    static let everything = [
        "assets/style.css", "cvs/jane.html", "index.html", "jobs/acme.html", "jobs/index.html",
        "personas/acme/it-manager.html", "personas/acme/it-manager.md", "personas/backend.html", "personas/backend.md",
        "teams/platform.html",
    ] + reports

    /// Every analysis report of the fixture: JSON, Markdown and HTML of each, and their index.
    static let reports = [
        "reports/gap/acme/it-manager", "reports/gap/backend", "reports/knowledge", "reports/match/acme/backend", "reports/team/platform",
    ].flatMap { [$0 + ".html", $0 + ".json", $0 + ".md"] } + ["reports/index.html"]

    /// A report's three files.
    static func report(_ base: String) -> [String] { ["reports/\(base).html", "reports/\(base).json", "reports/\(base).md"] }

    @Test func firstBuildRendersEveryOutput() async throws {
        let harness = try BuildHarness()
        let report = try await harness.build()
        #expect(report.diagnostics == [])
        #expect(report.rendered == Self.everything.sorted())
        #expect(report.reused == 0)
        #expect(report.succeeded)
        for path in Self.everything { #expect(harness.output(path) != nil, "missing \(path)") }
    }

    @Test func rebuildWithNothingChangedRendersNothing() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        let again = try await harness.build()
        #expect(again.rendered == [])
        #expect(again.reused == Self.everything.count)
    }

    @Test func quickCheckSkipsReadingWhenFileTimesAreTrustworthy() async throws {
        let harness = try BuildHarness()
        harness.ageInputs()
        _ = try await harness.build()
        let again = try await harness.build()
        #expect(again.upToDate)
        #expect(again.steps.map(\.step) == ["prepare", "scan", "quick-check"])
    }

    @Test func theStampedQuickCheckReportsWhatTheFullCheckDoes() async throws {
        let harness = try BuildHarness()
        harness.ageInputs()
        _ = try await harness.build()
        #expect(harness.workspace.exists(".personaforge/output-stamps"))
        let stamped = try await harness.build()
        try FileManager.default.removeItem(atPath: harness.workspace.path(".personaforge/output-stamps"))
        let unstamped = try await harness.build()
        #expect(stamped.upToDate && unstamped.upToDate)
        #expect(stamped.reused == Self.everything.count)
        #expect(stamped.planned == unstamped.planned && stamped.reused == unstamped.reused)
        #expect(stamped.folders == unstamped.folders)
        #expect(stamped.folders.map(\.folder) == [".", "assets", "cvs", "jobs", "personas", "reports", "teams"])
    }

    @Test func anOutputRemovedRightAfterABuildIsMadeAgain() async throws {
        let harness = try BuildHarness()
        harness.ageInputs()
        _ = try await harness.build()
        try FileManager.default.removeItem(atPath: harness.workspace.path("_build/personas/backend.html"))
        let again = try await harness.build()
        #expect(!again.upToDate)
        #expect(again.rendered == ["personas/backend.html"])
        let third = try await harness.build()
        #expect(third.upToDate)
    }

    @Test func touchingAFileWithoutChangingItRendersNothing() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        harness.workspace.touchForward("personas/backend.md")
        let again = try await harness.build()
        #expect(!again.upToDate)
        #expect(again.rendered == [])
    }

    @Test func editingOnePersonaRerendersItAndThePagesThatListIt() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.append("personas/backend.md", "\nOne more line.\n")
        let report = try await harness.build()
        // Its reports too: its CV quality, its match, its team's gaps, and the knowledge base.
        #expect(report.rendered == (["index.html", "jobs/acme.html", "jobs/index.html", "personas/backend.html",
                                     "personas/backend.md", "teams/platform.html"] + Self.report("gap/backend")
                                    + ["reports/index.html"] + Self.report("knowledge") + Self.report("match/acme/backend")
                                    + Self.report("team/platform")).sorted())
        #expect(harness.output("personas/backend.md")?.contains("One more line.") == true)
    }

    @Test func editingAnAudiencePersonaTouchesOnlyItAndTheIndex() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.append("personas/acme/it-manager.md", "\nShe prefers email.\n")
        let report = try await harness.build()
        #expect(report.rendered == (["index.html", "personas/acme/it-manager.html", "personas/acme/it-manager.md", "reports/index.html"]
                                    + Self.report("gap/acme/it-manager") + Self.report("knowledge")).sorted())
    }

    @Test func editingACVRerendersThePersonasInheritingIt() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.append("cvs/jane.yaml", "languages:\n  - language: German\n")
        let report = try await harness.build()
        // The reports index lists titles only, so a CV edit leaves it alone; the job pages show
        // the persona's match, so they are redone.
        #expect(report.rendered == (["cvs/jane.html", "index.html", "jobs/acme.html", "jobs/index.html", "personas/backend.html",
                                     "personas/backend.md", "teams/platform.html"]
                                    + Self.report("gap/backend") + Self.report("knowledge") + Self.report("match/acme/backend")
                                    + Self.report("team/platform")).sorted())
    }

    @Test func overridingATemplateRerendersItsUsersOnly() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.write("templates/audience/document.md.mustache", "# {{persona.title}}\n\n{{{body}}}\n")
        let report = try await harness.build()
        #expect(report.diagnostics == [])
        #expect(report.rendered == ["personas/acme/it-manager.html", "personas/acme/it-manager.md"])
        #expect(harness.output("personas/acme/it-manager.md") == "# IT Manager\n\nDana runs IT for a clinic.\n")
    }

    @Test func editingSettingsRerendersEverythingThatShowsThem() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.append("personaforge.yaml", "owner: Jane\n")
        let report = try await harness.build()
        #expect(report.rendered == Self.everything.filter { $0 != "assets/style.css" }.sorted())
    }

    @Test func aNewToolVersionRebuildsEverything() async throws {
        var harness = try BuildHarness()
        _ = try await harness.build()
        harness.tool = "test-tool-2"
        let report = try await harness.build(explain: true)
        #expect(report.rendered == Self.everything.sorted())
        #expect(report.explanations["index.html"] == ["PersonaForge itself changed"])
    }

    @Test func deletingAPersonaRemovesItsOutputs() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.remove("personas/acme/it-manager.md")
        let report = try await harness.build()
        #expect(report.removed == ["personas/acme/it-manager.html", "personas/acme/it-manager.md"] + Self.report("gap/acme/it-manager"))
        #expect(report.rendered == ["index.html", "reports/index.html"] + Self.report("knowledge"))
        #expect(!harness.workspace.exists("_build/personas/acme"))
        #expect(harness.output("index.html")?.contains("IT Manager") == false)
    }

    @Test func explainNamesTheChangedInput() async throws {
        let harness = try BuildHarness()
        _ = try await harness.build()
        try harness.workspace.append("jobs/acme.md", "- Kafka\n")
        let report = try await harness.build(explain: true)
        #expect(report.rendered == ["index.html", "jobs/acme.html", "jobs/index.html", "reports/index.html"]
                                   + Self.report("knowledge") + Self.report("match/acme/backend"))
        #expect(report.explanations["jobs/acme.html"] == ["jobs/acme.md changed"])
    }

    @Test func dryRunReportsButWritesNothing() async throws {
        let harness = try BuildHarness()
        let report = try await harness.build(dryRun: true)
        #expect(report.rendered == Self.everything.sorted())
        #expect(!harness.workspace.exists("_build"))
        #expect(!harness.workspace.exists(".personaforge/build-state"))
        _ = try await harness.build()
        try harness.workspace.remove("teams/platform.yaml")
        let second = try await harness.build(dryRun: true)
        #expect(second.removed == Self.report("team/platform") + ["teams/platform.html"])
        #expect(harness.workspace.exists("_build/teams/platform.html"))
    }

    @Test func oneWorkerAndManyWorkersMakeTheSameFiles() async throws {
        let one = try BuildHarness(), many = try BuildHarness()
        _ = try await one.build(jobs: 1)
        _ = try await many.build(jobs: 8)
        // Except report.json, whose timings differ from build to build by design.
        #expect(one.workspace.tree("_build").filter { $0.key != "report.json" } == many.workspace.tree("_build").filter { $0.key != "report.json" })
    }
}

/// The state file survives a round trip, nanosecond times included.
@Suite struct BuildStateTests {
    @Test func roundTripsEveryRecord() throws {
        var state = BuildState()
        state.tool = "t"
        state.outputFolder = "/tmp/out"
        state.written = 1_763_776_000_123_456_789
        state.today = "2026-11"
        state.files["personas/a b.md"] = .init(size: 12, modified: 1_763_776_000_999_999_999, hash: "ab")
        state.inputHashes = ["personas/a b.md": "ab", "builtin:templates/x": "cd"]
        state.outputs["personas/a b.html"] = .init(fingerprint: "f", inputs: ["builtin:templates/x", "personas/a b.md"])
        state.failed = ["x.html"]
        var loaded = try #require(BuildState.parse(Array(state.serialized().utf8)))
        #expect(loaded.outputs["personas/a b.html"]?.inputs == [])
        var lazy = try #require(BuildState.parse(Array(state.serialized().utf8), outputs: false))
        #expect(lazy.outputs == [:] && lazy.failed == ["x.html"] && lazy.files == state.files)
        lazy.loadOutputs()
        #expect(lazy == loaded)
        let graphLoaded = loaded.parseGraph(Array(state.serializedGraph().utf8))
        #expect(graphLoaded)
        #expect(loaded == state)
        #expect(BuildState.parse(Array("not a state\n".utf8)) == nil)
        var other = loaded
        other.tool = "another tool"
        let foreignGraphLoaded = other.parseGraph(Array(state.serializedGraph().utf8))
        #expect(!foreignGraphLoaded)
    }
}

/// The folder stamps the no-op check trusts: a removal shows, whether the folder's time is
/// trusted or (changed too recently) its outputs are looked up by name.
@Suite struct OutputStampsTests {
    func folder(_ names: [String]) throws -> TemporaryWorkspace {
        let workspace = try TemporaryWorkspace()
        for name in names { try workspace.write("out/" + name, "x") }
        return workspace
    }

    func age(_ path: String) {
        let past = time(nil) - 5
        var times = [timespec(tv_sec: past, tv_nsec: 123), timespec(tv_sec: past, tv_nsec: 123)]
        utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test func anOldFolderIsTrustedByItsTimeAndARemovalChangesIt() throws {
        let workspace = try folder(["a.html", "sub/b.html", "sub/c.html"])
        let root = workspace.path("out")
        age(root)
        age(root + "/sub")
        let stamps = try #require(OutputStamps.take(outputs: ["a.html", "sub/b.html", "sub/c.html"], in: root, state: 7))
        #expect(stamps.listed == [:])
        #expect(Set(stamps.folders.keys) == [".", "sub"])
        #expect(stamps.counts == [".": 1, "sub": 2])
        #expect(OutputStamps.load(from: try saved(stamps, in: workspace)) == stamps)
        #expect(stamps.hold(in: root))
        unlink(root + "/sub/c.html")
        #expect(!stamps.hold(in: root))
    }

    @Test func theRootAndTheFoldersBelowItStampedApartMakeTheWhole() throws {
        let outputs = ["a.html", "sub/b.html", "sub/c.html", "sub/deep/d.html"]
        let workspace = try folder(outputs)
        let root = workspace.path("out")
        // Old folders, trusted by their time: the same stamps however long the takes apart are.
        for folder in ["", "/sub", "/sub/deep"] { age(root + folder) }
        let whole = try #require(OutputStamps.take(outputs: outputs, in: root, state: 7))
        let top = try #require(OutputStamps.take(outputs: outputs, in: root, state: 7, part: .root))
        let below = try #require(OutputStamps.take(outputs: outputs, in: root, state: 7, part: .belowRoot))
        #expect(top.counts == [".": 1])
        #expect(Set(top.folders.keys) == ["."])
        #expect(Set(below.folders.keys) == ["sub", "sub/deep"])
        #expect(below.merged(with: top) == whole)
        // A missing output below the root fails its part, as it fails the whole.
        unlink(root + "/sub/deep/d.html")
        #expect(OutputStamps.take(outputs: outputs, in: root, state: 7, part: .belowRoot) == nil)
        #expect(OutputStamps.take(outputs: outputs, in: root, state: 7, part: .root) != nil)
    }

    @Test func aJustWrittenFolderIsCheckedByName() throws {
        let workspace = try folder(["a.html", "b.html"])
        let root = workspace.path("out")
        let stamps = try #require(OutputStamps.take(outputs: ["a.html", "b.html"], in: root, state: 7))
        #expect(stamps.folders == [:])
        #expect(stamps.listed == [".": ["a.html", "b.html"]])
        #expect(OutputStamps.load(from: try saved(stamps, in: workspace)) == stamps)
        try workspace.write("out/unrelated.txt", "y")
        #expect(stamps.hold(in: root))
        unlink(root + "/b.html")
        #expect(!stamps.hold(in: root))
    }

    @Test func noStampsForAnOutputThatIsAlreadyMissing() throws {
        let workspace = try folder(["a.html"])
        #expect(OutputStamps.take(outputs: ["a.html", "gone.html"], in: workspace.path("out"), state: 7) == nil)
    }

    func saved(_ stamps: OutputStamps, in workspace: TemporaryWorkspace) throws -> String {
        try workspace.write("stamps", stamps.serialized())
        return workspace.path("stamps")
    }
}
