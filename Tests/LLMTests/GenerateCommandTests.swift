import Foundation
@testable import LLM
import Testing
import TestSupport

/// `personaforge generate BRIEF`: audience personas drafted into personas/<project>/, new files only.
@Suite struct GenerateCommandTests {
    static let brief = """
    -- briefs/acme-crm.yaml --
    project: acme-crm
    product: Acme CRM, a CRM suite for mid-sized B2B companies.
    audience: People who choose or use a CRM at companies of 100 to 1,000 employees.
    demographics: {age: 30-55, region: North America and Western Europe, company_size: 100-1000 employees, industries: "manufacturing, wholesale"}
    goals: [Forecast revenue accurately., Give sales one place for accounts and deals., Meet security requirements such as SSO and GDPR.]
    pain_points: [Pipeline data lives in spreadsheets., Integrations with the ERP break after upgrades., Reps skip CRM updates.]
    count: 3
    """

    @Test func theBuiltinDrafterWritesValidNewFilesAndNeverOverwrites() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace + "\n" + Self.brief)
        // A persona already at one of the names the drafts take.
        try workspace.write("personas/acme-crm/it-manager.md", "---\nkind: audience\ntitle: IT Manager\n---\nMine.\n")
        let runner = try CommandRunner()
        let first = try runner.run(["generate", "acme-crm"], in: workspace.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == """
            Drafted 3 personas from briefs/acme-crm.yaml with builtin:
              wrote personas/acme-crm/sales-director.md
              kept  personas/acme-crm/it-manager.md (it exists; never overwritten)
              wrote personas/acme-crm/account-executive.md
            2 new files. Edit them by hand; personaforge check validates them.

            """)
        #expect(workspace.read("personas/acme-crm/it-manager.md") == "---\nkind: audience\ntitle: IT Manager\n---\nMine.\n")
        let director = try #require(workspace.read("personas/acme-crm/sales-director.md"))
        #expect(director.hasPrefix("---\nkind: audience\ntitle: Sales Director\nname: "))
        #expect(director.contains("\nproject: acme-crm\n"))
        #expect(director.contains("\ngenerated_from: briefs/acme-crm.yaml\n---\n"))
        #expect(director.contains("  - Forecast revenue accurately.\n"))
        #expect(director.contains("buying_style:\n  style: driver\n"))
        // The drafts are valid personas.
        let check = try runner.run(["check"], in: workspace.root)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        // Again: everything exists, nothing changes.
        let before = workspace.tree("personas")
        let second = try runner.run(["generate", "briefs/acme-crm.yaml", "--json"], in: workspace.root)
        #expect(second.status == 0)
        let summary = try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any]
        #expect((summary?["personas"] as? [[String: Any]])?.map { $0["written"] as? Bool } == [false, false, false])
        #expect(workspace.tree("personas") == before)
    }

    @Test func theSameBriefGivesByteIdenticalDrafts() throws {
        let runner = try CommandRunner()
        var trees: [[String: [UInt8]]] = []
        for _ in 0..<2 {
            let workspace = try TemporaryWorkspace(Fixtures.workspace + "\n" + Self.brief)
            #expect(try runner.run(["generate", "acme-crm", "--count", "9"], in: workspace.root).status == 0)
            trees.append(workspace.tree("personas/acme-crm"))
        }
        #expect(trees[0].count == 9)
        #expect(trees[0] == trees[1])
    }

    @Test func aModelDraftsThroughTheCacheAndGarbageWritesNothing() async throws {
        let server = try TestServer()
        let harness = try LLMHarness(server: server, files: Fixtures.workspace + "\n" + Self.brief)
        let runner = try CommandRunner()
        let environment = [LLMHarness.keyVariable: LLMHarness.key]
        let first = try runner.run(["generate", "acme-crm", "--count", "2"], in: harness.workspace.root, environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Drafted 2 personas from briefs/acme-crm.yaml with test-model:\n"))
        let request = try #require(try server.stats().bodies.first)
        let schema = ((request["response_format"] as? [String: Any])?["json_schema"] as? [String: Any])?["schema"] as? [String: Any]
        let personas = (schema?["properties"] as? [String: Any])?["personas"] as? [String: Any]
        #expect(personas?["minItems"] as? Int == 2 && personas?["maxItems"] as? Int == 2)
        let written = harness.workspace.tree("personas/acme-crm")
        #expect(written.count == 2)
        #expect(try runner.run(["check"], in: harness.workspace.root).status == 0)

        // Drafted again after the files are removed: the cached answer, byte for byte.
        try harness.workspace.remove("personas/acme-crm")
        #expect(try runner.run(["generate", "acme-crm", "--count", "2", "--offline"], in: harness.workspace.root).status == 0)
        #expect(harness.workspace.tree("personas/acme-crm") == written)
        #expect(try server.stats().requests == 1)

        // Three personas is a new question; the model answers garbage twice: nothing is written.
        try server.script([["content": "I'd be glad to help!"], ["json": ["personas": []]]])
        let bad = try runner.run(["generate", "acme-crm"], in: harness.workspace.root, environment: environment)
        #expect(bad.status == 3)
        #expect(bad.stderr.hasPrefix("error: test-model answered the draft-personas request for briefs/acme-crm.yaml twice with something unusable: personas has 0 items, but it needs at least 3."))
        #expect(harness.workspace.tree("personas/acme-crm") == written)
    }

    @Test func unknownBriefsAndBadCountsAreUsageErrors() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace + "\n" + Self.brief)
        let runner = try CommandRunner()
        let unknown = try runner.run(["generate", "acme-crn"], in: workspace.root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: no brief 'acme-crn' in this workspace; did you mean 'acme-crm'?\n")
        #expect(try runner.run(["generate", "acme-crm", "--count", "0"], in: workspace.root).status == 64)
        #expect(try runner.run(["generate", "acme-crm", "--dry-run"], in: workspace.root).stdout.contains("would write personas/acme-crm/sales-director.md"))
        #expect(!workspace.exists("personas/acme-crm/sales-director.md"))
    }

    @Test func aProjectOutsidePersonasIsRefused() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace + "\n-- briefs/evil.yaml --\nproject: ../../tmp\nproduct: x\n")
        let result = try CommandRunner().run(["generate", "evil"], in: workspace.root)
        #expect(result.status == 3)
        #expect(result.stderr.contains("project '../../tmp' is not a folder name under personas/"))
    }
}
