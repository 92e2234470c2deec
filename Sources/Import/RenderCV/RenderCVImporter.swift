import Core
import YAMLSupport

/// RenderCV's YAML (`cv:` with `sections:` of typed entries) -> CV, so its users can move over.
///
/// Entry types are told by their keys, as RenderCV does: ExperienceEntry (company, position),
/// EducationEntry (institution, area), PublicationEntry (title, authors), NormalEntry (name),
/// OneLineEntry (label, details), BulletEntry (bullet) and TextEntry (a plain string). Section
/// titles are free; they are matched with the same multilingual list as CV headings, and a
/// title it does not know is placed by its entries' type.
enum RenderCVImporter {
    static func looksLikeRenderCV(_ head: String) -> Bool {
        head.hasPrefix("cv:") || head.contains("\ncv:")
    }

    static func read(_ bytes: [UInt8], file: String) -> CVImporter.Imported {
        let at = SourceLocation(file: file)
        guard case .text(let text) = UTF8Validation.decode(bytes) else {
            return .failed(.renderCV, .error(at: at, code: "not-utf8", "\(file) is not UTF-8 text.", hint: "Save it as UTF-8 in your editor."))
        }
        let root: YAMLNode
        do throws(Diagnostic) {
            guard let parsed = try YAMLParser.parse(text, file: file) else {
                return .failed(.renderCV, .error(at: at, code: "import-empty", "\(file) holds no data."))
            }
            root = parsed
        } catch {
            return .failed(.renderCV, error)
        }
        guard let cv = root["cv"], cv.pairs != nil else {
            return .failed(.renderCV, .error(at: root.location, code: "rendercv-no-cv", "\(file) has no 'cv:' mapping, so it is not a RenderCV file."))
        }
        var converter = Converter(file: file)
        converter.convert(cv)
        var imported = CVImporter.Imported(format: .renderCV, draft: converter.draft)
        imported.notes = converter.notes
        imported.confidence = converter.draft.basics["name"] != nil ? 1 : 0.7
        return imported
    }

    enum EntryType { case text, bullet, oneLine, experience, education, publication, normal, unknown }

    static func type(of entry: YAMLNode) -> EntryType {
        if entry.isScalar { return .text }
        guard entry.pairs != nil else { return .unknown }
        if entry["bullet"] != nil { return .bullet }
        if entry["label"] != nil && entry["details"] != nil { return .oneLine }
        if entry["company"] != nil && entry["position"] != nil { return .experience }
        if entry["institution"] != nil { return .education }
        if entry["title"] != nil && (entry["authors"] != nil || entry["journal"] != nil || entry["doi"] != nil) { return .publication }
        if entry["name"] != nil { return .normal }
        if entry["company"] != nil { return .experience }
        return .unknown
    }

    struct Converter {
        let file: String
        var draft = CVDraft()
        var notes: [ImportNote] = []
        var summary: [String] = []

        mutating func convert(_ cv: YAMLNode) {
            var basics = CVRecord()
            basics["name"] = cv["name"]?.scalarText
            basics["label"] = (cv["label"] ?? cv["headline"])?.scalarText
            basics["email"] = cv["email"]?.scalarText
            if let phone = cv["phone"]?.scalarText {
                basics["phone"] = phone.hasPrefix("tel:") ? String(phone.dropFirst(4)).replacingOccurrencesLite("-", with: " ") : phone
            }
            basics["url"] = cv["website"]?.scalarText
            if let place = cv["location"]?.scalarText {
                var location = CVRecord()
                if let found = ContactFinder.location(place) {
                    location["address"] = found.address
                    location["postalCode"] = found.postalCode
                    location["city"] = found.city
                    location["countryCode"] = found.countryCode
                    location["region"] = found.region
                } else {
                    location["city"] = place
                }
                basics.set("location", record: location)
            }
            basics.set("profiles", records: (cv["social_networks"]?.sequence ?? []).map { network in
                var profile = CVRecord()
                let name = network["network"]?.scalarText ?? ""
                let user = network["username"]?.scalarText ?? ""
                profile["network"] = name
                profile["username"] = user
                profile["url"] = ContactFinder.profileURL(network: name, username: user)
                return profile
            })
            draft.basics = basics
            for pair in cv["sections"]?.pairs ?? [] {
                guard let title = pair.key.scalarText, let entries = pair.value.sequence else { continue }
                section(title, entries)
            }
            if !summary.isEmpty { draft.basics["summary"] = summary.joined(separator: "\n\n") }
            let known: Set<String> = ["name", "label", "headline", "location", "email", "phone", "website", "social_networks", "sections", "photo"]
            for pair in cv.pairs ?? [] {
                if let key = pair.key.scalarText, !known.contains(key) {
                    notes.append(ImportNote(field: "basics", "RenderCV's cv.\(key) has no place in JSON Resume; it was left out."))
                }
            }
        }

        mutating func section(_ title: String, _ entries: [YAMLNode]) {
            let readable = title.replacingOccurrencesLite("_", with: " ")
            let types = entries.map(RenderCVImporter.type(of:))
            var kind = SectionKind.of(heading: readable)
            if kind == nil || kind == .contact {
                switch types.first {
                case .experience: kind = .work
                case .education: kind = .education
                case .publication: kind = .publications
                case .text: kind = .summary
                default:
                    notes.append(ImportNote(field: title, "The RenderCV section '\(title)' is not one PersonaForge knows; its \(entries.count) entries were left out."))
                    return
                }
                notes.append(ImportNote(field: title, "The RenderCV section '\(title)' was imported as \(kind!.rawValue), from its entries' type."))
            }
            for (index, entry) in entries.enumerated() {
                add(entry, type: types[index], to: kind!, path: "\(kind!.jsonResumeSection ?? kind!.rawValue)[\(draft.entries(kind!.jsonResumeSection ?? "").count)]")
            }
        }

        func text(_ node: YAMLNode?, _ key: String) -> String? { node?[key]?.scalarText }

        func list(_ node: YAMLNode, _ key: String) -> [String] { node[key]?.strings.map(\.value) ?? [] }

        mutating func dates(_ entry: YAMLNode, into record: inout CVRecord, path: String, single: String = "startDate") {
            if let start = text(entry, "start_date") { record["startDate"] = date(start, path: path + ".startDate") }
            if let end = text(entry, "end_date"), !["present", "now", "current"].contains(end.lowercased()) {
                record["endDate"] = date(end, path: path + ".endDate")
            }
            if record["startDate"] == nil, let when = text(entry, "date") {
                if let span = DateParser.firstSpan(in: when) {
                    if span.isSingle { record[single] = span.start } else {
                        record["startDate"] = span.start
                        record["endDate"] = span.endDate
                    }
                } else {
                    notes.append(ImportNote(field: path, "'\(when)' is not a date PersonaForge can read; it was left out."))
                }
            }
        }

        mutating func date(_ text: String, path: String) -> String? {
            if JSONResumeDate(text) != nil { return text }
            if let date = DateParser.date(text) { return date }
            notes.append(ImportNote(field: path, "'\(text)' is not a date PersonaForge can read; it was left out."))
            return nil
        }

        mutating func add(_ entry: YAMLNode, type: EntryType, to kind: SectionKind, path: String) {
            var record = CVRecord()
            switch (kind, type) {
            case (.summary, _), (_, .text):
                if kind == .summary {
                    summary.append(entry.scalarText ?? text(entry, "bullet") ?? text(entry, "details") ?? "")
                    return
                }
                addItems(ListSectionParser.items(entry.scalarText ?? ""), to: kind)
                return
            case (.work, _), (.volunteer, _):
                record[kind == .volunteer ? "organization" : "name"] = text(entry, "company") ?? text(entry, "name")
                record["position"] = text(entry, "position")
                if kind == .work { record["location"] = text(entry, "location") }
                dates(entry, into: &record, path: path)
                record["summary"] = text(entry, "summary")
                record.set("highlights", list: list(entry, "highlights"))
                record["url"] = text(entry, "url")
            case (.education, _):
                record["institution"] = text(entry, "institution") ?? text(entry, "name")
                record["area"] = text(entry, "area")
                record["studyType"] = text(entry, "degree")
                dates(entry, into: &record, path: path, single: "endDate")
                var courses: [String] = []
                for highlight in list(entry, "highlights") {
                    if let score = EntryParser.labelled(highlight, labels: Vocabulary.scoreLabels) { record["score"] = score } else if let items = EntryParser.labelled(highlight, labels: EntryParser.courseLabels) {
                        courses += ListSectionParser.items(items)
                    } else {
                        notes.append(ImportNote(field: path, "JSON Resume education entries have no highlights; left out: '\(highlight)'."))
                    }
                }
                record.set("courses", list: courses)
                record["url"] = text(entry, "url")
            case (.publications, _):
                record["name"] = text(entry, "title") ?? text(entry, "name")
                record["publisher"] = text(entry, "journal")
                dates(entry, into: &record, path: path, single: "releaseDate")
                if record["releaseDate"] == nil, let start = record["startDate"] { record["releaseDate"] = start }
                record["startDate"] = nil
                record["endDate"] = nil
                record["url"] = text(entry, "url") ?? text(entry, "doi").map { "https://doi.org/\($0)" }
                let authors = list(entry, "authors")
                if !authors.isEmpty { record["summary"] = "Authors: " + authors.joined(separator: ", ").replacingOccurrencesLite("*", with: "") }
            case (.projects, _):
                record["name"] = text(entry, "name") ?? text(entry, "label") ?? text(entry, "bullet")
                record["description"] = text(entry, "summary") ?? text(entry, "details")
                record.set("highlights", list: list(entry, "highlights"))
                dates(entry, into: &record, path: path)
                record["url"] = text(entry, "url")
            case (.skills, .oneLine), (.interests, .oneLine):
                record["name"] = text(entry, "label")
                record.set("keywords", list: ListSectionParser.items(text(entry, "details") ?? ""))
            case (.languages, .oneLine):
                record["language"] = text(entry, "label")
                record["fluency"] = text(entry, "details")
            case (.languages, _):
                record["language"] = text(entry, "name") ?? text(entry, "bullet")
                record["fluency"] = text(entry, "summary")
            case (.certificates, _):
                record["name"] = text(entry, "name") ?? text(entry, "label") ?? text(entry, "bullet")
                record["issuer"] = text(entry, "details") ?? text(entry, "location")
                dates(entry, into: &record, path: path, single: "date")
                if record["date"] == nil, let start = record["startDate"] { record["date"] = start }
                record["startDate"] = nil
                record["endDate"] = nil
                record["url"] = text(entry, "url")
            case (.awards, _):
                record["title"] = text(entry, "name") ?? text(entry, "label") ?? text(entry, "bullet")
                record["summary"] = text(entry, "summary") ?? text(entry, "details")
                dates(entry, into: &record, path: path, single: "date")
                if record["date"] == nil, let start = record["startDate"] { record["date"] = start }
                record["startDate"] = nil
                record["endDate"] = nil
            case (.references, _):
                record["name"] = text(entry, "name") ?? text(entry, "label")
                record["reference"] = text(entry, "summary") ?? text(entry, "details")
            case (.courses, _):
                addItems([text(entry, "name") ?? text(entry, "label") ?? text(entry, "bullet") ?? ""], to: .courses)
                return
            default:
                // Skills and interests as bullets or normal entries: one item each.
                record["name"] = text(entry, "name") ?? text(entry, "label") ?? text(entry, "bullet")
                if let details = text(entry, "details") ?? text(entry, "summary") { record.set("keywords", list: ListSectionParser.items(details)) }
            }
            guard let section = kind.jsonResumeSection else { return }
            draft.add(record, to: section)
        }

        mutating func addItems(_ items: [String], to kind: SectionKind) {
            for item in items where !item.isEmpty {
                var record = CVRecord()
                switch kind {
                case .languages: record["language"] = item
                case .awards: record["title"] = item
                case .courses:
                    if var first = draft.sections["education"]?.first {
                        first.set("courses", list: first.list("courses") + [item])
                        draft.sections["education"]![0] = first
                    } else {
                        record["name"] = item
                        draft.add(record, to: "certificates")
                    }
                    continue
                default: record["name"] = item
                }
                if let section = kind.jsonResumeSection { draft.add(record, to: section) }
            }
        }
    }
}
