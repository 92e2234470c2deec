import Core
import Testing
import TestSupport
import YAMLSupport
@testable import Workspace

/// How a professional persona inherits, filters and overrides its CV.
@Suite struct PersonaResolutionTests {
    func resolve(_ persona: String, settings: String = Fixtures.settings) async throws -> (ResolvedPersona, [Diagnostic]) {
        let temporary = try TemporaryWorkspace([settings, Fixtures.janeCV, persona].joined(separator: "\n"))
        let workspace = try await WorkspaceLoader.load(root: temporary.root)
        let path = TemporaryWorkspace.parse(persona)[0].0
        return (workspace.resolved[path]!, workspace.diagnostics)
    }

    func names(_ node: YAMLNode, _ section: String) -> [String] {
        node[section]?.sequence?.compactMap { $0["name"]?.scalarText } ?? []
    }

    @Test func tagsSelectEntriesAndHighlights() async throws {
        let (resolved, diagnostics) = try await resolve("""
        -- personas/m.md --
        ---
        title: Manager
        cv: cvs/jane.yaml
        tags: [management]
        ---
        """)
        #expect(diagnostics.isEmpty)
        #expect(names(resolved.cv, "work") == ["Acme Pay"])
        #expect(resolved.cv["work"]?.sequence?[0]["highlights"]?.strings.map(\.value) == ["Cut settlement latency by 40%.", "Hired four engineers."])
    }

    @Test func withoutTagsEverythingIsKept() async throws {
        let (resolved, _) = try await resolve("""
        -- personas/all.md --
        ---
        title: All
        cv: cvs/jane.yaml
        ---
        """)
        #expect(names(resolved.cv, "work") == ["Acme Pay", "Globex"])
        #expect(resolved.cv["work"]?.sequence?[0]["highlights"]?.strings.count == 3)
    }

    @Test func includeAndExcludeFilterByName() async throws {
        let (resolved, diagnostics) = try await resolve("""
        -- personas/p.md --
        ---
        title: P
        cv: cvs/jane.yaml
        skills: {include: [go, PostgreSQL]}
        work: {exclude: [Globex]}
        ---
        """)
        #expect(diagnostics.isEmpty)
        #expect(names(resolved.cv, "skills") == ["Go", "PostgreSQL"])
        #expect(names(resolved.cv, "work") == ["Acme Pay"])
    }

    @Test func unknownIncludeNameIsAnErrorWithSuggestion() async throws {
        let (_, diagnostics) = try await resolve("""
        -- personas/p.md --
        ---
        title: P
        cv: cvs/jane.yaml
        skills: {include: [Golang, Postgres]}
        ---
        """)
        #expect(diagnostics.map(\.message) == [
            "'skills.include' names 'Golang', but there is no such skills entry in cvs/jane.yaml.",
            "'skills.include' names 'Postgres', but there is no such skills entry in cvs/jane.yaml; did you mean 'PostgreSQL'?",
        ])
        #expect(diagnostics[0].location == SourceLocation(file: "personas/p.md", line: 4, column: 20))
        #expect(diagnostics[0].hint == "The skills entries are: Go, PostgreSQL, PHP.")
    }

    @Test func listedEntriesOverrideByNameAndAddNewOnes() async throws {
        let (resolved, diagnostics) = try await resolve("""
        -- personas/p.md --
        ---
        title: P
        cv: cvs/jane.yaml
        work:
          - name: acme pay
            position: Staff Engineer
          - name: Freelance
            position: Consultant
        ---
        """)
        #expect(diagnostics.isEmpty)
        let work = resolved.cv["work"]!.sequence!
        #expect(work.map { $0["position"]?.scalarText } == ["Staff Engineer", "Engineer", "Consultant"])
        #expect(work[0]["startDate"]?.scalarText == "2019-09")
    }

    @Test func basicsAndSummaryOverrideTheCV() async throws {
        let (resolved, _) = try await resolve("""
        -- personas/p.md --
        ---
        title: P
        cv: cvs/jane.yaml
        summary: Payments person.
        basics: {label: Payments Engineer}
        ---
        """)
        let basics = resolved.cv["basics"]!
        #expect(basics["summary"]?.scalarText == "Payments person.")
        #expect(basics["label"]?.scalarText == "Payments Engineer")
        #expect(basics["name"]?.scalarText == "Jane Doe")
    }

    @Test func privateFieldsStayForAnalysisButNotForPublishing() async throws {
        let (resolved, _) = try await resolve("""
        -- personas/p.md --
        ---
        title: P
        cv: cvs/jane.yaml
        private: [basics.email]
        ---
        """)
        #expect(resolved.privatePaths == ["basics.phone", "basics.email"])
        #expect(resolved.cv["basics"]?["phone"] != nil)
        #expect(resolved.publicCV["basics"]?["phone"] == nil)
        #expect(resolved.publicCV["basics"]?["email"] == nil)
        #expect(resolved.publicCV["basics"]?["name"]?.scalarText == "Jane Doe")
    }

    /// `publicBasics` is a shortcut the pages' titles and cards take: it must hide exactly what `publicCV` hides.
    @Test func publicBasicsHideWhatThePublicCVHides() async throws {
        let (resolved, _) = try await resolve("""
        -- personas/p.md --
        ---
        title: P
        cv: cvs/jane.yaml
        private: [basics.email, work, basics.location.city]
        ---
        """)
        #expect(resolved.publicBasics?["email"] == nil && resolved.publicBasics?["phone"] == nil)
        #expect(resolved.publicBasics?["name"]?.scalarText == "Jane Doe")
        #expect(resolved.publicBasics.map { YAMLEmitter.emit($0) } == resolved.publicCV["basics"].map { YAMLEmitter.emit($0) })
        var whole = resolved
        whole.privatePaths.append("basics")
        #expect(whole.publicBasics == nil)
        #expect(whole.publicCV["basics"] == nil)
    }

    @Test func sectionsDefaultToTheStandardOrder() async throws {
        let (resolved, _) = try await resolve("""
        -- personas/p.md --
        ---
        title: P
        cv: cvs/jane.yaml
        ---
        """)
        #expect(resolved.sections == ResolvedPersona.defaultSections)
    }
}
