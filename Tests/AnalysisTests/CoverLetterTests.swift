@testable import Analysis
import Testing

/// The built-in letter engine: what it draws on, who it addresses, and that it invents nothing.
@Suite struct CoverLetterTests {
    static let workspace = """
    -- personaforge.yaml --
    name: Test
    private: [basics.phone]
    -- cvs/jane.yaml --
    basics:
      name: Jane Doe
      email: jane@example.com
      phone: "+1 555 0100"
      url: https://jane.example.com
      summary: Backend engineer with eight years of payment systems.
      location: {city: Berlin, countryCode: DE}
    work:
      - name: Ledgerly
        position: Staff Engineer
        description: Invoicing software for small businesses across Europe.
        startDate: "2021-04"
        highlights:
          - Led the migration of card processing to Go services, cutting p99 latency from 1.8 s to 240 ms.
          - Designed an idempotent payment state machine on PostgreSQL that brought duplicate charges to zero.
      - name: Globex
        position: Engineer
        startDate: "2016-01"
        endDate: "2021-03"
        highlights:
          - Ran the Kafka cluster that carried every order event for four years.
    skills:
      - name: Go
      - name: PostgreSQL
      - name: Kafka
    -- personas/backend.md --
    ---
    title: Backend Engineer
    cv: cvs/jane.yaml
    ---
    -- jobs/acme.md --
    ---
    title: Staff Engineer
    company: Acme Pay
    applied_on: "2025-05-12"
    persona: personas/backend.md
    hiring_manager: Lena Vogt
    contact: {email: jane.applications@example.com, website: ""}
    ---
    ## Requirements

    - Go or Java in production
    - PostgreSQL
    - Kafka
    - Rust
    """

    func letter(_ archive: String = Self.workspace) async throws -> CoverLetter {
        let harness = try await AnalysisHarness(archive)
        return harness.context.coverLetter(for: try harness.job("jobs/acme.md"), persona: try harness.persona("personas/backend.md"))
    }

    @Test func addressesTheHiringManagerAndNamesTheRole() async throws {
        let letter = try await letter()
        #expect(letter.salutation == "Dear Lena Vogt,")
        #expect(letter.subject == "Application for Staff Engineer at Acme Pay")
        #expect(letter.date == "2025-05-12")
        #expect(letter.opening[0].hasPrefix("I am writing to apply for the Staff Engineer role at Acme Pay. I am a backend engineer with eight years"))
        #expect(letter.opening[1] == "I currently work at Ledgerly as Staff Engineer.")
        #expect(letter.engine == "builtin")
    }

    @Test func backsRequirementsWithWholeSentencesFromTheRecord() async throws {
        let letter = try await letter()
        #expect(letter.highlights.map(\.requirement) == ["Go or Java", "PostgreSQL", "Kafka"])
        #expect(letter.highlights[0].text == "Led the migration of card processing to Go services, cutting p99 latency from 1.8 s to 240 ms.")
        #expect(letter.highlights.map(\.entry) == ["Ledgerly", "Ledgerly", "Globex"])
        // What the record does not show is never claimed.
        let everything = (letter.opening + letter.closing + letter.highlights.map(\.text) + [letter.highlightsIntro ?? ""]).joined(separator: " ")
        #expect(!everything.contains("Rust"))
        // An employer's description is not the person's achievement.
        #expect(!everything.contains("Invoicing software"))
    }

    @Test func contactComesFromTheCVWithoutPrivateFieldsAndTheJobOverridesIt() async throws {
        let sender = try await letter().sender
        #expect(sender.name == "Jane Doe")
        #expect(sender.email == "jane.applications@example.com")
        #expect(sender.phone == nil)
        #expect(sender.website == nil)
        #expect(sender.location == "Berlin, DE")
    }

    @Test func withoutAHiringManagerTheCompanyIsAddressed() async throws {
        let letter = try await letter(Self.workspace.replacingOccurrences(of: "hiring_manager: Lena Vogt\n", with: ""))
        #expect(letter.salutation == "Dear Acme Pay hiring team,")
        #expect(letter.recipient == nil)
    }

    @Test func theSameInputsGiveTheSameLetter() async throws {
        let first = try await letter(), second = try await letter()
        #expect(first == second)
    }

    @Test func summariesWithoutASubjectGetOne() {
        let taxonomy = SkillTaxonomy.shipped
        #expect(CoverLetterWriter.firstPerson("Engineering leader with nine years.", taxonomy: taxonomy) == "I am an engineering leader with nine years.")
        #expect(CoverLetterWriter.firstPerson("SRE with a taste for quiet pagers.", taxonomy: taxonomy) == "I am an SRE with a taste for quiet pagers.")
        #expect(CoverLetterWriter.firstPerson("Go developer since 2015.", taxonomy: taxonomy) == "I am a Go developer since 2015.")
        #expect(CoverLetterWriter.firstPerson("I build payment systems.", taxonomy: taxonomy) == "I build payment systems.")
        #expect(CoverLetterWriter.firstPerson("Building payment systems since 2015.", taxonomy: taxonomy) == "Building payment systems since 2015.")
        #expect(CoverLetterWriter.firstPerson("Over ten years in fintech.", taxonomy: taxonomy) == "Over ten years in fintech.")
    }
}
