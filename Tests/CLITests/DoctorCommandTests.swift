import Foundation
import Testing
import TestSupport

/// `personaforge doctor`: each line ok, warning or error, exit 1 on errors, against real
/// libraries, fonts, folders and a real model server on 127.0.0.1.
@Suite struct DoctorCommandTests {
    func checks(_ result: CommandRunner.Result) throws -> [String: [String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        let checks = try #require(report["checks"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: checks.map { ($0["id"] as! String, $0) })
    }

    @Test func aHealthyWorkspaceIsAllOk() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        _ = try CommandRunner().run(["build"], in: workspace.root)
        let result = try CommandRunner().run(["doctor", "--json"], in: workspace.root)
        #expect(result.status == 0, "\(result.stdout)")
        let found = try checks(result)
        for library in ["cmark-gfm", "libyaml", "poppler", "pango", "cairo"] {
            let detail = try #require(found["library.\(library)"]?["detail"] as? String)
            // A real version number, asked of the library itself.
            #expect(detail.range(of: #"^\S+ \d+\.\d+"#, options: .regularExpression) != nil, "\(detail)")
        }
        #expect(found["font.DejaVu Sans"]?["status"] as? String == "ok")
        #expect(found["workspace"]?["status"] as? String == "ok")
        #expect(found["output"]?["status"] as? String == "ok")
        #expect(found["llm"]?["status"] as? String == "ok")
        #expect((found["cache"]?["detail"] as? String)?.contains("the last build reused 0 of") == true)
    }

    @Test func problemsAreErrorsWithWhatToDoAndExitOne() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace.replacingOccurrences(of: "name: Test workspace", with: "name: Test workspace\noutput: built")
            + "\n-- personas/bad.md --\n---\ntitel: Bad\n---\n")
        try workspace.write("built", "a file where the output folder should be\n")
        let result = try CommandRunner().run(["doctor"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error    the output folder built is a file, not a folder\n         → Move the file away"))
        #expect(result.stdout.contains("error    check finds 2 errors in 1 file"))
        #expect(result.stdout.hasSuffix("2 errors.\n"))
    }

    @Test func anUnavailableFontIsNamedWithWhatPangoUsesInstead() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace + "\n" + """
        -- templates/fancy/template.yaml --
        id: fancy
        name: Fancy
        kind: cv
        formats: [md, html, pdf]
        style: {font: No Such Font Family}
        -- templates/fancy/document.md.mustache --
        # {{persona.title}}
        """)
        let found = try checks(try CommandRunner().run(["doctor", "--json"], in: workspace.root))
        let font = try #require(found["font.No Such Font Family"])
        #expect(font["status"] as? String == "warning")
        #expect((font["detail"] as? String)?.contains("is not installed (used by fancy); Pango substitutes") == true)
    }

    @Test func theModelServerIsReachedAndItsModelListed() throws {
        let server = try ModelServerProcess()
        let runner = try CommandRunner()
        func doctor(model: String, baseURL: String) throws -> [String: Any] {
            let workspace = try TemporaryWorkspace(Fixtures.workspace.replacingOccurrences(
                of: "name: Test workspace", with: "name: Test workspace\nllm:\n  provider: openai-compatible\n  base_url: \(baseURL)\n  model: \(model)"))
            let result = try runner.run(["doctor", "--json", "--timeout", "3"], in: workspace.root)
            return try #require(try checks(result)["llm"])
        }
        let listed = try doctor(model: "test-model", baseURL: server.baseURL)
        #expect(listed["status"] as? String == "ok")
        #expect(listed["detail"] as? String == "\(server.baseURL) answers and lists test-model (1 models)")
        let missing = try doctor(model: "llama9", baseURL: server.baseURL)
        #expect(missing["status"] as? String == "error")
        #expect(missing["fix"] as? String == "Set llm.model to one it lists: test-model.")
        withExtendedLifetime(server) {}
        let closed = try doctor(model: "test-model", baseURL: "http://127.0.0.1:9/v1")
        #expect(closed["status"] as? String == "error")
        #expect((closed["detail"] as? String)?.hasPrefix("http://127.0.0.1:9/v1 cannot be reached") == true)
    }
}
