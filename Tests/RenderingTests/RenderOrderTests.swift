import Testing
import YAMLSupport
@testable import Rendering

/// Outputs render in plan order; outputs reading the same analyses render one after another.
@Suite struct RenderOrderTests {
    static func output(_ path: String, group: String? = nil) -> PlannedOutput {
        PlannedOutput(path: path, inputs: [], group: group) { .init([]) }
    }

    @Test func groupedOutputsMoveUpBesideTheFirstOfTheirGroup() {
        var plan = OutputPlan(outputs: [Self.output("a", group: "1"), Self.output("b"), Self.output("c", group: "2"),
                                        Self.output("d", group: "1"), Self.output("e"), Self.output("f", group: "2")])
        plan.gatherGroups()
        #expect(plan.outputs.map(\.path) == ["a", "d", "b", "c", "f", "e"])
    }

    @Test func aJobsPageRendersRightAfterItsMatchReport() async throws {
        let (folder, workspace) = try await DocumentHarness.sample()
        defer { _ = folder }
        let paths = SitePlanner.plan(workspace).outputs.map(\.path)
        var checked = 0, letters = 0
        for job in workspace.jobs {
            guard let page = paths.firstIndex(of: "jobs/\(job.slug).html"),
                  let report = paths.firstIndex(where: { $0.hasPrefix("reports/match/\(job.slug)/") }) else { continue }
            // The report's JSON, Markdown and HTML, then the page: its match and posting are let go there.
            #expect(page == report + 3, "\(paths[report...page])")
            // A letter drafted from the same match comes just before them.
            if let letter = paths.firstIndex(where: { $0.hasPrefix("letters/\(job.slug).") }) {
                #expect(paths[letter..<report].allSatisfy { $0.hasPrefix("letters/\(job.slug).") }, "\(paths[letter...report])")
                letters += 1
            }
            checked += 1
        }
        #expect(checked >= 2)
        #expect(letters >= 1)
    }

    /// A full build makes the job pages' analyses while it plans (`makeAhead`): every output,
    /// rendered in plan order, has the same bytes as without, and the same plan.
    @Test func analysesMadeAheadRenderTheSameOutputs() async throws {
        let (folder, workspace) = try await DocumentHarness.sample()
        defer { _ = folder }
        let today = JSONResumeDate("2025-06")!
        let plain = SitePlanner.plan(workspace, today: today)
        let ahead = SitePlanner.plan(workspace, today: today, prepare: true, makeAhead: true)
        #expect(ahead.analysesAhead != nil)
        #expect(plain.outputs.map(\.path) == ahead.outputs.map(\.path))
        #expect(plain.outputs.map(\.inputs) == ahead.outputs.map(\.inputs))
        // Let the analyses made ahead finish or stop, as the build does before it renders.
        ahead.analysesAhead?.stop()
        var jobPages = 0
        // PDF and DOCX files carry the time they were made; the rest is compared byte for byte.
        for (made, expected) in zip(ahead.outputs, plain.outputs) where !made.path.hasSuffix(".pdf") && !made.path.hasSuffix(".docx") {
            #expect(try made.render().bytes == expected.render().bytes, "\(made.path)")
            if made.path.hasPrefix("jobs/") { jobPages += 1 }
        }
        #expect(jobPages >= 3)
    }
}
