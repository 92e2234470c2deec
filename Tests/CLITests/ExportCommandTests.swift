import Foundation
import Testing
import TestSupport

/// `personaforge export` and `personaforge templates`.
@Suite struct ExportCommandTests {
    @Test func exportsAPersonaAsMarkdownToStandardOutput() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let result = try CommandRunner().run(["export", "backend"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Jane Doe\n\n**Backend Engineer**\n\n[jane@example.com](mailto:jane@example.com)\n"))
        #expect(!result.stdout.contains("+1 555 0100"), "the phone is private in the settings")
        #expect(result.stdout == workspace.read("_build/personas/backend.md") ?? result.stdout)
    }

    @Test func exportsACVAsAStandaloneHTMLPage() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let result = try CommandRunner().run(["export", "cvs/jane.yaml", "--format", "html", "--out", "jane.html"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try #require(workspace.read("jane.html"))
        #expect(page.contains("<style>"))
        #expect(!page.contains("assets/style.css"))
        #expect(page.contains("<h1"))
    }

    @Test func refusesToWriteOverAWorkspaceFile() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let before = workspace.read("personas/backend.md")
        let result = try CommandRunner().run(["export", "backend", "--out", "personas/backend.md"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is one of the workspace's own files"))
        #expect(workspace.read("personas/backend.md") == before)
    }

    @Test func namesTheClosestDocumentAndTemplate() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let runner = try CommandRunner()
        let document = try runner.run(["export", "backnd"], in: workspace.root)
        #expect(document.status == 1)
        #expect(document.stderr.contains("There is no persona or CV 'backnd'; did you mean 'backend'?"))
        let template = try runner.run(["export", "backend", "--template", "clasic"], in: workspace.root)
        #expect(template.status == 1)
        #expect(template.stderr.contains("There is no template 'clasic'; did you mean 'classic'?"))
        let kind = try runner.run(["export", "backend", "--template", "audience"], in: workspace.root)
        #expect(kind.stderr.contains("renders audience documents, not cv documents"))
    }

    @Test func listsTemplatesWithTheWorkspacesOwn() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace + """

        -- templates/mine/template.yaml --
        id: mine
        name: Mine
        kind: cv
        -- templates/mine/document.md.mustache --
        # {{basics.name}}
        """)
        let result = try CommandRunner().run(["templates", "--json"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == ["audience", "classic", "compact", "cover-letter", "mine", "modern", "report", "site"])
        #expect(list.first { $0["id"] as? String == "mine" }?["origin"] as? String == "workspace")
        #expect(list.first { $0["id"] as? String == "classic" }?["origin"] as? String == "shipped")
    }
}
