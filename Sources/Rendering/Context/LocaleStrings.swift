/// The words a document needs in its language: month names, "present", section and field titles.
public struct LocaleStrings: Sendable {
    public var code: String
    public var months: [String]
    public var present: String
    public var sections: [String: String]
    public var labels: [String: String]
    /// A PDF's footer, with `{page}` and `{pages}`.
    public var pageLabel = "Page {page} of {pages}"

    /// The strings for a locale code (`de`, `de-AT`, `fr_FR`), falling back to English.
    public static func named(_ code: String) -> LocaleStrings {
        // Most documents name a supported language as it is ("en"): one look-up, no lowercasing.
        if let exact = all[code] { return exact }
        let language = String(code.lowercased().prefix { $0.isLetter })
        return all[language] ?? english
    }

    public static let supported = ["en", "de", "fr", "es"]

    static let all: [String: LocaleStrings] = ["en": english, "de": german, "fr": french, "es": spanish]

    public func section(_ id: String) -> String { sections[id] ?? LocaleStrings.english.sections[id] ?? id }
    public func label(_ id: String) -> String { labels[id] ?? LocaleStrings.english.labels[id] ?? id }

    static let english = LocaleStrings(
        code: "en",
        months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        present: "Present",
        sections: ["summary": "Summary", "work": "Experience", "volunteer": "Volunteering", "education": "Education",
                   "awards": "Awards", "certificates": "Certificates", "publications": "Publications", "skills": "Skills",
                   "languages": "Languages", "interests": "Interests", "references": "References", "projects": "Projects",
                   "body": "Notes"],
        labels: ["goals": "Goals", "pain_points": "Pain points", "objections": "Objections", "motivations": "Motivations",
                 "channels": "Channels", "buying_style": "Buying style", "demographics": "Demographics", "role": "Role",
                 "linkedin": "LinkedIn", "generated_from": "Drafted from", "project": "Project",
                 "saved": "Saved", "applied": "Applied", "interview": "Interview", "offer": "Offer",
                 "rejected": "Rejected", "withdrawn": "Withdrawn", "seniority": "Seniority",
                 "company_size": "Company size", "industry": "Industry", "title": "Title", "story": "Their story", "grade": "Grade"])

    static let german = LocaleStrings(
        code: "de",
        months: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
        present: "heute",
        sections: ["summary": "Profil", "work": "Berufserfahrung", "volunteer": "Ehrenamt", "education": "Ausbildung",
                   "awards": "Auszeichnungen", "certificates": "Zertifikate", "publications": "Publikationen",
                   "skills": "Kenntnisse", "languages": "Sprachen", "interests": "Interessen", "references": "Referenzen",
                   "projects": "Projekte", "body": "Notizen"],
        labels: ["goals": "Ziele", "pain_points": "Probleme", "objections": "Einwände", "motivations": "Motivation",
                 "channels": "Kanäle", "buying_style": "Kaufverhalten", "demographics": "Demografie", "role": "Rolle",
                 "generated_from": "Entworfen aus", "project": "Projekt", "saved": "Gemerkt", "applied": "Beworben",
                 "interview": "Gespräch", "offer": "Angebot", "rejected": "Abgesagt", "withdrawn": "Zurückgezogen",
                 "seniority": "Erfahrungsstufe", "company_size": "Unternehmensgröße", "industry": "Branche", "title": "Titel", "story": "Ihre Geschichte", "grade": "Note"],
        pageLabel: "Seite {page} von {pages}")

    static let french = LocaleStrings(
        code: "fr",
        months: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
        present: "aujourd’hui",
        sections: ["summary": "Profil", "work": "Expérience", "volunteer": "Bénévolat", "education": "Formation",
                   "awards": "Distinctions", "certificates": "Certifications", "publications": "Publications",
                   "skills": "Compétences", "languages": "Langues", "interests": "Centres d’intérêt",
                   "references": "Références", "projects": "Projets", "body": "Notes"],
        labels: ["goals": "Objectifs", "pain_points": "Points de friction", "objections": "Objections",
                 "motivations": "Motivations", "channels": "Canaux", "buying_style": "Style d’achat",
                 "demographics": "Démographie", "role": "Rôle", "generated_from": "Rédigé à partir de", "project": "Projet",
                 "saved": "Enregistrée", "applied": "Candidature envoyée", "interview": "Entretien", "offer": "Offre",
                 "rejected": "Refusée", "withdrawn": "Retirée", "seniority": "Séniorité",
                 "company_size": "Taille de l’entreprise", "industry": "Secteur", "title": "Intitulé", "story": "Son histoire", "grade": "Note"],
        pageLabel: "Page {page} sur {pages}")

    static let spanish = LocaleStrings(
        code: "es",
        months: ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
        present: "actualidad",
        sections: ["summary": "Perfil", "work": "Experiencia", "volunteer": "Voluntariado", "education": "Formación",
                   "awards": "Premios", "certificates": "Certificaciones", "publications": "Publicaciones",
                   "skills": "Habilidades", "languages": "Idiomas", "interests": "Intereses", "references": "Referencias",
                   "projects": "Proyectos", "body": "Notas"],
        labels: ["goals": "Objetivos", "pain_points": "Puntos de dolor", "objections": "Objeciones",
                 "motivations": "Motivaciones", "channels": "Canales", "buying_style": "Estilo de compra",
                 "demographics": "Demografía", "role": "Puesto", "generated_from": "Redactado a partir de",
                 "project": "Proyecto", "saved": "Guardada", "applied": "Enviada", "interview": "Entrevista",
                 "offer": "Oferta", "rejected": "Rechazada", "withdrawn": "Retirada", "seniority": "Nivel",
                 "company_size": "Tamaño de empresa", "industry": "Sector", "title": "Cargo", "story": "Su historia", "grade": "Nota"],
        pageLabel: "Página {page} de {pages}")
}
