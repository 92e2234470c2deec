/// Words that tell what a piece of an entry's heading is: a job title, an organisation, a school,
/// a degree, a skill level. Folded (lowercase, no accents); four languages and some Italian.
enum Vocabulary {
    static let roleWords: Set<String> = [
        "engineer", "engineering", "developer", "programmer", "manager", "lead", "leader", "director", "head", "intern",
        "internship", "analyst", "consultant", "designer", "scientist", "architect", "officer", "specialist",
        "administrator", "admin", "assistant", "associate", "researcher", "teacher", "lecturer", "professor", "tutor",
        "coordinator", "owner", "founder", "cofounder", "cto", "ceo", "cfo", "coo", "cio", "vp", "president",
        "vice", "principal", "staff", "senior", "junior", "sr", "jr", "trainee", "apprentice", "student", "fellow",
        "postdoc", "technician", "accountant", "editor", "writer", "marketer", "recruiter", "advisor", "adviser",
        "mentor", "organiser", "organizer", "volunteer", "member", "chair", "secretary", "treasurer", "representative",
        "support", "sre", "devops", "qa", "tester", "freelance", "freelancer", "contractor", "partner",
        "executive", "supervisor", "operator", "nurse", "physician", "doctor", "agent", "clerk", "strategist",
        "maintainer", "contributor", "author", "speaker", "instructor", "trainer", "coach", "chief",
        // German
        "entwickler", "entwicklerin", "softwareentwickler", "softwareentwicklerin", "ingenieur", "ingenieurin",
        "leiter", "leiterin", "berater", "beraterin", "werkstudent", "werkstudentin", "praktikant", "praktikantin",
        "geschaftsfuhrer", "geschaftsfuhrerin", "mitarbeiter", "mitarbeiterin", "referent", "referentin",
        "projektleiter", "projektleiterin", "teamleiter", "teamleiterin", "abteilungsleiter", "gruppenleiter",
        "auszubildende", "auszubildender", "wissenschaftlicher", "wissenschaftliche", "informatiker", "informatikerin",
        "architektin", "administratorin", "administratrice", "ingenieure", "developpeuse", "sachbearbeiter", "sachbearbeiterin", "leitung", "inhaber", "grunder",
        "grunderin", "dozent", "dozentin", "lehrer", "lehrerin",
        // French
        "developpeur", "developpeuse", "ingenieure", "chef", "responsable", "directeur", "directrice", "stagiaire",
        "consultante", "analyste", "chargee", "charge", "gestionnaire", "technicien", "technicienne", "alternant",
        "alternante", "concepteur", "conceptrice", "fondateur", "fondatrice", "enseignant", "enseignante", "chercheur",
        "chercheuse", "adjoint", "adjointe", "benevole",
        // Spanish
        "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "jefe", "jefa", "gerente", "director",
        "directora", "becario", "becaria", "practicante", "consultor", "consultora", "analista", "programador",
        "programadora", "disenador", "disenadora", "tecnico", "tecnica", "coordinador", "coordinadora", "fundador",
        "fundadora", "profesor", "profesora", "investigador", "investigadora", "responsable", "voluntario", "voluntaria",
        // Italian
        "sviluppatore", "sviluppatrice", "ingegnere", "responsabile", "direttore", "direttrice", "stagista",
        "consulente", "progettista", "tirocinante",
    ]

    /// Organisation endings and words: "Acme GmbH", "Globex Inc.", "Initech Labs".
    static let organisationWords: Set<String> = [
        "gmbh", "ag", "kg", "ug", "se", "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "corp",
        "corporation", "co", "company", "group", "gruppe", "groupe", "grupo", "sa", "sas", "sarl", "sl", "slu", "spa",
        "srl", "bv", "nv", "ab", "as", "oy", "pty", "labs", "lab", "technologies", "technology", "solutions", "systems",
        "software", "services", "consulting", "partners", "holding", "holdings", "bank", "ventures", "studio",
        "studios", "agency", "agentur", "foundation", "stiftung", "association", "verein", "ev", "network", "media",
        "health", "gmbh & co", "industries", "international", "digital", "analytics", "ministry", "ministerium",
        "hospital", "klinikum", "council", "agence", "fondation", "fundacion", "empresa",
    ]

    static let institutionWords: Set<String> = [
        "university", "universitat", "universite", "universidad", "universita", "uni", "college", "school", "hochschule",
        "fachhochschule", "institute", "institut", "instituto", "istituto", "academy", "akademie", "academie",
        "academia", "ecole", "escuela", "scuola", "gymnasium", "lycee", "liceo", "polytechnic", "polytechnique",
        "politecnico", "politecnica", "tu", "eth", "epfl", "mit", "kit", "rwth", "lmu", "tum", "insa", "conservatory",
        "seminary", "faculty", "fakultat", "faculte", "facultad", "campus", "colegio", "iut", "hec", "essec",
        "bootcamp", "realschule", "gesamtschule", "berufsschule", "berufskolleg", "oberschule",
    ]

    /// Degrees, longest first so "Master of Science" wins over "Master".
    static let degreePhrases: [String] = [
        "bachelor of science", "bachelor of arts", "bachelor of engineering", "bachelor of business administration",
        "master of science", "master of arts", "master of engineering", "master of business administration",
        "doctor of philosophy", "associate of science", "associate of arts", "bachelor's degree", "master's degree",
        "bachelor", "master", "bachelors", "masters", "phd", "ph.d.", "ph. d.", "doctorate", "doctor", "mba", "msc",
        "m.sc.", "m.sc", "bsc", "b.sc.", "b.sc", "b.a.", "m.a.", "ba", "ma", "beng", "b.eng.", "meng", "m.eng.", "bs", "ms",
        "b.s.", "m.s.", "diplom", "diplom-informatiker", "diplom-ingenieur", "dipl.-inf.", "dipl.-ing.", "dipl.",
        "staatsexamen", "magister", "abitur", "fachabitur", "promotion", "dr.", "licence", "maitrise", "master 2",
        "master 1", "m2", "m1", "diplome d'ingenieur", "diplome", "doctorat", "baccalaureat", "bts", "dut", "grado",
        "licenciatura", "maestria", "doctorado", "ingenieria", "laurea magistrale", "laurea triennale", "laurea",
        "dottorato", "associate degree", "associate", "high school diploma", "a-levels", "a levels", "gcse",
        "certificate", "certificat", "hnd",
    ]

    static let levelWords: Set<String> = [
        "beginner", "basic", "basics", "elementary", "intermediate", "advanced", "expert", "proficient", "fluent",
        "native", "master", "novice", "competent", "good", "very good", "excellent", "working knowledge",
        "grundkenntnisse", "gut", "sehr gut", "fortgeschritten", "experte", "expertin", "verhandlungssicher",
        "fliessend", "muttersprache", "debutant", "intermediaire", "avance", "confirme", "courant", "bilingue",
        "langue maternelle", "basico", "intermedio", "avanzado", "experto", "nativo", "lengua materna", "a1", "a2",
        "b1", "b2", "c1", "c2",
    ]

    static let scoreLabels: [String] = ["gpa", "grade", "grades", "note", "abschlussnote", "endnote", "mention", "nota", "score", "cgpa", "voto"]

    /// Words of a folded text.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in TextFolding.fold(text) {
            if character.isLetter || character.isNumber { current.append(character) } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func roleScore(_ text: String) -> Int {
        words(text).reduce(0) { $0 + (roleWords.contains($1) || $1.hasSuffix("entwickler") || $1.hasSuffix("leiter") || $1.hasSuffix("engineer") ? 1 : 0) }
    }

    static func organisationScore(_ text: String) -> Int {
        words(text).reduce(0) { $0 + (organisationWords.contains($1) ? 1 : 0) }
    }

    static func institutionScore(_ text: String) -> Int {
        let folded = words(text)
        var score = folded.reduce(0) { $0 + (institutionWords.contains($1) || $1.hasSuffix("universitat") || $1.hasSuffix("hochschule") ? 1 : 0) }
        if folded.first == "university" || folded.first == "universite" || folded.first == "universidad" { score += 1 }
        return score
    }

    /// The degree phrase a text starts with or contains, with its position.
    static func degree(in text: String) -> (phrase: String, range: Range<String.Index>)? {
        let folded = TextFolding.fold(text)
        guard folded.count == text.count else {
            // Folding changed the length (ß -> ss): match without positions.
            return nil
        }
        for phrase in degreePhrases {
            var searchStart = folded.startIndex
            while let found = folded[searchStart...].firstRange(of: phrase) {
                let beforeOK = found.lowerBound == folded.startIndex || !folded[folded.index(before: found.lowerBound)].isLetter
                let afterOK = found.upperBound == folded.endIndex || !folded[found.upperBound].isLetter
                if beforeOK && afterOK {
                    let lower = text.index(text.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: found.lowerBound))
                    let upper = text.index(lower, offsetBy: phrase.count)
                    return (phrase, lower..<upper)
                }
                searchStart = found.upperBound
            }
        }
        return nil
    }

    static func isLevel(_ text: String) -> Bool {
        let folded = words(text).joined(separator: " ")
        return levelWords.contains(folded) || folded.split(separator: " ").allSatisfy { levelWords.contains(String($0)) }
    }
}
