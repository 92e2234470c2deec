import Core
import Testing
import TestSupport
@testable import Workspace

/// `check`'s findings, compared as whole diagnostics: file, line, column, code and sentence.
@Suite struct WorkspaceDiagnosticsTests {
    func load(_ archive: String) async throws -> Workspace {
        let temporary = try TemporaryWorkspace(Fixtures.settings + "\n" + archive)
        return try await WorkspaceLoader.load(root: temporary.root)
    }

    func errors(_ archive: String) async throws -> [Diagnostic] {
        try await load(archive).diagnostics.filter { $0.severity == .error }
    }

    @Test func rejectsUnknownFrontMatterKeyWithSuggestion() async throws {
        let found = try await errors("""
        -- personas/ada.md --
        ---
        title: Ada
        tgas: [x]
        ---
        """)
        #expect(found == [Diagnostic(.error, at: SourceLocation(file: "personas/ada.md", line: 3, column: 1), code: "unknown-key",
                                     "unknown key 'tgas' in the persona front matter; did you mean 'tags'?")])
    }

    @Test func listsKnownKeysWhenNothingIsClose() async throws {
        let found = try await errors("""
        -- teams/t.yaml --
        name: T
        members: []
        zebra: 1
        """)
        #expect(found.count == 1)
        #expect(found[0].location == SourceLocation(file: "teams/t.yaml", line: 3, column: 1))
        #expect(found[0].message == "unknown key 'zebra' in the team.")
        #expect(found[0].hint == "Known keys: name, description, members, required_skills.")
    }

    @Test func reportsEachRepeatedKeyAtItsSecondPlace() async throws {
        let found = try await errors("""
        -- cvs/dup.yaml --
        basics:
          name: A
          name: B
          label: x
          label: y
        """)
        #expect(found == [
            Diagnostic(.error, at: SourceLocation(file: "cvs/dup.yaml", line: 3, column: 3), code: "duplicate-key",
                       "The key 'name' appears twice; the first is at line 2.", hint: "Keep one of them: YAML keeps only the last, silently."),
            Diagnostic(.error, at: SourceLocation(file: "cvs/dup.yaml", line: 5, column: 3), code: "duplicate-key",
                       "The key 'label' appears twice; the first is at line 4.", hint: "Keep one of them: YAML keeps only the last, silently."),
        ])
    }

    @Test func reportsYAMLSyntaxErrorAtItsLineAndColumn() async throws {
        let found = try await errors("""
        -- cvs/bad.yaml --
        basics:
          name: Jane
            label: Oops
        """)
        #expect(found.count == 1)
        #expect(found[0].code == "yaml-syntax")
        #expect(found[0].location == SourceLocation(file: "cvs/bad.yaml", line: 3, column: 10))
        #expect(found[0].message == "YAML syntax error: mapping values are not allowed in this context.")
    }

    @Test func frontMatterLinesAreFileLines() async throws {
        let found = try await errors("""
        -- personas/ada.md --
        ---
        title: Ada
        tags: {a: 1}
        ---
        """)
        #expect(found == [Diagnostic(.error, at: SourceLocation(file: "personas/ada.md", line: 3, column: 7), code: "wrong-type",
                                     "'tags' should be a list of text, not a mapping.")])
    }

    @Test func rejectsDatesThatAreNotJSONResumeDates() async throws {
        let found = try await errors("""
        -- cvs/jane.yaml --
        work:
          - name: Acme
            startDate: "2019-13"
            endDate: "Sept 2020"
          - name: Globex
            startDate: 2015
            endDate: present
        """)
        #expect(found.map(\.location) == [SourceLocation(file: "cvs/jane.yaml", line: 3, column: 16),
                                          SourceLocation(file: "cvs/jane.yaml", line: 4, column: 14)])
        #expect(found[0].message == "'work[0].startDate' is '2019-13', which is not a date.")
        #expect(found.allSatisfy { $0.code == "bad-date" })
    }

    @Test func reportsMissingReferencedFilesWithSuggestions() async throws {
        let found = try await errors("""
        -- cvs/jane.yaml --
        basics: {name: Jane}
        -- personas/ada.md --
        ---
        title: Ada
        cv: cvs/jnae.yaml
        jobs: [jobs/nope.md]
        ---
        -- jobs/j.md --
        ---
        title: J
        persona: personas/ad.md
        ---
        -- teams/t.yaml --
        name: T
        members: [personas/ghost.md]
        """)
        #expect(found == [
            Diagnostic(.error, at: SourceLocation(file: "jobs/j.md", line: 3, column: 10), code: "missing-reference",
                       "The persona 'personas/ad.md' does not exist; did you mean 'personas/ada.md'?"),
            Diagnostic(.error, at: SourceLocation(file: "personas/ada.md", line: 3, column: 5), code: "missing-reference",
                       "The CV 'cvs/jnae.yaml' does not exist; did you mean 'cvs/jane.yaml'?"),
            Diagnostic(.error, at: SourceLocation(file: "personas/ada.md", line: 4, column: 8), code: "missing-reference",
                       "The job 'jobs/nope.md' does not exist.", hint: "Paths are relative to the workspace folder, for example jobs/name.md."),
            Diagnostic(.error, at: SourceLocation(file: "teams/t.yaml", line: 2, column: 11), code: "missing-reference",
                       "The member persona 'personas/ghost.md' does not exist.",
                       hint: "Paths are relative to the workspace folder, for example personas/name.md."),
        ])
    }

    @Test func refusesReferencesThatLeaveTheWorkspace() async throws {
        let found = try await errors("""
        -- personas/ada.md --
        ---
        title: Ada
        cv: ../../etc/passwd.yaml
        ---
        """)
        #expect(found == [Diagnostic(.error, at: SourceLocation(file: "personas/ada.md", line: 3, column: 5), code: "path-outside-workspace",
                                     "'cv' points at '../../etc/passwd.yaml', outside the workspace.",
                                     hint: "Refer to a CV by its path inside the workspace, for example cvs/jane-doe.yaml.")])
    }

    @Test func rejectsTwoCVsWithOneID() async throws {
        let found = try await errors("""
        -- cvs/jane.yaml --
        basics: {name: Jane}
        -- cvs/jane.json --
        {"basics": {"name": "Jane"}}
        """)
        #expect(found == [Diagnostic(.error, at: SourceLocation(file: "cvs/jane.yaml"), code: "duplicate-id",
                                     "cvs/jane.yaml and cvs/jane.json are both the CV 'jane'.",
                                     hint: "Keep one of them, or rename one; CVs are known by their file name without the extension.")])
    }

    @Test func reportsEmptyAndNonUTF8Files() async throws {
        let temporary = try TemporaryWorkspace(Fixtures.settings)
        try temporary.write("personas/empty.md", "  \n")
        try temporary.writeBytes("jobs/latin1.md", Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8))
        let found = try await WorkspaceLoader.load(root: temporary.root).diagnostics
        #expect(found.map(\.code) == ["not-utf8", "empty-file"])
        #expect(found[0].location == SourceLocation(file: "jobs/latin1.md", line: 2, column: 11))
        #expect(found[1].location == SourceLocation(file: "personas/empty.md"))
    }

    @Test func refusesAliasBombs() async throws {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            let previous = level == 1 ? "a" : "l\(level - 1)"
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        let found = try await errors("-- knowledge/bomb.yaml --\n" + lines.joined(separator: "\n"))
        #expect(found.map(\.code) == ["yaml-alias-bomb"])
        #expect(found[0].location?.file == "knowledge/bomb.yaml")
    }

    @Test func reportsEveryProblemInOnePass() async throws {
        let found = try await errors("""
        -- personas/a.md --
        ---
        title: A
        kind: profesional
        ---
        -- jobs/j.md --
        ---
        title: J
        status: aplied
        ---
        -- briefs/b.yaml --
        project: p
        count: 0
        """)
        #expect(found.map(\.code) == ["missing-key", "out-of-range", "bad-choice", "bad-choice"])
        #expect(found[2].message == "'status' is 'aplied', which is not one of saved, applied, interview, offer, rejected, withdrawn; did you mean 'applied'?")
        #expect(found[3].message == "'kind' is 'profesional', which is not one of professional, audience; did you mean 'professional'?")
    }

    @Test func refusesSettingsFromANewerFormat() async throws {
        let temporary = try TemporaryWorkspace("-- personaforge.yaml --\nversion: 2\nname: Future\n")
        let found = try await WorkspaceLoader.load(root: temporary.root).diagnostics
        #expect(found == [Diagnostic(.error, at: SourceLocation(file: "personaforge.yaml", line: 1, column: 10), code: "newer-version",
                                     "This workspace is in settings format 2; this PersonaForge reads format 1.",
                                     hint: "Update PersonaForge to build this workspace.")])
    }

    @Test func warnsAboutFilesItDoesNotRead() async throws {
        let workspace = try await load("""
        -- personas/notes.txt --
        hello
        """)
        #expect(workspace.diagnostics == [Diagnostic(.warning, at: SourceLocation(file: "personas/notes.txt"), code: "ignored-file",
                                                     "personas/notes.txt is not read: personas are .md files.", hint: "Rename or move it, or delete it.")])
    }

    @Test func readsJSONResumeFiles() async throws {
        let workspace = try await load("""
        -- cvs/sam.json --
        {
        \t"basics": {"name": "Sam \\u00e9", "url": "https:\\/\\/example.com"},
        \t"work": [{"name": "Initech", "startDate": "2020-01", "highlights": ["Shipped it."]}]
        }
        """)
        #expect(workspace.diagnostics.isEmpty)
        #expect(workspace.cvs["cvs/sam.json"]?.name == "Sam é")
        #expect(workspace.cvs["cvs/sam.json"]?.root["basics"]?["url"]?.scalarText == "https://example.com")
    }

    @Test func theFixtureWorkspaceIsClean() async throws {
        let temporary = try TemporaryWorkspace(Fixtures.workspace)
        let workspace = try await WorkspaceLoader.load(root: temporary.root)
        #expect(workspace.diagnostics == [])
        #expect(workspace.personas.map(\.path) == ["personas/acme/it-manager.md", "personas/backend.md"])
    }
}
