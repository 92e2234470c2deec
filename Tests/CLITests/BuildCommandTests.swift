import Foundation
import Testing
import TestSupport

/// `personaforge build`, `init` and `schema` as a user runs them.
@Suite struct BuildCommandTests {
    @Test func buildsThenDoesNothing() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let runner = try CommandRunner()
        let first = try runner.run(["build"], in: workspace.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.hasPrefix("Build: built 26, reused 0 ("))
        #expect(first.stderr.hasSuffix("Open _build/index.html\n"))
        let second = try runner.run(["build"], in: workspace.root)
        #expect(second.status == 0)
        #expect(second.stderr.contains("built 0, reused 26") || second.stderr.hasPrefix("Nothing to do: 26 outputs up to date in _build/"))
    }

    @Test func exitsOneWhenSomethingFailedButBuildsTheRest() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace + "\n-- personas/bad.md --\n---\ntitle: Bad\ncv: cvs/nope.yaml\n---\n")
        let result = try CommandRunner().run(["build", "--json"], in: workspace.root)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["failed"] as? [String] == ["personas/bad.html", "personas/bad.md", "reports/gap/bad.html", "reports/gap/bad.json", "reports/gap/bad.md"])
        #expect((report["rendered"] as? [String])?.contains("personas/backend.html") == true)
    }

    @Test func aFolderWithoutSettingsIsLeftUntouched() throws {
        let folder = try TemporaryWorkspace()
        let result = try CommandRunner().run(["build", "--workspace", folder.root], in: folder.root)
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(folder.root) is not a PersonaForge workspace: it has no personaforge.yaml. Run 'personaforge init \(folder.root)' to create one.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root).isEmpty)
    }

    @Test func concurrentBuildsOfOneWorkspaceTakeTurns() async throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let runner = try CommandRunner()
        async let a = Task.detached { try runner.run(["build"], in: workspace.root) }.value
        async let b = Task.detached { try runner.run(["build"], in: workspace.root) }.value
        let results = try await [a, b]
        #expect(results.map(\.status) == [0, 0])
        let check = try runner.run(["build", "--dry-run"], in: workspace.root)
        #expect(check.stderr.contains("Nothing to do") || check.stderr.contains("would build 0"))
        #expect(workspace.read("_build/index.html")?.hasSuffix("</html>\n") == true)
    }

    @Test func initCreatesAWorkspaceThatChecksCleanAndBuilds() throws {
        let folder = try TemporaryWorkspace()
        let runner = try CommandRunner()
        let created = try runner.run(["init", "sample"], in: folder.root)
        #expect(created.status == 0, "\(created.stderr)")
        let check = try runner.run(["check", "-C", "sample"], in: folder.root)
        #expect(check.status == 0, "\(check.stderr)")
        let build = try runner.run(["build", "-C", "sample"], in: folder.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(folder.exists("sample/_build/index.html"))
    }

    @Test func initNeverWritesOverAnExistingFile() throws {
        let folder = try TemporaryWorkspace("-- personaforge.yaml --\nname: Mine\n")
        let result = try CommandRunner().run(["init", "."], in: folder.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("personaforge.yaml"))
        #expect(folder.read("personaforge.yaml") == "name: Mine\n")
        #expect(!folder.exists("personas"))
    }

    @Test func schemaPrintsAJSONSchemaPerKind() throws {
        let folder = try TemporaryWorkspace()
        let runner = try CommandRunner()
        let result = try runner.run(["schema", "cv"], in: folder.root)
        #expect(result.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys).isSuperset(of: ["basics", "work", "education", "skills", "projects"]))
        let all = try runner.run(["schema", "--out", "schemas"], in: folder.root)
        #expect(all.status == 0)
        #expect(folder.exists("schemas/persona.schema.json"))
        let wrong = try runner.run(["schema", "persna"], in: folder.root)
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("did you mean 'persona'?"))
    }
}
