import Core
@testable import Import
import Testing

/// Markdown CVs: `#` name, `##` sections, entries under `###` or in bold, bullets.
@Suite struct MarkdownImportTests {
    @Test func importsTheCorpusCV() {
        let result = Corpus.importCase("markdown-marcus.md")
        #expect(result.format == .markdown)
        #expect(Corpus.differences("markdown-marcus.md", result) == [])
        #expect(result.notes == [ImportNote(field: "work[2].startDate", "'Summer 2014' names a season; it was taken as June 2014 to August 2014.")])
    }

    @Test func readsBoldEntryHeadingsAndLinks() {
        let markdown = """
        # Ada Lovelace
        Analyst · [ada@example.com](mailto:ada@example.com) · [GitHub](https://github.com/ada)

        ## Experience
        **Analytical Engines Ltd** — Senior Analyst, 2012 – 2013
        - Wrote the first program.

        ## Education
        **University of London** — Bachelor of Arts in Mathematics (2005 – 2008)
        """
        let result = CVImporter.importCV(bytes: Array(markdown.utf8), fileName: "ada.md")
        #expect(result.notes == [ImportNote(field: "basics", "Left out 'Analyst' from the header: it is not contact data PersonaForge recognises.")])
        #expect(result.yaml.hasSuffix("""
        basics:
          name: Ada Lovelace
          email: ada@example.com
          profiles:
            - network: GitHub
              username: ada
              url: https://github.com/ada

        work:
          - name: Analytical Engines Ltd
            position: Senior Analyst
            startDate: "2012"
            endDate: "2013"
            highlights:
              - Wrote the first program.

        education:
          - institution: University of London
            area: Mathematics
            studyType: Bachelor of Arts
            startDate: "2005"
            endDate: "2008"

        """))
    }
}
