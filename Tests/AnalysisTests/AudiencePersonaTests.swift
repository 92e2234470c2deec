import Analysis
import Testing

/// Audience personas: what they lack to be useful, and where they contradict themselves.
@Suite struct AudiencePersonaTests {
    static let workspace = """
    -- personaforge.yaml --
    name: Test
    -- personas/crm/buyer.md --
    ---
    kind: audience
    title: Head of Operations
    name: Olga
    demographics: {age: 25-30, company_size: 900 employees}
    role: {title: Head of Operations, seniority: Junior, company_size: 50-200 employees}
    goals:
      - Fewer manual reports.
      - One place for customer data.
    objections: [Fewer manual reports.]
    motivations: [Recognition]
    linkedin: {summary: Twenty years in operations and logistics.}
    ---
    Olga starts her day with the reports.
    """

    @Test func findsWhatIsMissingAndWhatContradicts() async throws {
        let harness = try await AnalysisHarness(Self.workspace)
        let report = harness.context.gap(for: try harness.persona("personas/crm/buyer.md"))
        #expect(Set(report.issues.map(Found.init)) == [
            Found("goals-without-pain-points", .warning, "pain_points", line: 7),
            Found("no-buying-style", .warning, "buying_style", line: 3),
            Found("no-channels", .warning, "channels", line: 3),
            Found("contradiction", .warning, "goals", line: 10),
            Found("contradiction", .warning, "demographics.company_size", line: 5),
            Found("contradiction", .warning, "role.seniority", line: 6),
            Found("contradiction", .warning, "demographics.age", line: 12),
        ])
        #expect(Set(report.questions.map(\.kind)) == ["buying-style", "channels", "pain-points"])
        #expect(report.questions.allSatisfy { $0.scope == "personas/crm/buyer.md" })
    }

    @Test func aCompletePersonaHasOnlyNotes() async throws {
        let harness = try await AnalysisHarness("""
        -- personaforge.yaml --
        name: Test
        -- personas/crm/it.md --
        ---
        kind: audience
        title: IT Manager
        name: Dana
        demographics: {age: 38-45, company_size: 420 employees}
        role: {title: IT Manager, seniority: Manager, company_size: 250-500 employees}
        goals: [Single sign-on for every application]
        pain_points: [Password resets eat the helpdesk's week]
        objections: [Per-seat pricing]
        motivations: [Fewer late-night calls]
        buying_style: {style: analytical, notes: Reads the documentation before the sales deck.}
        channels: [Vendor documentation]
        quote: "I need the one that won't wake me up at 2 a.m."
        ---
        Dana starts her day at 7:15.
        """)
        let report = harness.context.gap(for: try harness.persona("personas/crm/it.md"))
        #expect(report.issues == [])
        #expect(report.questions == [])
    }
}
