import Analysis
import Core
import Foundation
import Testing

/// Clarifying questions keep their ids: across runs, machines, and unrelated edits.
@Suite struct QuestionIDTests {
    static let workspace = CVQualityTests.flawed

    @Test func anIDIsAHashOfKindSubjectAndScope() {
        let id = ClarifyingQuestion.id(kind: "skill", subject: "Kubernetes", scope: "cvs/flawed.yaml")
        #expect(id == "q-" + SHA256.hex("skill\nkubernetes\ncvs/flawed.yaml").prefix(10))
        #expect(ClarifyingQuestion.isWellFormedID(id))
        #expect(ClarifyingQuestion.id(kind: "skill", subject: "  kubernetes ", scope: "cvs/flawed.yaml") == id)
        #expect(ClarifyingQuestion.id(kind: "skill", subject: "Kubernetes", scope: "cvs/other.yaml") != id)
    }

    @Test func sameInputsGiveTheSameIDs() async throws {
        let first = try await AnalysisHarness(Self.workspace)
        let second = try await AnalysisHarness(Self.workspace)
        let a = first.context.gap(for: try first.persona("personas/p.md")).questions.map(\.id)
        let b = second.context.gap(for: try second.persona("personas/p.md")).questions.map(\.id)
        #expect(a.count == 3)
        #expect(a == b)
        #expect(a.contains(ClarifyingQuestion.id(kind: "skill", subject: "Kubernetes", scope: "cvs/flawed.yaml")))
    }

    @Test func unrelatedEditsKeepTheIDs() async throws {
        let harness = try await AnalysisHarness(Self.workspace)
        let before = harness.context.gap(for: try harness.persona("personas/p.md")).questions.map(\.id)
        // New lines above everything, another bullet, another persona body: ids do not move.
        let cv = try #require(harness.files.read("cvs/flawed.yaml"))
        try harness.files.write("cvs/flawed.yaml", "# My CV\n\n" + cv.replacing("  - name: Hooli\n", with: "  - name: Hooli\n    summary: Search.\n"))
        try harness.files.write("personas/p.md", "---\ntitle: Platform Engineer\ncv: cvs/flawed.yaml\n---\nA new body.\n")
        let context = try await harness.reloaded()
        let after = context.gap(for: try #require(context.workspace.resolved["personas/p.md"])).questions.map(\.id)
        #expect(after == before)
    }

    @Test func oneAnswerServesEveryPersonaOfTheSameCV() async throws {
        let harness = try await AnalysisHarness(Self.workspace + "\n" + personaFile("personas/q.md", cv: "cvs/flawed.yaml"))
        let p = harness.context.gap(for: try harness.persona("personas/p.md")).questions
        let q = harness.context.gap(for: try harness.persona("personas/q.md")).questions
        #expect(p.map(\.id) == q.map(\.id))
    }
}
