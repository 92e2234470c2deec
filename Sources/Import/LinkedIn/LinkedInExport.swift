/// The files of a LinkedIn "download your data" export, whose names vary between versions
/// ("Positions.csv", "positions.csv", "Profile Summary.csv", "Profile_Summary.csv",
/// "Honors.csv", "Honors_and_Awards.csv"), and their tables, which may start with note lines.
enum LinkedInExport {
    enum Kind: String, Sendable, CaseIterable {
        case profile, profileSummary, emailAddresses, phoneNumbers, positions, education, skills, certifications
        case languages, projects, honors, volunteering, courses, publications, recommendations
    }

    /// File name stems, squeezed (lowercase, no spaces, underscores, dashes or digits).
    static let aliases: [String: Kind] = [
        "profile": .profile, "profiles": .profile,
        "profilesummary": .profileSummary, "summary": .profileSummary, "about": .profileSummary,
        "emailaddresses": .emailAddresses, "emailaddress": .emailAddresses, "emails": .emailAddresses, "email": .emailAddresses,
        "phonenumbers": .phoneNumbers, "phonenumber": .phoneNumbers, "phones": .phoneNumbers,
        "positions": .positions, "position": .positions, "experience": .positions, "workexperience": .positions,
        "education": .education, "educations": .education,
        "skills": .skills, "skill": .skills,
        "certifications": .certifications, "certification": .certifications, "certificates": .certifications,
        "licensesandcertifications": .certifications, "licensescertifications": .certifications,
        "languages": .languages, "language": .languages,
        "projects": .projects, "project": .projects,
        "honors": .honors, "honorsandawards": .honors, "honorsawards": .honors, "awards": .honors, "honours": .honors,
        "volunteering": .volunteering, "volunteeringexperiences": .volunteering, "volunteerexperience": .volunteering,
        "volunteerexperiences": .volunteering, "volunteer": .volunteering,
        "courses": .courses, "course": .courses,
        "publications": .publications, "publication": .publications,
        "recommendationsreceived": .recommendations, "recommendations": .recommendations,
    ]

    /// The kind of an export file from its path ("Basic_LinkedInDataExport/Positions.csv").
    static func kind(ofFile path: String) -> Kind? {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        guard name.lowercased().hasSuffix(".csv") else { return nil }
        return aliases[squeeze(String(name.dropLast(4)))]
    }

    static func squeeze(_ text: String) -> String {
        String(TextFolding.fold(text).filter { $0.isLetter })
    }

    /// Columns each file's header is recognised by (squeezed), to skip note lines above it.
    static let knownColumns: Set<String> = [
        "firstname", "lastname", "headline", "summary", "geolocation", "address", "websites", "twitterhandles",
        "emailaddress", "primary", "number", "type", "companyname", "title", "description", "location", "startedon",
        "finishedon", "schoolname", "startdate", "enddate", "degreename", "notes", "activities", "fieldofstudy", "name",
        "url", "authority", "licensenumber", "proficiency", "issuedon", "role", "cause", "publishedon", "publisher",
        "profilesummary", "text", "company", "jobtitle", "creationdate", "status", "industry", "zipcode",
    ]

    /// The column each file's header must have (squeezed).
    static func keyColumns(_ kind: Kind) -> Set<String> {
        switch kind {
        case .profile: return ["firstname", "lastname", "headline"]
        case .profileSummary: return ["profilesummary", "summary"]
        case .emailAddresses: return ["emailaddress"]
        case .phoneNumbers: return ["number"]
        case .positions: return ["companyname", "title"]
        case .education: return ["schoolname"]
        case .skills, .languages, .courses: return ["name"]
        case .certifications: return ["name", "authority"]
        case .projects: return ["title"]
        case .honors: return ["title"]
        case .volunteering: return ["companyname", "role"]
        case .publications: return ["name", "publisher"]
        case .recommendations: return ["text", "firstname"]
        }
    }

    /// The table in a file: the first row with one of the file's key columns is the header;
    /// rows above it are notes ("Notes:", an explanation, a blank line).
    static func table(_ text: String, kind: Kind) -> (header: [String], rows: [[String: String]], skippedNotes: Bool)? {
        let rows = CSVParser.rows(text)
        let keys = keyColumns(kind)
        guard let headerIndex = rows.firstIndex(where: { row in
            row.contains { keys.contains(squeeze($0)) } && row.allSatisfy { $0.count <= 40 }
        }) else { return nil }
        let header = rows[headerIndex].map(squeeze)
        var records: [[String: String]] = []
        for row in rows[(headerIndex + 1)...] where row.contains(where: { !$0.trimmed().isEmpty }) {
            var record: [String: String] = [:]
            for (index, column) in header.enumerated() where index < row.count {
                let value = TextFolding.cleanKeepingLines(row[index])
                if !value.isEmpty { record[column] = value }
            }
            records.append(record)
        }
        return (header, records, headerIndex > 0)
    }
}

extension TextFolding {
    /// Trims and normalises spaces on each line, keeping line breaks (descriptions have bullets).
    static func cleanKeepingLines(_ text: String) -> String {
        text.sourceLines
            .map { clean($0.replacingOccurrencesLite("\r", with: "")) }
            .joined(separator: "\n")
            .trimmed(CharacterSetLite { $0 == "\n" || $0 == " " })
    }
}
