import Foundation
import Testing
import TestSupport
@testable import Workspace

/// What the scan takes for the workspace's files when the folders hold more than files.
@Suite struct WorkspaceScannerTests {
    /// A FIFO would make the load wait for a writer for ever, and a link back up the tree would
    /// list the same files again at every level, until the path grew too long.
    @Test func fifosAreSkippedAndALinkBackUpTheTreeIsFollowedOnce() async throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let personas = workspace.root + "/personas"
        #expect(mkfifo(personas + "/pipe.md", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: personas + "/loop", withDestinationPath: "../personas")
        try FileManager.default.createDirectory(atPath: workspace.root + "/elsewhere", withIntermediateDirectories: true)
        try "---\ntitle: Linked\ncv: cvs/jane.yaml\n---\n".write(toFile: workspace.root + "/elsewhere/linked.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: personas + "/shared", withDestinationPath: "../elsewhere")

        let paths = WorkspaceScanner.scan(root: workspace.root).map(\.path)
        let personaPaths = paths.filter { $0.hasPrefix("personas/") }
        #expect(!personaPaths.contains { $0.contains("pipe") })
        #expect(!personaPaths.contains { $0.hasPrefix("personas/loop/") })
        // A linked folder elsewhere is read, as any folder is.
        #expect(personaPaths.contains("personas/shared/linked.md"))
        #expect(Set(personaPaths).count == personaPaths.count)

        // The whole load finishes and reads every persona once.
        let loaded = try await WorkspaceLoader.load(root: workspace.root)
        #expect(loaded.personas.map(\.path).sorted() == personaPaths.filter { $0.hasSuffix(".md") }.sorted())
    }

    @Test func settingsThatAreNotAFileAreAnError() async throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        try FileManager.default.removeItem(atPath: workspace.root + "/personaforge.yaml")
        #expect(mkfifo(workspace.root + "/personaforge.yaml", 0o644) == 0)
        let loaded = try await WorkspaceLoader.load(root: workspace.root)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.map(\.code) == ["not-a-file"])
        #expect(loaded.diagnostics.first?.location?.file == "personaforge.yaml")
    }

    /// A name that is not UTF-8 (Latin-1 `café.md` from an old archive) is reported, not dropped.
    @Test func aFileNameThatIsNotUTF8IsAnErrorAtThatFile() async throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let path = Array((workspace.root + "/personas/caf").utf8CString.dropLast()) + [CChar(bitPattern: 0xE9)] + Array(".md".utf8CString)
        let descriptor = path.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        let loaded = try await WorkspaceLoader.load(root: workspace.root)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["The name of personas/caf\u{FFFD}.md is not UTF-8 text, so it cannot be read."])
        #expect(errors.first?.location?.file == "personas/caf\u{FFFD}.md")
    }
}
