import Foundation
import Testing
import TestSupport

/// `personaforge check` as a user sees it.
@Suite struct CheckCommandTests {
    @Test func printsCompilerStyleDiagnosticsWithTheSourceLineAndACaret() throws {
        let workspace = try TemporaryWorkspace(Fixtures.settings + """

        -- personas/ada.md --
        ---
        title: Ada
        nmae: Ada Lovelace
        ---
        """)
        let result = try CommandRunner().run(["check"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
        personas/ada.md:3:1: error: unknown key 'nmae' in the persona front matter; did you mean 'name'?
        nmae: Ada Lovelace
        ^
        Found 1 error and 0 warnings.

        """)
    }

    @Test func exitsZeroOnACleanWorkspace() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let result = try CommandRunner().run(["check"], in: workspace.root)
        #expect(result.status == 0)
        #expect(result.stderr == "No problems found.\n")
    }

    @Test func jsonListsEveryDiagnostic() throws {
        let workspace = try TemporaryWorkspace(Fixtures.settings + """

        -- jobs/j.md --
        ---
        title: J
        status: aplied
        ---
        """)
        let result = try CommandRunner().run(["check", "--json"], in: workspace.root)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 1)
        let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["code"] as? String == "bad-choice")
        let location = try #require(diagnostic["location"] as? [String: Any])
        #expect(location["file"] as? String == "jobs/j.md")
        #expect(location["line"] as? Int == 3)
        #expect(location["column"] as? Int == 9)
    }

    @Test func aFolderWithoutSettingsIsNotAWorkspace() throws {
        let folder = try TemporaryWorkspace()
        let result = try CommandRunner().run(["check"], in: folder.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a PersonaForge workspace: it has no personaforge.yaml. Run 'personaforge init"))
    }

    @Test func checksTheWorkspacesOwnTemplates() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace + """

        -- templates/classic/document.md.mustache --
        # {{basics.nmae}}
        {{#sections}}{{titel}}{{/sections}}
        """)
        let result = try CommandRunner().run(["check"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("templates/classic/document.md.mustache:1:3: error: "))
        #expect(result.stderr.contains("did you mean 'basics.name'?"))
        #expect(result.stderr.contains("templates/classic/document.md.mustache:2:14: error: "))
    }
}
