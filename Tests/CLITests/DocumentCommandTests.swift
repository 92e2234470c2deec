import Foundation
import Testing
import TestSupport

/// PDFs in `build` and `export`, template previews, and a broken template style, as a user meets them.
@Suite struct DocumentCommandTests {
    static let pdfSettings = """
    -- personaforge.yaml --
    version: 1
    name: Test workspace
    owner: Jane Doe
    formats: [md, html, pdf]
    private: [basics.phone]
    """

    static let workspace = [pdfSettings, Fixtures.janeCV, Fixtures.backendPersona, Fixtures.audiencePersona].joined(separator: "\n")

    static func report(_ result: CommandRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
    }

    static func bytes(_ workspace: TemporaryWorkspace, _ path: String) -> [UInt8] {
        (try? Array(Data(contentsOf: URL(fileURLWithPath: workspace.path(path))))) ?? []
    }

    @Test func buildMakesPDFsAndPreviewsThenRedoesOnlyWhatChanged() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let runner = try CommandRunner()
        let first = try Self.report(try runner.run(["build", "--json"], in: workspace.root))
        let rendered = try #require(first["rendered"] as? [String])
        for path in ["personas/backend.pdf", "personas/acme/it-manager.pdf", "templates/classic.png", "templates/modern.png",
                     "templates/compact.png", "templates/audience.png", "templates/cover-letter.png"] {
            #expect(rendered.contains(path), "\(path) was not built")
        }
        #expect(Self.bytes(workspace, "_build/templates/cover-letter.png").starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(Self.bytes(workspace, "_build/personas/backend.pdf").starts(with: Array("%PDF-".utf8)))
        #expect(Self.bytes(workspace, "_build/templates/classic.png").starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // The HTML page offers the PDF.
        #expect(workspace.read("_build/personas/backend.html")?.contains("href=\"backend.pdf\"") == true)

        let second = try runner.run(["build", "--json"], in: workspace.root)
        #expect((try Self.report(second)["rendered"] as? [String]) == [])

        // One persona edited: its documents, not the other persona's PDF nor the previews.
        try workspace.append("personas/backend.md", "\nMore about queues.\n")
        let third = try #require(try Self.report(try runner.run(["build", "--json"], in: workspace.root))["rendered"] as? [String])
        #expect(third.contains("personas/backend.pdf"))
        #expect(!third.contains("personas/acme/it-manager.pdf"))
        #expect(!third.contains { $0.hasPrefix("templates/") })

        // A workspace's own style for classic: classic's PDFs and preview, nothing of the audience template.
        try workspace.write("templates/classic/template.yaml", "id: classic\nname: Classic\nkind: cv\nstyle:\n  accent: \"#7c2d12\"\n")
        let fourth = try #require(try Self.report(try runner.run(["build", "--json"], in: workspace.root))["rendered"] as? [String])
        #expect(fourth.contains("personas/backend.pdf") && fourth.contains("templates/classic.png"))
        #expect(!fourth.contains("personas/acme/it-manager.pdf") && !fourth.contains("templates/audience.png"))
    }

    /// With -j 3 a build typesets PDFs here and in two worker processes at once; the bytes are
    /// those of a build on one core, which typesets them all here.
    @Test func pdfsTypesetInWorkerProcessesAreTheSameBytes() throws {
        let personas = (0..<8).map { "-- personas/backend-\($0).md --\n---\ntitle: Backend \($0)\ncv: cvs/jane.yaml\n---\nPersona \($0).\n" }
        let workspace = try TemporaryWorkspace(([Self.workspace] + personas).joined(separator: "\n"))
        let runner = try CommandRunner()
        #expect(try runner.run(["build", "-j", "1"], in: workspace.root).status == 0)
        let one = workspace.tree("_build").filter { $0.key.hasSuffix(".pdf") }
        #expect(one.count >= 10)
        #expect(try runner.run(["build", "--clean", "-j", "3"], in: workspace.root).status == 0)
        #expect(workspace.tree("_build").filter { $0.key.hasSuffix(".pdf") } == one)
    }

    @Test func aCleanRebuildGivesTheSameBytes() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let runner = try CommandRunner()
        #expect(try runner.run(["build"], in: workspace.root).status == 0)
        let before = workspace.tree("_build")
        #expect(try runner.run(["build", "--clean"], in: workspace.root).status == 0)
        let after = workspace.tree("_build")
        #expect(before.keys.sorted() == after.keys.sorted())
        for (path, bytes) in before where path.hasSuffix(".pdf") || path.hasSuffix(".png") {
            #expect(after[path] == bytes, "\(path) differs between two builds")
        }
    }

    @Test func exportWritesAPDF() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let runner = try CommandRunner()
        try workspace.write("notes.txt", "a file, not a folder")
        let result = try runner.run(["export", "backend", "--format", "pdf", "--template", "modern", "--out", "notes.txt/jane.pdf"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("notes.txt/jane.pdf could not be written"), "\(result.stderr)")
        let written = try runner.run(["export", "backend", "--format", "pdf", "--out", "jane.pdf"], in: workspace.root)
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = Self.bytes(workspace, "jane.pdf")
        #expect(bytes.starts(with: Array("%PDF-".utf8)) && bytes.suffix(6).elementsEqual(Array("%%EOF\n".utf8)))
        // To a pipe, the same bytes.
        let piped = try runner.run(["export", "backend", "--format", "pdf"], in: workspace.root)
        #expect(Array(piped.stdout.utf8).prefix(5).elementsEqual(Array("%PDF-".utf8)))
    }

    @Test func aBrokenStyleIsALocatedErrorAndNothingIsWritten() throws {
        let workspace = try TemporaryWorkspace(Self.workspace + """

        -- templates/classic/template.yaml --
        id: classic
        name: Classic
        kind: cv
        style:
          paper: a4
          accent: blue
        """)
        let runner = try CommandRunner()
        let export = try runner.run(["export", "backend", "--format", "pdf", "--out", "jane.pdf"], in: workspace.root)
        #expect(export.status == 1)
        #expect(export.stderr.hasPrefix("templates/classic/template.yaml:6:11: error: style.accent in the template 'classic': 'blue' is not a colour."), "\(export.stderr)")
        #expect(!workspace.exists("jane.pdf"))
        // Markdown still exports with the broken style.
        #expect(try runner.run(["export", "backend"], in: workspace.root).status == 0)

        let build = try runner.run(["build", "--json"], in: workspace.root)
        #expect(build.status == 1)
        let report = try Self.report(build)
        #expect((report["failed"] as? [String])?.contains("personas/backend.pdf") == true)
        #expect((report["rendered"] as? [String])?.contains("personas/backend.html") == true)
        #expect(!workspace.exists("_build/personas/backend.pdf"))
        let check = try runner.run(["check"], in: workspace.root)
        #expect(check.status == 1)
        #expect(check.stderr.contains("templates/classic/template.yaml:6:11: error: style.accent"))
    }

    @Test func templatesShowTheirPreviews() throws {
        let workspace = try TemporaryWorkspace(Self.workspace)
        let runner = try CommandRunner()
        let before = try runner.run(["templates", "show", "modern"], in: workspace.root)
        #expect(before.stdout.contains("preview: _build/templates/modern.png (not built yet: run personaforge build)"))
        #expect(try runner.run(["build"], in: workspace.root).status == 0)
        let list = try runner.run(["templates", "--json"], in: workspace.root)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let modern = try #require(entries.first { $0["id"] as? String == "modern" })
        #expect(modern["preview"] as? String == "_build/templates/modern.png")
        #expect(modern["previewExists"] as? Bool == true)
        #expect((modern["formats"] as? [String]) == ["md", "html", "pdf", "docx"])
        #expect((modern["style"] as? [String: String])?["accent"] == "#0f766e")
        #expect(entries.first { $0["id"] as? String == "site" }?["preview"] == nil)
    }

    @Test func charactersNoFontHasAreAWarningNotASilentBox() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace.replacingOccurrences(of: "I like **queues**.", with: "I like **queues** \u{E000}."))
        let result = try CommandRunner().run(["export", "backend", "--format", "pdf", "--out", "jane.pdf"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("personas/backend.md:1:1: warning: No installed font has the characters"), "\(result.stderr)")
        #expect(workspace.exists("jane.pdf"))
    }

    /// The build typesets on worker processes too; what they notice must reach the user as well.
    @Test func aBuildWarnsOfCharactersNoFontHas() throws {
        let workspace = try TemporaryWorkspace(Self.workspace.replacingOccurrences(of: "I like **queues**.", with: "I like **queues** \u{E000}."))
        let runner = try CommandRunner()
        let result = try runner.run(["build"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.components(separatedBy: "\n").filter { $0.contains("warning: No installed font has the characters") }
        #expect(warnings.map { $0.components(separatedBy: ": warning:")[0] } == ["personas/backend.md:1:1"], "\(result.stderr)")
        #expect(workspace.exists("_build/personas/backend.pdf"))
        // Said when the PDF is made; a rebuild with nothing changed makes nothing and says nothing.
        let again = try runner.run(["build"], in: workspace.root)
        #expect(again.status == 0 && !again.stderr.contains("No installed font"), "\(again.stderr)")
    }

    @Test func docxDocumentsAreBuiltAndExportedAndReadBack() throws {
        let workspace = try TemporaryWorkspace(Self.workspace.replacingOccurrences(of: "formats: [md, html, pdf]", with: "formats: [md, html, docx]"))
        let runner = try CommandRunner()
        let rendered = try #require(try Self.report(try runner.run(["build", "--json"], in: workspace.root))["rendered"] as? [String])
        #expect(rendered.contains("personas/backend.docx") && rendered.contains("personas/acme/it-manager.docx"))
        #expect(!rendered.contains { $0.hasSuffix(".pdf") || $0.hasPrefix("templates/") }, "no PDFs asked for")
        #expect(Self.bytes(workspace, "_build/personas/backend.docx").starts(with: Array("PK".utf8)))
        #expect(workspace.read("_build/personas/backend.html")?.contains("href=\"backend.docx\"") == true)
        let again = try #require(try Self.report(try runner.run(["build", "--json"], in: workspace.root))["rendered"] as? [String])
        #expect(again.isEmpty)

        let export = try runner.run(["export", "backend", "--format", "docx", "--out", "back.docx"], in: workspace.root)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(Self.bytes(workspace, "back.docx") == Self.bytes(workspace, "_build/personas/backend.docx"), "one content path, the same bytes")
        let imported = try runner.run(["import", "back.docx", "--dry-run", "--json", "--name", "roundtrip"], in: workspace.root)
        #expect(imported.status == 0, "\(imported.stderr)")
        for text in [#"\"name\": \"Jane Doe\""#, "jane@example.com", "Cut settlement latency by 40%.", "Built the ledger."] {
            #expect(imported.stdout.contains(text), "\(text) did not come back")
        }
    }

    /// What an applicant-tracking system needs: PersonaForge reads its own PDFs back into a CV,
    /// the two-column ones included.
    @Test(arguments: ["classic", "modern", "compact"])
    func itsOwnPDFsImportBack(template: String) throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let runner = try CommandRunner()
        #expect(try runner.run(["export", "backend", "--format", "pdf", "--template", template, "--out", "back.pdf"], in: workspace.root).status == 0)
        let result = try runner.run(["import", "back.pdf", "--dry-run", "--json", "--name", "roundtrip"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#"\"name\": \"Jane Doe\""#))
        #expect(result.stdout.contains("jane@example.com"))
        #expect(result.stdout.contains("Cut settlement latency by 40%."))
        #expect(result.stdout.contains("Built the ledger."))
        #expect(result.stdout.contains("Acme Pay") && result.stdout.contains("Globex"))
    }
}
