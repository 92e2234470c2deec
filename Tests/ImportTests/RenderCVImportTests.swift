import Core
@testable import Import
import Testing

/// RenderCV YAML: `cv:` and its typed section entries, so RenderCV users can move over.
@Suite struct RenderCVImportTests {
    @Test func importsEveryEntryType() {
        let result = Corpus.importCase("rendercv-amelia.yaml")
        #expect(result.format == .renderCV)
        #expect(result.diagnostics == [])
        #expect(Corpus.differences("rendercv-amelia.yaml", result) == [])
        // "technologies" is a skills heading; the education highlights became a score and courses.
        #expect(result.notes == [])
    }

    @Test func placesASectionWithAnUnknownTitleByItsEntries() {
        let yaml = """
        cv:
          name: Kim Lee
          sections:
            where_i_worked:
              - company: Acme
                position: Engineer
                start_date: 2020-01
                end_date: present
            hobbies_and_more:
              - label: Chess
                details: club player
        """
        let result = CVImporter.importCV(bytes: Array(yaml.utf8), fileName: "cv.yaml")
        #expect(result.yaml.hasSuffix("""
        work:
          - name: Acme
            position: Engineer
            startDate: "2020-01"

        interests:
          - name: Chess
            keywords:
              - club player

        """))
        #expect(result.notes == [ImportNote(field: "where_i_worked", "The RenderCV section 'where_i_worked' was imported as work, from its entries' type.")])
    }

    @Test func aFileWithoutCVIsNotRenderCV() {
        let result = CVImporter.importCV(bytes: Array("design:\n  theme: classic\ncv: 3\n".utf8), fileName: "x.yaml")
        #expect(result.diagnostics.map(\.code) == ["rendercv-no-cv"])
    }
}
