@testable import Analysis
import Testing

/// The built-in letter's fixed sentences follow the persona's `locale` (else the workspace's);
/// what it quotes from the record stays as written.
@Suite struct LetterLocaleTests {
    static func workspace(settingsLocale: String?, personaLocale: String? = nil, manager: Bool = true) -> String {
        CoverLetterTests.workspace
            .replacingOccurrences(of: "name: Test\n", with: "name: Test\n" + (settingsLocale.map { "locale: \($0)\n" } ?? ""))
            .replacingOccurrences(of: "cv: cvs/jane.yaml\n---", with: "cv: cvs/jane.yaml\n" + (personaLocale.map { "locale: \($0)\n" } ?? "") + "---")
            .replacingOccurrences(of: manager ? "\u{0}" : "hiring_manager: Lena Vogt\n", with: "")
    }

    func letter(_ archive: String) async throws -> CoverLetter {
        let harness = try await AnalysisHarness(archive)
        return harness.context.coverLetter(for: try harness.job("jobs/acme.md"), persona: try harness.persona("personas/backend.md"))
    }

    /// Every fixed part, in order: subject, salutation, first sentence, current role, intro, the
    /// sentence naming more requirements, closing, sign-off.
    func fixedParts(_ letter: CoverLetter) -> [String] {
        [letter.subject, letter.salutation, String(letter.opening[0].prefix { $0 != "." }) + ".", letter.opening[1],
         letter.highlightsIntro ?? "-"] + letter.closing + [letter.signOff]
    }

    @Test func english() async throws {
        let letter = try await letter(Self.workspace(settingsLocale: "en"))
        #expect(fixedParts(letter) == [
            "Application for Staff Engineer at Acme Pay", "Dear Lena Vogt,", "I am writing to apply for the Staff Engineer role at Acme Pay.",
            "I currently work at Ledgerly as Staff Engineer.",
            "Your posting asks for Go or Java, PostgreSQL and Kafka. This is where my work shows them:",
            "I would welcome the chance to talk about how I could contribute at Acme Pay. Thank you for considering my application.",
            "Kind regards,",
        ])
    }

    @Test func german() async throws {
        let letter = try await letter(Self.workspace(settingsLocale: "de"))
        #expect(fixedParts(letter) == [
            "Bewerbung als Staff Engineer bei Acme Pay", "Guten Tag Lena Vogt,",
            "hiermit bewerbe ich mich um die Stelle als Staff Engineer bei Acme Pay.",
            "Derzeit arbeite ich bei Ledgerly als Staff Engineer.",
            "Ihre Ausschreibung nennt Go or Java, PostgreSQL und Kafka. Das zeigt meine bisherige Arbeit:",
            "Gern erläutere ich Ihnen in einem persönlichen Gespräch, wie ich Acme Pay unterstützen kann. Vielen Dank für die Berücksichtigung meiner Bewerbung.",
            "Mit freundlichen Grüßen",
        ])
        // The CV's summary is quoted as written: the English "I am a ..." rewrite is English only.
        #expect(letter.opening[0].hasSuffix("Acme Pay. Backend engineer with eight years of payment systems."))
        let anyone = try await self.letter(Self.workspace(settingsLocale: "de", manager: false))
        #expect(anyone.salutation == "Sehr geehrte Damen und Herren,")
    }

    @Test func french() async throws {
        let letter = try await letter(Self.workspace(settingsLocale: "fr"))
        #expect(fixedParts(letter) == [
            "Candidature au poste de Staff Engineer chez Acme Pay", "Bonjour Lena Vogt,",
            "Je vous adresse ma candidature au poste de Staff Engineer chez Acme Pay.",
            "J’occupe actuellement le poste de Staff Engineer chez Ledgerly.",
            "Votre offre demande Go or Java, PostgreSQL et Kafka. Voici ce qu’en montre mon parcours\u{00A0}:",
            "Je me tiens à votre disposition pour un entretien afin d’échanger sur ce que je pourrais apporter chez Acme Pay. Je vous remercie de l’attention portée à ma candidature.",
            "Cordialement,",
        ])
        let anyone = try await self.letter(Self.workspace(settingsLocale: "fr", manager: false))
        #expect(anyone.salutation == "Madame, Monsieur,")
    }

    @Test func spanish() async throws {
        let letter = try await letter(Self.workspace(settingsLocale: "es"))
        #expect(fixedParts(letter) == [
            "Candidatura al puesto de Staff Engineer en Acme Pay", "Estimado/a Lena Vogt:",
            "Por medio de la presente, presento mi candidatura al puesto de Staff Engineer en Acme Pay.",
            "Actualmente trabajo en Ledgerly como Staff Engineer.",
            "Su oferta pide Go or Java, PostgreSQL y Kafka. Así lo demuestra mi trayectoria:",
            "Me encantaría conversar sobre cómo podría contribuir en Acme Pay. Gracias por considerar mi candidatura.",
            "Atentamente,",
        ])
        let anyone = try await self.letter(Self.workspace(settingsLocale: "es", manager: false))
        #expect(anyone.salutation == "Estimado equipo de selección de Acme Pay:")
        #expect(LetterPhrases.named("es").list(["Go", "Java", "Ionic"]) == "Go, Java e Ionic")
        #expect(LetterPhrases.named("es").list(["Go", "Hierro"]) == "Go y Hierro")
    }

    @Test func thePersonasLocaleWinsOverTheWorkspacesAndRegionsFallBackToTheLanguage() async throws {
        let letter = try await letter(Self.workspace(settingsLocale: "fr", personaLocale: "de-AT"))
        #expect(letter.signOff == "Mit freundlichen Grüßen")
        let unknown = try await self.letter(Self.workspace(settingsLocale: "nl"))
        #expect(unknown.signOff == "Kind regards,")
    }
}
