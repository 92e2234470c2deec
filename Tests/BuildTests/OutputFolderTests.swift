@testable import Build
import Core
import Foundation
import Testing
import TestSupport

/// The staging folder a build writes a new output folder into, and how it is moved into place.
@Suite struct OutputFolderTests {
    @Test func theStagingFolderIsAHiddenSiblingOfTheOutputFolder() {
        #expect(OutputFolder.staging(for: "/work/site/_build") == "/work/site/._build.personaforge-partial")
        #expect(OutputFolder.staging(for: "/out") == "/.out.personaforge-partial")
    }

    @Test func aStagedFolderTakesTheOutputFoldersPlaceWhole() throws {
        let workspace = try TemporaryWorkspace()
        let folder = workspace.path("_build")
        let staging = try OutputFolder.makeStaging(for: folder)
        try FileSystem.create(Array("page".utf8), at: staging + "/personas/a.html")
        try OutputFolder.publish(staging, as: folder)
        #expect(workspace.read("_build/personas/a.html") == "page")
        #expect(workspace.exists("_build/.personaforge-output"))
        #expect(!workspace.exists("._build.personaforge-partial"))
    }

    /// Should something make the output folder while the build runs, the outputs move into it
    /// file by file: what was there stays, what the build made replaces its path.
    @Test func aFolderMadeMeanwhileReceivesTheOutputsOneByOne() throws {
        let workspace = try TemporaryWorkspace()
        let folder = workspace.path("_build")
        let staging = try OutputFolder.makeStaging(for: folder)
        try FileSystem.create(Array("new".utf8), at: staging + "/personas/a.html")
        try FileSystem.create(Array("index".utf8), at: staging + "/index.html")
        try workspace.write("_build/personas/a.html", "old")
        try workspace.write("_build/notes.txt", "someone's")
        try OutputFolder.publish(staging, as: folder)
        #expect(workspace.read("_build/personas/a.html") == "new")
        #expect(workspace.read("_build/index.html") == "index")
        #expect(workspace.read("_build/notes.txt") == "someone's")
        #expect(!workspace.exists("._build.personaforge-partial"))
    }
}
