@testable import Import
import Testing

/// PersonaForge reads its own PDFs and DOCX back: the contact line, the modern template's
/// sidebar, and columns that run on to a second page under the name atop it. The corpus
/// (`personaforge-*`) holds the exports themselves; these pin the rules they rely on.
@Suite struct OwnExportImportTests {
    @Test func theCorpusHoldsEveryCVTemplatesOwnExport() {
        for template in ["classic", "modern", "compact"] {
            let pdfs = Corpus.cases.filter { $0.contains("personaforge-\(template)-") && $0.hasSuffix(".pdf") }
            let documents = Corpus.cases.filter { $0.contains("personaforge-docx-\(template)-") && $0.hasSuffix(".docx") }
            #expect(pdfs.count >= 7, "\(template): \(pdfs)")
            #expect(documents.count >= 7, "\(template): \(documents)")
        }
        #expect(Corpus.cases.contains("personaforge-modern-17pt-jane.pdf"))
    }

    @Test func aContactLineGivesTheCountryAsItsCode() {
        #expect(ContactFinder.location("Lyon, FR", codes: true)?.countryCode == "FR")
        // DE is Delaware's code too: the phone number decides.
        #expect(basics(["jane@example.com · +49 30 5550 1427 · Berlin, DE"])["location"] == "{city: Berlin, countryCode: DE}")
        #expect(basics(["marcus@example.com · +1 (415) 555-0134 · San Francisco, CA"])["location"] == "{city: San Francisco, region: CA}")
        // In an entry's heading a code is no place: "Manager, HR" is not in Croatia.
        #expect(!ContactFinder.isPlace("Manager, HR"))
    }

    @Test func aProfilesLinkWinsOverTheAddressItsNameSuggests() {
        var line = StyledLine("jane@example.com · LinkedIn: jane-doe")
        line.links = ["https://linkedin.com/in/jane-doe"]
        #expect(basics([line])["profiles"] == "[{network: LinkedIn, url: https://linkedin.com/in/jane-doe, username: jane-doe}]")
    }

    @Test func sidebarItemsSetAsABoldLineWithPlainLinesUnderItAreOneItem() {
        var skills = ListSectionParser(kind: .skills)
        let skillLines = [StyledLine("Backend", bold: true), StyledLine("Go, Java, Kafka"), StyledLine("Go · Expert"),
                          StyledLine("gRPC, profiling"), StyledLine("Python", bold: true), StyledLine("SQL", bold: true)]
        #expect(skills.parse(skillLines).map(Self.text) == [
            "{keywords: [Go, Java, Kafka], name: Backend}", "{keywords: [gRPC, profiling], level: Expert, name: Go}", "{name: Python}", "{name: SQL}",
        ])
        var certificates = ListSectionParser(kind: .certificates)
        let certificateLines = [StyledLine("AWS Certified Solutions Architect – Associate", bold: true), StyledLine("Amazon Web Services"),
                                StyledLine("Mar 2022")]
        #expect(certificates.parse(certificateLines).map(Self.text) == [
            "{date: 2022-03, issuer: Amazon Web Services, name: AWS Certified Solutions Architect – Associate}",
        ])
        var languages = ListSectionParser(kind: .languages)
        #expect(languages.parse([StyledLine("Français · langue maternelle", isBullet: true)]).map(Self.text) == [
            "{fluency: langue maternelle, language: Français}",
        ])
    }

    @Test func listItemsKeepSeparatorsInsideBracketsAndUnspacedSlashes() {
        #expect(ListSectionParser.items("Go (gRPC, profiling); SQL | Kafka, CI/CD / Terraform") == ["Go (gRPC, profiling)", "SQL", "Kafka", "CI/CD", "Terraform"])
        #expect(ListSectionParser.items("[a; b], c") == ["[a; b]", "c"])
    }

    @Test func aNewPageContinuesTheSectionsItsColumnsWereIn() {
        func line(_ text: String, bold: Bool = false, size: Double = 10, page: Int, column: Int, bullet: Bool = false) -> StyledLine {
            var line = StyledLine(text, bold: bold, fontSize: size, isBullet: bullet)
            line.page = page
            line.region = page * 16 + column
            return line
        }
        let lines = [
            line("Jane Doe", bold: true, size: 24, page: 0, column: 0),
            line("Experience", bold: true, size: 13, page: 0, column: 1),
            line("Staff Engineer · Ledgerly  Apr 2021 – Present", bold: true, page: 0, column: 1),
            line("Led the migration to Go services.", page: 0, column: 1, bullet: true),
            line("Skills", bold: true, size: 13, page: 0, column: 2),
            line("Backend: Go, Java", page: 0, column: 2, bullet: true),
            line("Jane Doe", size: 8, page: 1, column: 1),
            line("Software Engineer · Parcelwise  Sep 2015 – Jan 2018", bold: true, page: 1, column: 1),
            line("Built the carrier integration layer.", page: 1, column: 1, bullet: true),
            line("Cloud: AWS, Terraform", page: 1, column: 2, bullet: true),
        ]
        let draft = CVStructurer.structure(lines).draft
        #expect(draft.entries("work").map { $0["name"] } == ["Ledgerly", "Parcelwise"])
        #expect(draft.entries("work").last?.list("highlights") == ["Built the carrier integration layer."])
        #expect(draft.entries("skills").map { $0["name"] } == ["Backend", "Cloud"])
    }

    /// `basics` from header lines, each value as text.
    func basics(_ texts: [String]) -> [String: String] {
        basics(texts.map { StyledLine($0) })
    }

    func basics(_ lines: [StyledLine]) -> [String: String] {
        var collector = BasicsCollector()
        var notes: [ImportNote] = []
        collector.take(lines, notes: &notes, isPreamble: true)
        let record = collector.record(notes: &notes, draft: CVDraft())
        return record.values.mapValues(Self.text)
    }

    /// A record as short text, keys sorted: "{city: Berlin, countryCode: DE}".
    static func text(_ record: CVRecord) -> String {
        "{" + record.values.keys.sorted().map { "\($0): \(text(record.values[$0]!))" }.joined(separator: ", ") + "}"
    }

    static func text(_ value: CVRecord.Value) -> String {
        switch value {
        case .text(let text): text
        case .list(let items): "[" + items.joined(separator: ", ") + "]"
        case .record(let record): text(record)
        case .records(let records): "[" + records.map { text($0) }.joined(separator: ", ") + "]"
        }
    }
}
