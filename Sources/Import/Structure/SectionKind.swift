/// The sections of a CV a heading can introduce, recognised in English, German, French, Spanish
/// and Italian ("Experience", "Berufserfahrung", "Expérience", "Experiencia", "Esperienza").
enum SectionKind: String, Sendable, Hashable, CaseIterable {
    case summary, work, education, skills, projects, certificates, languages, awards, publications
    case volunteer, interests, references, courses, contact

    /// Whole headings, folded (lowercase, no accents, punctuation and "and" words removed).
    static let phrases: [String: SectionKind] = {
        var table: [String: SectionKind] = [:]
        let lists: [(SectionKind, [String])] = [
            (.summary, ["summary", "profile", "professional summary", "career summary", "about", "about me", "objective",
                        "career objective", "personal statement", "overview", "introduction", "professional profile",
                        "profil", "kurzprofil", "zusammenfassung", "uber mich", "berufsprofil", "resume", "a propos",
                        "objectif", "presentation", "profil professionnel", "perfil", "resumen", "sobre mi", "acerca de mi",
                        "objetivo", "perfil profesional", "profilo", "sommario", "chi sono", "profilo professionale"]),
            (.work, ["experience", "work experience", "professional experience", "employment", "employment history",
                     "work history", "career", "career history", "relevant experience", "experiences", "berufserfahrung",
                     "erfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang", "berufspraxis",
                     "beschaftigungsverlauf", "praxiserfahrung", "experience professionnelle", "experiences professionnelles",
                     "parcours professionnel", "experiencia", "experiencia laboral", "experiencia profesional",
                     "trayectoria profesional", "esperienza", "esperienze", "esperienza lavorativa", "esperienze professionali",
                     "esperienza professionale"]),
            (.education, ["education", "academic background", "qualifications", "studies", "education training",
                          "academic education", "ausbildung", "bildung", "bildungsweg", "studium", "schulbildung",
                          "akademischer werdegang", "bildungsgang", "schul berufsausbildung", "formation", "formations",
                          "education formation", "etudes", "parcours academique", "diplomes", "educacion", "formacion",
                          "formacion academica", "estudios", "istruzione", "formazione", "istruzione formazione"]),
            (.skills, ["skills", "technical skills", "core skills", "key skills", "competencies", "core competencies",
                       "expertise", "technologies", "tech stack", "tools", "skills tools", "abilities", "kenntnisse",
                       "fahigkeiten", "fertigkeiten", "kompetenzen", "it kenntnisse", "fachkenntnisse", "technische kenntnisse",
                       "competences", "competences techniques", "savoir faire", "outils", "habilidades", "competencias",
                       "conocimientos", "aptitudes", "habilidades tecnicas", "competenze", "abilita", "capacita",
                       "competenze tecniche"]),
            (.projects, ["projects", "personal projects", "selected projects", "side projects", "open source", "projekte",
                         "projets", "proyectos", "progetti"]),
            (.certificates, ["certifications", "certificates", "licenses certifications", "licences certifications",
                             "training", "trainings", "zertifikate", "zertifizierungen", "weiterbildung", "fortbildung",
                             "weiterbildungen", "certificats", "certificaciones", "certificados", "certificazioni"]),
            (.languages, ["languages", "language skills", "spoken languages", "sprachen", "sprachkenntnisse", "fremdsprachen",
                          "langues", "competences linguistiques", "idiomas", "lenguas", "lingue", "conoscenze linguistiche"]),
            (.awards, ["awards", "honors", "honours", "honors awards", "honours awards", "achievements", "awards honors",
                       "distinctions", "auszeichnungen", "preise", "erfolge", "prix", "recompenses", "premios",
                       "reconocimientos", "logros", "premi", "riconoscimenti"]),
            (.publications, ["publications", "papers", "talks", "publications talks", "speaking", "publikationen",
                             "veroffentlichungen", "vortrage", "conferences", "publicaciones", "pubblicazioni"]),
            (.volunteer, ["volunteer", "volunteering", "volunteer experience", "community", "community involvement",
                          "extracurricular", "ehrenamt", "ehrenamtliches engagement", "engagement", "soziales engagement",
                          "benevolat", "engagement associatif", "vie associative", "voluntariado", "volontariato"]),
            (.interests, ["interests", "hobbies", "hobbies interests", "activities", "personal interests", "interessen",
                          "hobbys", "freizeit", "centres d interet", "centres dinteret", "loisirs", "interets", "intereses",
                          "aficiones", "pasatiempos", "interessi", "hobby"]),
            (.references, ["references", "referees", "referenzen", "references professionnelles", "referencias", "referenze"]),
            (.courses, ["courses", "coursework", "relevant coursework", "kurse", "cours", "cursos", "corsi"]),
            (.contact, ["contact", "contact information", "contact details", "personal details", "personal information",
                        "details", "kontakt", "kontaktdaten", "personliche daten", "personliches", "coordonnees",
                        "informations personnelles", "contacto", "datos personales", "informacion personal", "contatti",
                        "dati personali"]),
        ]
        for (kind, phrases) in lists { for phrase in phrases { table[phrase] = kind } }
        return table
    }()

    /// Words that name a section inside a longer heading ("Selected Open-Source Projects").
    static let coreWords: [String: SectionKind] = [
        "experience": .work, "employment": .work, "berufserfahrung": .work, "experiencia": .work, "esperienza": .work,
        "education": .education, "ausbildung": .education, "formation": .education, "educacion": .education,
        "skills": .skills, "kenntnisse": .skills, "competences": .skills, "habilidades": .skills, "competenze": .skills,
        "projects": .projects, "projekte": .projects, "projets": .projects, "proyectos": .projects,
        "certifications": .certificates, "certificates": .certificates, "zertifikate": .certificates,
        "languages": .languages, "sprachen": .languages, "langues": .languages, "idiomas": .languages,
        "awards": .awards, "honors": .awards, "honours": .awards, "publications": .publications,
        "volunteering": .volunteer, "volunteer": .volunteer, "interests": .interests, "hobbies": .interests,
    ]

    static let fillerWords: Set<String> = ["and", "und", "et", "y", "e", "of", "my", "mes", "mis", "meine", "de", "des", "la", "le"]

    /// The section a heading names, if it names one.
    static func of(heading text: String) -> SectionKind? {
        let words = normalizedWords(text)
        guard !words.isEmpty, words.count <= 6 else { return nil }
        if let kind = phrases[words.joined(separator: " ")] { return kind }
        guard words.count <= 4 else { return nil }
        for word in words { if let kind = coreWords[word] { return kind } }
        return nil
    }

    static func normalizedWords(_ text: String) -> [String] {
        var cleaned = ""
        for character in TextFolding.fold(text) {
            cleaned.append(character.isLetter ? character : " ")
        }
        return cleaned.split(separator: " ").map(String.init).filter { !fillerWords.contains($0) }
    }

    /// The JSON Resume section entries of this kind go into.
    var jsonResumeSection: String? {
        switch self {
        case .summary, .contact, .courses: return nil
        case .work: return "work"
        case .education: return "education"
        case .skills: return "skills"
        case .projects: return "projects"
        case .certificates: return "certificates"
        case .languages: return "languages"
        case .awards: return "awards"
        case .publications: return "publications"
        case .volunteer: return "volunteer"
        case .interests: return "interests"
        case .references: return "references"
        }
    }
}
