@testable import Import
import Testing

/// DOCX: paragraph styles, runs, tab stops, numbering and layout tables as lines with hints.
@Suite struct DOCXImportTests {
    static func lines(_ name: String) -> [String] {
        CVImporter.describeLines(bytes: Corpus.bytes(name), fileName: name)
    }

    @Test func readsTitleHeadingsTabsAndListStyles() {
        let lines = Self.lines("docx-headings-lukas.docx")
        #expect(Array(lines.prefix(4)) == [
            "[26.0pt title gap p0 r0] Lukas Becker",
            "[12.0pt gap p0 r0] /Senior Softwareentwickler",
            "[11.0pt gap p0 r0] lukas.becker@example.de | +49 89 5550 2233 | München, Deutschland | github.com/lbecker-dev",
            "[14.0pt h1 gap p0 r0] *Profil",
        ])
        #expect(lines.contains("[11.0pt gap p0 r0] *Senior Softwareentwickler, Acme Software GmbH ‖ 03/2018 – heute"))
        #expect(lines.contains("[11.0pt bullet gap p0 r0] Migration von zwölf Diensten auf Kubernetes geleitet, Betriebskosten um 30 % gesenkt."))
    }

    @Test func readsALayoutTableColumnByColumn() {
        let lines = Self.lines("docx-table-sidebar-tom.docx")
        let sidebar = lines.prefix { !$0.contains("Tom O'Brien") }
        #expect(sidebar.contains { $0.contains("tom.obrien@example.ie") && $0.contains("r1") })
        #expect(sidebar.contains { $0.contains("CERTIFICATIONS") })
        #expect(!sidebar.contains { $0.contains("EXPERIENCE") })
        #expect(lines.contains { $0.contains("*Harbour Payments Ltd — Site Reliability Engineer") && $0.contains("r2") })
    }

    @Test func aDocxWhoseTextIsBrokenXMLIsDamaged() {
        let zip = ZIPFixture.archive([("word/document.xml", Array("<w:document><w:body><w:p><w:r><w:t>Jane</w:t></w:r></w:body>".utf8))])
        let result = CVImporter.importCV(bytes: zip, fileName: "cv.docx")
        #expect(result.cv == nil)
        #expect(result.diagnostics.map(\.code) == ["docx-corrupt"])
        #expect(result.diagnostics.first?.message.hasPrefix("cv.docx is damaged: its text (word/document.xml) is not well-formed XML: ") == true)
    }

    @Test func aDocxWithoutADocumentIsNotWord() {
        let zip = ZIPFixture.archive([("word/styles.xml", Array("<w:styles/>".utf8))])
        #expect(CVImporter.importCV(bytes: zip, fileName: "cv.docx").diagnostics.map(\.code) == ["docx-not-word"])
    }
}
