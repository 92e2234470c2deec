import Core
import Foundation
import Testing
import TestSupport

/// `personaforge import` as a user runs it.
@Suite struct ImportCommandTests {
    static func workspace() throws -> TemporaryWorkspace {
        let workspace = try TemporaryWorkspace(Fixtures.settings)
        try workspace.writeBytes("downloads/cv.pdf", Corpus.bytes("reportlab-classic-jane.pdf"))
        return workspace
    }

    @Test func writesTheYAMLAndKeepsTheOriginalBesideIt() throws {
        let workspace = try Self.workspace()
        let result = try CommandRunner().run(["import", "downloads/cv.pdf"], in: workspace.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
        Imported downloads/cv.pdf -> cvs/jane-doe.yaml (PDF, 1 page, confidence 1.00)
          basics: name, label, email, phone, url, summary, location, 2 profiles
          found: work 3, education 2, certificates 1, skills 3, languages 3
          kept the original as cvs/jane-doe.pdf

        """)
        #expect(workspace.read("cvs/jane-doe.yaml") == Corpus.importCase("reportlab-classic-jane.pdf").yaml.replacingOccurrences(
            of: "reportlab-classic-jane.pdf", with: "cv.pdf"))
        #expect(FileSystem.read(workspace.path("cvs/jane-doe.pdf")) == Corpus.bytes("reportlab-classic-jane.pdf"))
        // The workspace still checks clean with the imported CV and the PDF beside it.
        let check = try CommandRunner().run(["check"], in: workspace.root)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func neverOverwritesWithoutForce() throws {
        let workspace = try Self.workspace()
        try workspace.write("cvs/jane-doe.yaml", "basics: {name: Mine}\n")
        let refused = try CommandRunner().run(["import", "downloads/cv.pdf"], in: workspace.root)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(refused.stderr == """
        downloads/cv.pdf:1:1: error: cvs/jane-doe.yaml already exists; nothing was written for downloads/cv.pdf.
        hint: Pass --force to replace it, or --name NAME to import under another name.
        Imported 0 CVs; 1 failed.

        """)
        #expect(workspace.read("cvs/jane-doe.yaml") == "basics: {name: Mine}\n")
        #expect(!workspace.exists("cvs/jane-doe.pdf"))

        let forced = try CommandRunner().run(["import", "--force", "downloads/cv.pdf"], in: workspace.root)
        #expect(forced.status == 0)
        #expect(workspace.read("cvs/jane-doe.yaml")?.contains("name: Jane Doe") == true)
    }

    @Test func importsTheOthersWhenOneFailsAndExitsOne() throws {
        let workspace = try Self.workspace()
        try workspace.writeBytes("downloads/locked.pdf", Corpus.bytes("bad/encrypted.pdf"))
        let single = try CommandRunner().run(["import", "downloads/locked.pdf", "downloads/cv.pdf"], in: workspace.root)
        #expect(single.status == 1)
        #expect(workspace.exists("cvs/jane-doe.yaml"))
        #expect(single.stderr.hasPrefix("downloads/locked.pdf:1:1: error: downloads/locked.pdf is encrypted: it needs a password to open."))
        #expect(single.stderr.hasSuffix("Imported 1 CV; 1 failed.\n"))
    }

    @Test func jsonReportsEveryFileForTools() throws {
        let workspace = try Self.workspace()
        try workspace.writeBytes("export.zip", Corpus.bytes("linkedin-export-lukas.zip"))
        let result = try CommandRunner().run(["import", "--json", "export.zip", "downloads/cv.pdf"], in: workspace.root)
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["imported"] as? Int == 2)
        #expect(report["failed"] as? Int == 0)
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.map { $0["output"] as? String } == ["cvs/lukas-becker.yaml", "cvs/jane-doe.yaml"])
        #expect(files.map { $0["format"] as? String } == ["linkedin", "pdf"])
        #expect(files[0]["original"] as? String == "cvs/lukas-becker.zip")
        let sections = try #require(files[0]["sections"] as? [[String: Any]])
        #expect(sections.first?["name"] as? String == "basics")
        #expect((files[0]["notes"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func aLinkedInFolderAndAJSONResumeAreNotCopied() throws {
        let workspace = try TemporaryWorkspace(Fixtures.settings)
        for file in FileSystem.list(Corpus.path("linkedin-export-sofia")) ?? [] {
            try workspace.writeBytes("export/\(file)", Corpus.bytes("linkedin-export-sofia/\(file)"))
        }
        try workspace.writeBytes("resume.json", Corpus.bytes("jsonresume-jane.json"))
        let result = try CommandRunner().run(["import", "export", "resume.json"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(workspace.tree("cvs").keys) == ["sofia-garcia.yaml", "jane-doe.yaml"])
    }

    @Test func dryRunWritesNothing() throws {
        let workspace = try Self.workspace()
        let result = try CommandRunner().run(["import", "--dry-run", "downloads/cv.pdf"], in: workspace.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Would import downloads/cv.pdf -> cvs/jane-doe.yaml"))
        #expect(!workspace.exists("cvs"))
    }

    @Test func outsideAWorkspaceItSaysSo() throws {
        let folder = try TemporaryWorkspace()
        try folder.writeBytes("cv.pdf", Corpus.bytes("reportlab-classic-jane.pdf"))
        let result = try CommandRunner().run(["import", "cv.pdf"], in: folder.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a PersonaForge workspace"))
    }
}
