import Core
@testable import Import
import Testing

/// LinkedIn "download your data" exports, as a folder, a zip or single CSV files.
@Suite struct LinkedInImportTests {
    @Test func importsTheExportFolderAndNotesTheFileThatIsNotUTF8() {
        let result = Corpus.importCase("linkedin-export-sofia")
        #expect(result.format == .linkedIn)
        #expect(Corpus.differences("linkedin-export-sofia", result) == [])
        #expect(result.notes == [ImportNote(field: "linkedin", "Skills.csv is not UTF-8; it was read as Windows-1252 (Latin-1). Check names with accents.")])
    }

    @Test func importsAZipOfAnotherExportVersionWithRenamedFilesInAFolder() {
        let result = Corpus.importCase("linkedin-export-lukas.zip")
        #expect(result.format == .linkedIn)
        #expect(Corpus.differences("linkedin-export-lukas.zip", result) == [])
        #expect(result.notes.contains(ImportNote(field: "linkedin", "Ignored 1 file of the export that hold no CV data (Connections.csv).")))
    }

    @Test func matchesFileNamesOfEveryExportVersion() {
        let names: [(String, LinkedInExport.Kind?)] = [
            ("Positions.csv", .positions), ("positions.csv", .positions), ("Profile Summary.csv", .profileSummary),
            ("Profile_Summary.csv", .profileSummary), ("Email Addresses.csv", .emailAddresses), ("PhoneNumbers.csv", .phoneNumbers),
            ("Phone Numbers.csv", .phoneNumbers), ("Honors_and_Awards.csv", .honors), ("Licenses_and_Certifications.csv", .certifications),
            ("Volunteering Experiences.csv", .volunteering), ("Export/Courses.csv", .courses), ("Connections.csv", nil), ("Positions.txt", nil),
        ]
        for (name, kind) in names { #expect(LinkedInExport.kind(ofFile: name) == kind, "\(name)") }
    }

    @Test func skipsNoteLinesAboveTheHeaderAndLeavesEmptyURLsOut() {
        let positions = "Notes:\n\"Positions you held, newest first.\"\n\nCompany Name,Title,Description,Location,Started On,Finished On\n"
            + "Acme GmbH,Engineer,\"Built things.\n• Shipped the API\",Berlin,Mar 2019,\n"
        let certifications = "Name,Url,Authority,Started On,Finished On,License Number\nCKA,,CNCF,Jun 2020,,\n"
        let result = CVImporter.importLinkedInExport(files: [("Positions.csv", Array(positions.utf8)), ("Certifications.csv", Array(certifications.utf8))],
                                                     fileName: "export")
        #expect(result.diagnostics == [])
        #expect(result.yaml.hasSuffix("""
        work:
          - name: Acme GmbH
            position: Engineer
            location: Berlin
            startDate: "2019-03"
            summary: Built things.
            highlights:
              - Shipped the API

        certificates:
          - name: CKA
            date: "2020-06"
            issuer: CNCF

        """))
    }

    @Test func aSingleCSVFileImportsOnItsOwn() {
        let result = CVImporter.importCV(bytes: Array("Name\nSwift\nGo\n".utf8), fileName: "Skills.csv")
        #expect(result.format == .linkedIn)
        #expect(result.cv?["skills"]?.sequence?.count == 2)
    }

    @Test func anExportWithoutCVFilesIsAnError() {
        let result = CVImporter.importLinkedInExport(files: [("Connections.csv", Array("First Name,Last Name\nA,B\n".utf8))], fileName: "export")
        #expect(result.diagnostics.map(\.code) == ["linkedin-no-cv-files"])
    }
}

/// `CSVParser`: RFC 4180 as spreadsheets write it.
@Suite struct CSVParserTests {
    @Test func readsQuotesEmbeddedNewlinesAndDoubledQuotes() {
        #expect(CSVParser.rows("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x") == [["a", "b, c", "say \"hi\""], ["multi\nline", "", "x"]])
    }

    @Test func dropsAByteOrderMarkAndKeepsStrayQuotesAsText() {
        #expect(CSVParser.rows("\u{FEFF}Name\r\nO\"Brien\n") == [["Name"], ["O\"Brien"]])
    }

    @Test func anUnclosedQuoteRunsToTheEnd() {
        #expect(CSVParser.rows("a,\"b\nc") == [["a", "b\nc"]])
    }
}
