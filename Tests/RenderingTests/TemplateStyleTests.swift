import Core
import Rendering
import Testing
import TestSupport
import Workspace

/// A template's `style:` in template.yaml: flattened for the PDF and DOCX writers, and checked
/// before anything renders, each problem at its place in the file.
@Suite struct TemplateStyleTests {
    static func workspace(style: String) -> String {
        Fixtures.workspace + """

        -- templates/mine/template.yaml --
        id: mine
        name: Mine
        kind: cv
        style:
        \(style)
        -- templates/mine/document.md.mustache --
        # {{basics.name}}
        """
    }

    @Test func flattensNestedMapsAndLists() async throws {
        let (_, workspace) = try await DocumentHarness.load(Self.workspace(style: """
          paper: letter
          margin: {top: 20mm, bottom: 15mm}
          margins: [18mm, 12mm]
          accent: "#0f766e"
        """))
        let (library, problems) = TemplateLibrary.load(workspace)
        #expect(problems.isEmpty, "\(problems)")
        let style = try #require(library["mine"]?.style)
        #expect(style.settings == ["paper": "letter", "margin_top": "20mm", "margin_bottom": "15mm", "margins": "18mm 12mm", "accent": "#0f766e"])
        #expect(style.entries.map(\.key) == ["paper", "margin_top", "margin_bottom", "margins", "accent"])
    }

    @Test func reportsABadValueAtItsPlaceInTemplateYAML() async throws {
        let (_, workspace) = try await DocumentHarness.load(Self.workspace(style: """
          paper: a4
          accent: "#12345"
          size: 100
        """))
        let (library, problems) = TemplateLibrary.load(workspace)
        #expect(problems.map(\.description) == [
            "templates/mine/template.yaml:6:11: error: style.accent in the template 'mine': '#12345' is not a colour.",
            "templates/mine/template.yaml:7:9: error: style.size in the template 'mine': '100' is not a number from 5 to 30.",
        ])
        #expect(problems.first?.hint == "Write it as #rgb or #rrggbb, for example #1f5f8b.")
        // The template still renders Markdown and HTML; only its PDF is refused.
        #expect(library["mine"] != nil)
    }

    @Test func namesTheClosestKeyForATypo() async throws {
        let (_, workspace) = try await DocumentHarness.load(Self.workspace(style: """
          acent: "#0f766e"
        """))
        let problems = TemplateLibrary.load(workspace).1
        #expect(problems.count == 1)
        #expect(problems.first?.location == SourceLocation(file: "templates/mine/template.yaml", line: 5, column: 3))
        #expect(problems.first?.message == "style.acent in the template 'mine': 'acent' is not a PDF style key.")
        #expect(problems.first?.hint == "Did you mean 'accent'?")
    }

    @Test func refusesAStyleThatIsNotAMap() async throws {
        let (_, workspace) = try await DocumentHarness.load(Self.workspace(style: "  [a4]"))
        let problems = TemplateLibrary.load(workspace).1
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.description == "templates/mine/template.yaml:5:3: error: 'style' should be a mapping of names to values, not a list.")
    }

    @Test func checkReportsABrokenStyleWithoutBuilding() async throws {
        let folder = try TemporaryWorkspace(Self.workspace(style: "  paper: a3"))
        let diagnostics = try await WorkspaceCheck.run(root: folder.root)
        #expect(diagnostics.contains { $0.description == "templates/mine/template.yaml:5:10: error: style.paper in the template 'mine': 'a3' is not one of a4, letter." })
    }

    @Test func everyShippedTemplateHasAGoodStyle() {
        let (library, problems) = TemplateLibrary.load(nil)
        #expect(problems.isEmpty, "\(problems)")
        for id in ["classic", "modern", "compact", "audience"] {
            let template = library[id]
            #expect(template?.renders("pdf") == true, "\(id)")
            #expect(template?.style.settings["accent"] != nil, "\(id) sets its accent colour")
        }
    }
}
