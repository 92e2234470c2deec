/// The fixed sentences of a cover letter in one language: subject, salutation, opening, the line
/// before the highlights, closing and sign-off. Data for the letter engine, keyed by the locale
/// codes documents support (`en`, `de`, `fr`, `es`); the rest of the letter is the person's own
/// record, quoted as written.
public struct LetterPhrases: Sendable {
    public let code: String
    /// "Application for Staff Engineer at Acme".
    let subject: @Sendable (_ role: String, _ company: String?) -> String
    /// To the hiring manager by name, to the company's team, or to nobody in particular.
    let salutation: @Sendable (_ manager: String?, _ company: String?) -> String
    /// The letter's first sentence.
    let applying: @Sendable (_ role: String, _ company: String?) -> String
    /// "I currently work at Ledgerly as Staff Engineer." / "Most recently I worked at ...".
    let currentRole: @Sendable (_ employer: String, _ position: String?, _ current: Bool) -> String
    /// The line before the highlights, naming the requirements they back.
    let highlightsIntro: @Sendable (_ requirements: String) -> String
    /// The other requirements the record meets, named in one sentence.
    let alsoCovers: @Sendable (_ requirements: String) -> String
    let closing: @Sendable (_ company: String?) -> String
    public let signOff: String
    /// The word before a list's last item: "and", "und", "et", "y".
    let and: @Sendable (_ last: String) -> String
    /// Whether a subject-less CV summary ("Backend engineer with ...") is turned into a sentence
    /// about the writer ("I am a backend engineer with ..."); a grammar only English has here.
    let rewritesSummary: Bool

    /// The phrases for a locale code (`de`, `de-AT`, `fr_FR`), English for any other.
    public static func named(_ code: String) -> LetterPhrases {
        let language = String(code.lowercased().prefix { $0.isLetter })
        return all[language] ?? english
    }

    static let all: [String: LetterPhrases] = ["en": english, "de": german, "fr": french, "es": spanish]

    /// "A, B and C" in this language.
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " " + and(items.last!) + " " + items.last!
        }
    }

    /// The line before highlights backing `requirements`; nil when there are none.
    public func highlightsIntro(for requirements: [String]) -> String? {
        requirements.isEmpty ? nil : highlightsIntro(list(requirements))
    }

    static let english = LetterPhrases(
        code: "en",
        subject: { role, company in "Application for \(role)" + (company.map { " at \($0)" } ?? "") },
        salutation: { manager, company in
            if let manager { return "Dear \(manager)," }
            return company.map { "Dear \($0) hiring team," } ?? "Dear hiring team,"
        },
        applying: { role, company in "I am writing to apply for the \(role) role" + (company.map { " at \($0)" } ?? "") + "." },
        currentRole: { employer, position, current in
            (current ? "I currently work at \(employer)" : "Most recently I worked at \(employer)") + (position.map { " as \($0)" } ?? "") + "."
        },
        highlightsIntro: { "Your posting asks for \($0). This is where my work shows them:" },
        alsoCovers: { "My record also covers \($0)." },
        closing: { company in
            "I would welcome the chance to talk about how I could contribute" + (company.map { " at \($0)" } ?? "")
                + ". Thank you for considering my application."
        },
        signOff: "Kind regards,", and: { _ in "and" }, rewritesSummary: true)

    /// German business letters: "Sehr geehrte Damen und Herren," (a named person's form of address
    /// would need their gender, so "Guten Tag NAME,"), the first paragraph starting in lower case
    /// after the salutation's comma, and no comma after "Mit freundlichen Grüßen".
    static let german = LetterPhrases(
        code: "de",
        subject: { role, company in "Bewerbung als \(role)" + (company.map { " bei \($0)" } ?? "") },
        salutation: { manager, _ in manager.map { "Guten Tag \($0)," } ?? "Sehr geehrte Damen und Herren," },
        applying: { role, company in "hiermit bewerbe ich mich um die Stelle als \(role)" + (company.map { " bei \($0)" } ?? "") + "." },
        currentRole: { employer, position, current in
            current ? "Derzeit arbeite ich bei \(employer)" + (position.map { " als \($0)" } ?? "") + "."
                : "Zuletzt war ich bei \(employer)" + (position.map { " als \($0)" } ?? "") + " tätig."
        },
        highlightsIntro: { "Ihre Ausschreibung nennt \($0). Das zeigt meine bisherige Arbeit:" },
        alsoCovers: { "Darüber hinaus bringe ich Erfahrung mit \($0) mit." },
        closing: { company in
            "Gern erläutere ich Ihnen in einem persönlichen Gespräch, wie ich " + (company.map { "\($0) " } ?? "Ihr Team ")
                + "unterstützen kann. Vielen Dank für die Berücksichtigung meiner Bewerbung."
        },
        signOff: "Mit freundlichen Grüßen", and: { _ in "und" }, rewritesSummary: false)

    /// French: "Madame, Monsieur," to no one in particular, a space before the colon, and wording
    /// that does not depend on the writer's gender ("je me tiens à votre disposition").
    static let french = LetterPhrases(
        code: "fr",
        subject: { role, company in "Candidature au poste de \(role)" + (company.map { " chez \($0)" } ?? "") },
        salutation: { manager, _ in manager.map { "Bonjour \($0)," } ?? "Madame, Monsieur," },
        applying: { role, company in "Je vous adresse ma candidature au poste de \(role)" + (company.map { " chez \($0)" } ?? "") + "." },
        currentRole: { employer, position, current in
            if current { return position.map { "J’occupe actuellement le poste de \($0) chez \(employer)." } ?? "Je travaille actuellement chez \(employer)." }
            return "J’ai récemment travaillé chez \(employer)" + (position.map { " en tant que \($0)" } ?? "") + "."
        },
        highlightsIntro: { "Votre offre demande \($0). Voici ce qu’en montre mon parcours\u{00A0}:" },
        alsoCovers: { "Mon parcours couvre également \($0)." },
        closing: { company in
            "Je me tiens à votre disposition pour un entretien afin d’échanger sur ce que je pourrais apporter "
                + (company.map { "chez \($0)" } ?? "à votre équipe") + ". Je vous remercie de l’attention portée à ma candidature."
        },
        signOff: "Cordialement,", and: { _ in "et" }, rewritesSummary: false)

    /// Spanish: the salutation ends with a colon, and "y" becomes "e" before an /i/ sound.
    static let spanish = LetterPhrases(
        code: "es",
        subject: { role, company in "Candidatura al puesto de \(role)" + (company.map { " en \($0)" } ?? "") },
        salutation: { manager, company in
            if let manager { return "Estimado/a \(manager):" }
            return company.map { "Estimado equipo de selección de \($0):" } ?? "Estimado equipo de selección:"
        },
        applying: { role, company in "Por medio de la presente, presento mi candidatura al puesto de \(role)" + (company.map { " en \($0)" } ?? "") + "." },
        currentRole: { employer, position, current in
            (current ? "Actualmente trabajo en \(employer)" : "Mi último puesto fue en \(employer)") + (position.map { " como \($0)" } ?? "") + "."
        },
        highlightsIntro: { "Su oferta pide \($0). Así lo demuestra mi trayectoria:" },
        alsoCovers: { "Mi experiencia abarca también \($0)." },
        closing: { company in
            "Me encantaría conversar sobre cómo podría contribuir " + (company.map { "en \($0)" } ?? "a su equipo")
                + ". Gracias por considerar mi candidatura."
        },
        signOff: "Atentamente,",
        and: { last in
            let lower = last.lowercased()
            return (lower.hasPrefix("i") || lower.hasPrefix("hi")) && !lower.hasPrefix("hia") && !lower.hasPrefix("hie") && !lower.hasPrefix("hio") ? "e" : "y"
        },
        rewritesSummary: false)
}
