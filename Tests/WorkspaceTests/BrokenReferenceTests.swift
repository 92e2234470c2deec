import Core
import Testing
import TestSupport
@testable import Workspace

/// A reference to a file that exists but has errors says so, with where the first one is,
/// rather than that the file does not exist.
@Suite struct BrokenReferenceTests {
    static let archive = Fixtures.workspace.replacingOccurrences(of: "persona: personas/backend.md", with: "persona: personas/broken.md") + "\n" + """
    -- personas/broken.md --
    ---
    title: [unclosed
    cv: cvs/jane.yaml
    ---
    """

    @Test func aJobNamingAPersonaWithAYAMLErrorSaysThePersonaHasErrors() async throws {
        let temporary = try TemporaryWorkspace(Self.archive)
        let workspace = try await WorkspaceLoader.load(root: temporary.root)
        let own = try #require(workspace.diagnostics.first { $0.severity == .error && $0.location?.file == "personas/broken.md" })
        let reference = try #require(workspace.diagnostics.first { $0.location?.file == "jobs/acme.md" })
        #expect(reference.severity == .error)
        #expect(reference.code == "reference-has-errors")
        #expect(reference.location == SourceLocation(file: "jobs/acme.md", line: 5, column: 10))
        #expect(reference.message == "The persona 'personas/broken.md' has errors (the first at \(own.location!): \(own.message)), so it cannot be used here.")
        #expect(!workspace.diagnostics.contains { $0.message.contains("does not exist") })
    }

    @Test func theLetterCommandSaysSoToo() throws {
        let temporary = try TemporaryWorkspace(Self.archive)
        let result = try CommandRunner().run(["letter", "acme"], in: temporary.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: The persona personas/broken.md has errors (the first at personas/broken.md:"), "\(result.stderr)")
        #expect(result.stderr.hasPrefix("jobs/acme.md:5:"))
        #expect(!result.stderr.contains("There is no persona"))
    }
}
