import Analysis
import Testing

/// The job pipeline: counts by status, by month applied and by persona, and what each job waits on.
@Suite struct JobPipelineTests {
    static let workspace = """
    -- personaforge.yaml --
    name: Test
    -- personas/backend.md --
    ---
    title: Backend
    ---
    -- personas/manager.md --
    ---
    title: Manager
    ---
    -- jobs/a.md --
    ---
    title: A
    status: applied
    applied_on: "2025-05-12"
    persona: personas/backend.md
    ---
    -- jobs/b.md --
    ---
    title: B
    status: interview
    applied_on: "2025-05-02"
    persona: personas/backend.md
    ---
    -- jobs/c.md --
    ---
    title: C
    status: rejected
    applied_on: "2025-04-20"
    persona: personas/manager.md
    ---
    -- jobs/d.md --
    ---
    title: D
    ---
    -- jobs/e.md --
    ---
    title: E
    status: offer
    applied_on: "2025-04"
    persona: personas/manager.md
    ---
    """

    @Test func countsEveryStatusInPipelineOrder() async throws {
        let harness = try await AnalysisHarness(Self.workspace)
        let pipeline = JobPipeline(jobs: harness.workspace.jobs)
        #expect(pipeline.byStatus.map(\.status) == [.saved, .applied, .interview, .offer, .rejected, .withdrawn])
        #expect(pipeline.byStatus.map(\.count) == [1, 1, 1, 1, 1, 0])
        #expect(pipeline.total == 5)
        #expect(pipeline.active == 4)
        #expect(pipeline.applied == 4)
        #expect(pipeline.responded == 3)
    }

    @Test func groupsApplicationsByMonthOldestFirst() async throws {
        let harness = try await AnalysisHarness(Self.workspace)
        let months = JobPipeline(jobs: harness.workspace.jobs).byMonth
        #expect(months.map(\.month) == ["2025-04", "2025-05"])
        #expect(months.map(\.count) == [2, 2])
        #expect(months[0].byStatus.map(\.status) == [.offer, .rejected])
        #expect(months[1].byStatus.map(\.status) == [.applied, .interview])
    }

    @Test func groupsByPersonaWithJobsWithoutOneLast() async throws {
        let harness = try await AnalysisHarness(Self.workspace)
        let personas = JobPipeline(jobs: harness.workspace.jobs).byPersona
        #expect(personas.map(\.persona) == ["personas/backend.md", "personas/manager.md", nil])
        #expect(personas.map(\.count) == [2, 2, 1])
        #expect(personas.map(\.active) == [2, 1, 1])
    }

    @Test func saysWhatEachJobWaitsOn() async throws {
        let harness = try await AnalysisHarness(Self.workspace)
        let next = Dictionary(uniqueKeysWithValues: JobPipeline(jobs: harness.workspace.jobs).jobs.map { ($0.slug, $0.next) })
        #expect(next["a"] == "a reply (applied 2025-05-12)")
        #expect(next["b"] == "the next interview")
        #expect(next["c"] == .some(nil))
        #expect(next["d"] == "choose a persona, then apply")
        #expect(next["e"] == "your decision on the offer")
    }

    @Test func anEmptyPipelineHasZeroCountsAndNoMonths() {
        let pipeline = JobPipeline(jobs: [])
        #expect(pipeline.total == 0)
        #expect(pipeline.byStatus.allSatisfy { $0.count == 0 })
        #expect(pipeline.byMonth.isEmpty)
        #expect(pipeline.byPersona.isEmpty)
    }
}
