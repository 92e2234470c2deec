import Analysis
import Testing

/// The knowledge base aggregates knowledge files, CVs and answers, each item with its evidence;
/// the owner's knowledge counts for the owner's personas only.
@Suite struct KnowledgeBaseTests {
    static let workspace = """
    -- personaforge.yaml --
    name: Test
    owner: Jane Doe
    -- cvs/jane.yaml --
    basics: {name: Jane Doe}
    work:
      - name: Acme
        position: Engineer
        startDate: "2020-01"
        highlights: [Built Go services.]
    skills:
      - name: Go
      - name: Ledger design
    -- cvs/sam.yaml --
    basics: {name: Sam Roe}
    work:
      - name: Globex
        position: Designer
        startDate: "2020-01"
        highlights: [Designed 20 screens in Figma.]
    -- knowledge/skills.yaml --
    skills:
      - name: Terraform
        aliases: [tf modules]
        level: Intermediate
        years: 2
        evidence: Wrote the RDS modules.
      - name: Payment reconciliation
        aliases: [recon]
    industries:
      - name: Fintech
        years: 4
    preferences:
      - name: Remote within Europe
    -- personas/jane.md --
    ---
    title: Engineer
    cv: cvs/jane.yaml
    ---
    -- personas/sam.md --
    ---
    title: Designer
    cv: cvs/sam.yaml
    ---
    -- jobs/platform.md --
    ---
    title: Platform Engineer
    ---
    ## Requirements
    - Terraform and recon experience.
    """

    @Test func aggregatesKnowledgeFilesCVsAndTheirEvidence() async throws {
        let harness = try await AnalysisHarness(Self.workspace)
        let kb = harness.context.knowledgeBase()
        let terraform = try #require(kb.tools.first { $0.name == "Terraform" })
        #expect(terraform.level == "Intermediate" && terraform.years == 2)
        #expect(terraform.aliases == ["tf modules"])
        #expect(terraform.evidence.map(\.text) == ["Wrote the RDS modules."])
        #expect(terraform.evidence.first?.location?.file == "knowledge/skills.yaml")
        let go = try #require(kb.skills.first { $0.name == "Go" })
        #expect(go.evidence.map(\.text) == ["Built Go services.", "Listed under skills: Go"])
        #expect(kb.skills.contains { $0.name == "Ledger design" })
        #expect(kb.tools.contains { $0.name == "Figma" })
        #expect(kb.industries.map(\.name) == ["Fintech"])
        #expect(kb.preferences.map(\.name) == ["Remote within Europe"])
    }

    @Test func ownersKnowledgeCountsForTheOwnerOnly() async throws {
        let harness = try await AnalysisHarness(Self.workspace)
        let job = try harness.job("jobs/platform.md")
        let jane = harness.context.match(try harness.persona("personas/jane.md"), against: job)
        let sam = harness.context.match(try harness.persona("personas/sam.md"), against: job)
        // Terraform is Jane's (knowledge with evidence): in her sources. "recon" is only a word the tool learnt.
        #expect(jane.missing.inPersonaSources.map(\.requirement.name) == ["Terraform"])
        #expect(jane.missing.inPersonaSources.first?.evidence.first?.source == .knowledge)
        #expect(jane.missing.nowhere.map(\.requirement.name) == ["Payment reconciliation"])
        #expect(sam.missing.nowhere.map(\.requirement.name) == ["Terraform", "Payment reconciliation"])
        #expect(harness.context.knowledgeBase(for: try harness.persona("personas/sam.md")).tools.map(\.name) == ["Figma"])
    }
}
