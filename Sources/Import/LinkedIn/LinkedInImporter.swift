import Core

/// A LinkedIn data export (the zip, its folder, or some of its CSV files) -> CV.
enum LinkedInImporter {
    /// The export as a zip, or one of its CSV files on its own.
    static func read(archive bytes: [UInt8], file: String) -> CVImporter.Imported {
        guard bytes.starts(with: [0x50, 0x4B]) else {
            return read(files: [(CVImporter.lastComponent(file), bytes)], file: file)
        }
        let archive: ZIPArchive
        do throws(ZIPArchive.Failure) {
            archive = try ZIPArchive(bytes)
        } catch {
            return .failed(.linkedIn, ZIPFormat.diagnostic(error, file: file))
        }
        var files: [(name: String, bytes: [UInt8])] = []
        var ignored: [String] = []
        for entry in archive.entries {
            guard LinkedInExport.kind(ofFile: entry.name) != nil else {
                if entry.name.lowercased().hasSuffix(".csv") { ignored.append(CVImporter.lastComponent(entry.name)) }
                continue
            }
            do throws(ZIPArchive.Failure) {
                files.append((entry.name, try archive.data(entry)))
            } catch {
                return .failed(.linkedIn, ZIPFormat.diagnostic(error, file: file))
            }
        }
        var imported = read(files: files, file: file)
        if !ignored.isEmpty, !imported.diagnostics.hasErrors {
            imported.notes.append(ImportNote(field: "linkedin", "Ignored \(ignored.count) file\(ignored.count == 1 ? "" : "s") of the export that hold no CV data (\(ignored.sorted().prefix(5).joined(separator: ", "))\(ignored.count > 5 ? ", ..." : ""))."))
        }
        return imported
    }

    static func read(files: [(name: String, bytes: [UInt8])], file: String) -> CVImporter.Imported {
        var tables: [LinkedInExport.Kind: [[String: String]]] = [:]
        var notes: [ImportNote] = []
        for (name, bytes) in files.sorted(by: { $0.name < $1.name }) {
            guard let kind = LinkedInExport.kind(ofFile: name) else { continue }
            let (text, encoding) = TextDecoding.decode(bytes)
            let shortName = CVImporter.lastComponent(name)
            if encoding != .utf8 {
                notes.append(ImportNote(field: "linkedin", "\(shortName) is not UTF-8; it was read as \(encoding.rawValue). Check names with accents."))
            }
            guard let table = LinkedInExport.table(text, kind: kind) else {
                notes.append(ImportNote(field: "linkedin", "\(shortName) has no header row PersonaForge recognises; it was left out."))
                continue
            }
            tables[kind, default: []] += table.rows
        }
        guard !tables.isEmpty else {
            return .failed(.linkedIn, .error(at: SourceLocation(file: file), code: "linkedin-no-cv-files",
                                             "\(file) holds none of the LinkedIn export files with CV data (Profile.csv, Positions.csv, Education.csv, Skills.csv, ...).",
                                             hint: "Request the full archive in LinkedIn's settings (Data privacy > Get a copy of your data) and import the zip."))
        }
        var builder = Builder(tables: tables, notes: notes)
        builder.build()
        var imported = CVImporter.Imported(format: .linkedIn, draft: builder.draft)
        imported.notes = builder.notes
        imported.confidence = builder.draft.basics["name"] != nil ? 1 : 0.7
        return imported
    }

    struct Builder {
        let tables: [LinkedInExport.Kind: [[String: String]]]
        var notes: [ImportNote]
        var draft = CVDraft()

        func rows(_ kind: LinkedInExport.Kind) -> [[String: String]] { tables[kind] ?? [] }

        mutating func date(_ text: String?, path: String) -> String? {
            guard let text, !text.isEmpty else { return nil }
            if let date = DateParser.date(text) { return date }
            notes.append(ImportNote(field: path, "'\(text)' is not a date PersonaForge can read; it was left out."))
            return nil
        }

        /// LinkedIn descriptions: lines starting with a bullet are highlights, the rest the summary.
        static func describe(_ text: String?) -> (summary: String?, highlights: [String]) {
            guard let text else { return (nil, []) }
            var summary: [String] = []
            var highlights: [String] = []
            for line in text.sourceLines {
                let trimmed = line.trimmed()
                guard !trimmed.isEmpty else { continue }
                if let first = trimmed.first, CVStructurer.bulletGlyphs.contains(first) || ("-*".contains(first) && trimmed.dropFirst().first == " ") {
                    highlights.append(String(trimmed.dropFirst()).trimmed())
                } else {
                    summary.append(trimmed)
                }
            }
            return (summary.isEmpty ? nil : summary.joined(separator: " "), highlights)
        }

        mutating func build() {
            buildBasics()
            for (index, row) in rows(.positions).enumerated() {
                var work = CVRecord()
                work["name"] = row["companyname"] ?? row["company"]
                work["position"] = row["title"]
                work["location"] = row["location"]
                work["startDate"] = date(row["startedon"] ?? row["startdate"], path: "work[\(index)].startDate")
                work["endDate"] = date(row["finishedon"] ?? row["enddate"], path: "work[\(index)].endDate")
                let (summary, highlights) = Self.describe(row["description"])
                work["summary"] = summary
                work.set("highlights", list: highlights)
                draft.add(work, to: "work")
            }
            for (index, row) in rows(.education).enumerated() {
                var education = CVRecord()
                education["institution"] = row["schoolname"]
                var degree = row["degreename"]
                var area = row["fieldofstudy"]
                if area == nil, let text = degree, let comma = text.firstIndex(of: ",") {
                    degree = String(text[..<comma]).trimmed()
                    area = String(text[text.index(after: comma)...]).trimmed()
                }
                education["studyType"] = degree
                education["area"] = area
                education["startDate"] = date(row["startdate"], path: "education[\(index)].startDate")
                education["endDate"] = date(row["enddate"], path: "education[\(index)].endDate")
                let extras = [row["notes"], row["activities"]].compactMap { $0 }
                if !extras.isEmpty {
                    notes.append(ImportNote(field: "education[\(index)]", "JSON Resume education entries have no notes; left out: '\(extras.joined(separator: " "))'."))
                }
                draft.add(education, to: "education")
            }
            for row in rows(.skills) {
                var skill = CVRecord()
                skill["name"] = row["name"]
                draft.add(skill, to: "skills")
            }
            for row in rows(.languages) {
                var language = CVRecord()
                language["language"] = row["name"]
                language["fluency"] = row["proficiency"]
                draft.add(language, to: "languages")
            }
            for (index, row) in rows(.certifications).enumerated() {
                var certificate = CVRecord()
                certificate["name"] = row["name"]
                certificate["issuer"] = row["authority"]
                certificate["date"] = date(row["startedon"] ?? row["finishedon"], path: "certificates[\(index)].date")
                certificate["url"] = Self.url(row["url"])
                draft.add(certificate, to: "certificates")
            }
            for (index, row) in rows(.projects).enumerated() {
                var project = CVRecord()
                project["name"] = row["title"]
                let (summary, highlights) = Self.describe(row["description"])
                project["description"] = summary
                project.set("highlights", list: highlights)
                project["startDate"] = date(row["startedon"], path: "projects[\(index)].startDate")
                project["endDate"] = date(row["finishedon"], path: "projects[\(index)].endDate")
                project["url"] = Self.url(row["url"])
                draft.add(project, to: "projects")
            }
            for (index, row) in rows(.honors).enumerated() {
                var award = CVRecord()
                award["title"] = row["title"]
                award["date"] = date(row["issuedon"], path: "awards[\(index)].date")
                award["awarder"] = row["issuer"]
                award["summary"] = row["description"]
                draft.add(award, to: "awards")
            }
            for (index, row) in rows(.volunteering).enumerated() {
                var volunteer = CVRecord()
                volunteer["organization"] = row["companyname"]
                volunteer["position"] = row["role"]
                volunteer["startDate"] = date(row["startedon"], path: "volunteer[\(index)].startDate")
                volunteer["endDate"] = date(row["finishedon"], path: "volunteer[\(index)].endDate")
                let (summary, highlights) = Self.describe(row["description"])
                volunteer["summary"] = summary ?? row["cause"]
                volunteer.set("highlights", list: highlights)
                draft.add(volunteer, to: "volunteer")
            }
            for (index, row) in rows(.publications).enumerated() {
                var publication = CVRecord()
                publication["name"] = row["name"]
                publication["publisher"] = row["publisher"]
                publication["releaseDate"] = date(row["publishedon"], path: "publications[\(index)].releaseDate")
                publication["url"] = Self.url(row["url"])
                publication["summary"] = row["description"]
                draft.add(publication, to: "publications")
            }
            for row in rows(.recommendations) where (row["status"] ?? "VISIBLE").uppercased() != "HIDDEN" {
                var reference = CVRecord()
                let name = [row["firstname"], row["lastname"]].compactMap { $0 }.joined(separator: " ")
                let role = [row["jobtitle"], row["company"]].compactMap { $0 }.joined(separator: " at ")
                reference["name"] = role.isEmpty ? name : "\(name), \(role)"
                reference["reference"] = row["text"]
                draft.add(reference, to: "references")
            }
            let courses = rows(.courses).compactMap { $0["name"] }
            if !courses.isEmpty {
                if var first = draft.sections["education"]?.first {
                    first.set("courses", list: courses)
                    draft.sections["education"]![0] = first
                    notes.append(ImportNote(field: "education[0].courses", "LinkedIn does not say which school a course belongs to; the courses were added to the first education entry."))
                } else {
                    for course in courses {
                        var certificate = CVRecord()
                        certificate["name"] = course
                        draft.add(certificate, to: "certificates")
                    }
                    notes.append(ImportNote(field: "certificates", "The export lists courses but no education; they were imported as certificates."))
                }
            }
        }

        /// LinkedIn leaves URL fields empty or writes them without a scheme.
        static func url(_ text: String?) -> String? {
            guard let text = text?.trimmed(), !text.isEmpty, !text.contains(" ") else { return nil }
            return ContactFinder.normalizedURL(text)
        }

        mutating func buildBasics() {
            var basics = CVRecord()
            let profile = rows(.profile).first ?? [:]
            let name = [profile["firstname"], profile["lastname"]].compactMap { $0 }.joined(separator: " ")
            basics["name"] = name.isEmpty ? nil : name
            basics["label"] = profile["headline"]
            let summaries = rows(.profileSummary).compactMap { $0["profilesummary"] ?? $0["summary"] }
            basics["summary"] = profile["summary"] ?? summaries.first
            let emails = rows(.emailAddresses).sorted { ($0["primary"] ?? "").lowercased() == "yes" && ($1["primary"] ?? "").lowercased() != "yes" }
            basics["email"] = emails.compactMap { $0["emailaddress"] }.first
            basics["phone"] = rows(.phoneNumbers).compactMap { $0["number"] }.first
            var profiles: [CVRecord] = []
            var website: String?
            for item in Self.websites(profile["websites"]) {
                if case .profile(let network, let username, let url) = ContactFinder.classifyURL(item) {
                    var record = CVRecord()
                    record["network"] = network
                    record["username"] = username
                    record["url"] = url
                    profiles.append(record)
                } else if website == nil {
                    website = ContactFinder.normalizedURL(item)
                }
            }
            for handle in Self.websites(profile["twitterhandles"]) {
                var record = CVRecord()
                let user = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
                record["network"] = "Twitter"
                record["username"] = user
                record["url"] = ContactFinder.profileURL(network: "Twitter", username: user)
                profiles.append(record)
            }
            basics["url"] = website
            var location = CVRecord()
            if let geo = profile["geolocation"] {
                let parts = geo.split(separator: ",").map { $0.trimmed() }
                if parts.count >= 2, let code = ContactFinder.countryCode(parts.last!) {
                    location["city"] = parts[0]
                    location["countryCode"] = code
                    if parts.count >= 3 { location["region"] = parts[1] }
                } else {
                    location["city"] = geo
                }
            }
            location["postalCode"] = profile["zipcode"]
            location["address"] = profile["address"]
            basics.set("location", record: location)
            basics.set("profiles", records: profiles)
            draft.basics = basics
        }

        /// "[PORTFOLIO:https://jane.dev,COMPANY:https://acme.com]" or plain addresses -> addresses.
        static func websites(_ text: String?) -> [String] {
            guard let text else { return [] }
            return text.split(whereSeparator: { "[],;\n".contains($0) }).compactMap { piece in
                var item = piece.trimmed()
                if let colon = item.firstIndex(of: ":"), !item[colon...].hasPrefix("://"), item[..<colon].allSatisfy({ $0.isLetter || $0 == " " }) {
                    item = String(item[item.index(after: colon)...]).trimmed()
                }
                return item.isEmpty ? nil : item
            }
        }
    }
}
