/// Reads the entries of a work, volunteer, education or projects section: groups lines into
/// entries (heading lines, then bullets and paragraphs), then tells the heading's pieces apart
/// (employer, position, location, dates; school, degree, field; project name, address).
struct EntryParser {
    let kind: SectionKind
    /// The number of entries the section already has (a CV may repeat a heading).
    let startIndex: Int
    var notes: [ImportNote] = []
    var uncertainDates = 0
    var datedEntries = 0

    init(kind: SectionKind, startIndex: Int) {
        self.kind = kind
        self.startIndex = startIndex
    }

    struct Block {
        var header: [StyledLine] = []
        var body: [StyledLine] = []
        var bullets: [String] = []
        var hasDate = false
        var hasContent: Bool { !body.isEmpty || !bullets.isEmpty }
    }

    struct Part {
        var text: String
        var bold: Bool
        var italic: Bool
        var line: Int
    }

    mutating func parse(_ lines: [StyledLine]) -> [CVRecord] {
        let blocks = Self.regroup(group(lines))
        var records: [CVRecord] = []
        for (offset, block) in blocks.enumerated() {
            let path = "\(kind.jsonResumeSection!)[\(startIndex + offset)]"
            switch kind {
            case .education: records.append(education(block, path: path))
            case .projects: records.append(project(block, path: path))
            default: records.append(work(block, path: path))
            }
        }
        return records
    }

    // MARK: - Grouping

    /// A heading line of an entry, rather than a sentence of its text: short, or dated, or
    /// set apart in cells. A final period only marks a sentence in a longer line ("Acme Inc.").
    static func isHeaderLike(_ line: StyledLine, dated: Bool) -> Bool {
        if dated || line.cells.count >= 2 { return true }
        let words = line.wordCount
        // "Shipping software for online retailers.", not "Cartwheel Commerce GmbH & Co. KG."
        let lastWord = line.text.split(separator: " ").last?.count ?? 0
        if line.text.hasSuffix(".") && (words > 8 || words > 5 && lastWord > 6) { return false }
        return words <= 12 || (line.isBold && words <= 16)
    }

    func group(_ lines: [StyledLine]) -> [Block] {
        var blocks: [Block] = []
        for line in lines {
            if line.isBullet {
                if blocks.isEmpty { blocks.append(Block()) }
                blocks[blocks.count - 1].bullets.append(line.text)
                continue
            }
            let dated = DateParser.firstSpan(in: line.text) != nil && line.wordCount <= 16
            let headerLike = Self.isHeaderLike(line, dated: dated)
            guard var block = blocks.last else {
                var block = Block()
                if headerLike { block.header = [line] } else { block.body = [line] }
                block.hasDate = dated
                blocks.append(block)
                continue
            }
            let startsNew = headerLike && (block.hasContent || (dated && block.hasDate))
            if startsNew {
                var next = Block()
                next.header = [line]
                next.hasDate = dated
                blocks.append(next)
                continue
            }
            if headerLike && !block.hasContent { block.header.append(line) } else { block.body.append(line) }
            block.hasDate = block.hasDate || (dated && headerLike)
            blocks[blocks.count - 1] = block
        }
        return blocks
    }

    /// Entries of one CV share one heading layout. When an entry without bullets took heading
    /// lines past the date line that the next entry lacks ("School" / "Degree  2013 – 2015" /
    /// "School" / "Degree  2010 – 2013"), they are moved to the next entry.
    static func regroup(_ blocks: [Block]) -> [Block] {
        guard blocks.count >= 2 else { return blocks }
        func datedIndex(_ block: Block) -> Int? {
            block.header.firstIndex { DateParser.firstSpan(in: $0.text) != nil }
        }
        var result = blocks
        for index in 0..<(result.count - 1) {
            guard let dated = datedIndex(result[index]), let nextDated = datedIndex(result[index + 1]) else { continue }
            let trailing = result[index].header.count - 1 - dated
            let missing = dated - nextDated
            guard missing > 0, trailing >= missing, !result[index].hasContent || trailing > 0 else { continue }
            let moved = Array(result[index].header.suffix(missing))
            result[index].header.removeLast(missing)
            result[index + 1].header.insert(contentsOf: moved, at: 0)
        }
        return result
    }

    // MARK: - Pieces

    static let pieceSeparators = [" | ", " — ", " – ", " - ", " · ", " • ", " ∙ ", " @ ", " at ", " bei ", " chez ", " en la ", "\t"]

    static func split(_ text: String, separators: [String]) -> [String] {
        var pieces = [text]
        for separator in separators {
            pieces = pieces.flatMap { $0.components(separatedByLite: separator) }
        }
        return pieces.map { $0.trimmed(.whitespacesAndPunctuation) }.filter { !$0.isEmpty }
    }

    /// The heading's pieces with the first date span taken out of them.
    mutating func pieces(_ block: Block, path: String) -> (parts: [Part], span: DateSpan?) {
        var span: DateSpan?
        var parts: [Part] = []
        for (index, line) in block.header.enumerated() {
            for cell in line.cells {
                var text = cell.text
                if span == nil, let found = DateParser.firstSpan(in: text) {
                    span = found
                    text = Self.removing(found.range, from: text)
                }
                for piece in Self.split(text, separators: Self.pieceSeparators) {
                    for part in Self.splitCommas(piece) {
                        parts.append(Part(text: part, bold: cell.bold, italic: cell.italic, line: index))
                    }
                }
            }
        }
        if let span {
            datedEntries += 1
            if let uncertainty = span.uncertainty {
                uncertainDates += 1
                notes.append(ImportNote(field: path + ".startDate", uncertainty.prefix(1).uppercased() + uncertainty.dropFirst() + "."))
            }
        }
        return (parts, span)
    }

    /// Text with a span of characters cut out, and the brackets and separators it leaves.
    static func removing(_ range: Range<Int>, from text: String) -> String {
        let characters = Array(text)
        var before = String(characters[..<range.lowerBound])
        var after = String(characters[range.upperBound...])
        before = before.trimmed(.whitespaces)
        after = after.trimmed(.whitespaces)
        if before.hasSuffix("("), after.hasPrefix(")") { before.removeLast(); after.removeFirst() }
        if before.hasSuffix("["), after.hasPrefix("]") { before.removeLast(); after.removeFirst() }
        before = before.trimmed(.whitespacesAndPunctuation)
        after = after.trimmed(.whitespacesAndPunctuation)
        if before.isEmpty { return after }
        if after.isEmpty { return before }
        return before + " | " + after
    }

    /// "Acme Corp, Berlin, Germany" -> "Acme Corp", "Berlin, Germany"; "Engineer, Acme GmbH" ->
    /// two pieces; "Staff Engineer, Payments Platform" stays whole (nothing says it is two things).
    static func splitCommas(_ piece: String) -> [String] {
        let commas = piece.components(separatedByLite: ", ")
        guard commas.count >= 2, !ContactFinder.isPlace(piece) else { return [piece] }
        for cut in 1..<commas.count {
            let tail = commas[cut...].joined(separator: ", ")
            if ContactFinder.isPlace(tail) {
                return splitCommas(commas[..<cut].joined(separator: ", ")) + [tail]
            }
        }
        if commas.count == 2 {
            let (a, b) = (commas[0], commas[1])
            let roleA = Vocabulary.roleScore(a), roleB = Vocabulary.roleScore(b)
            let orgA = Vocabulary.organisationScore(a) + Vocabulary.institutionScore(a)
            let orgB = Vocabulary.organisationScore(b) + Vocabulary.institutionScore(b)
            if (roleA > 0 && roleB == 0 && orgB > 0) || (roleB > 0 && roleA == 0 && orgA > 0) { return [a, b] }
            if Vocabulary.degree(in: a) != nil, Vocabulary.institutionScore(b) > 0 || Vocabulary.degree(in: b) == nil && Vocabulary.institutionScore(a) == 0 && orgB > 0 { return [a, b] }
            if Vocabulary.institutionScore(a) > 0, Vocabulary.degree(in: b) != nil { return [a, b] }
            // "Acme Software GmbH, München": an employer and its city. Not after a job title
            // ("Staff Engineer, Payments" names a team), nor after a degree ("Master of Science,
            // Computer Science" names its field).
            if roleA == 0, roleB == 0, orgB == 0, Vocabulary.degree(in: a) == nil, Vocabulary.degree(in: b) == nil, ContactFinder.isPlaceName(b),
               b.split(separator: " ").count <= 2, a.split(separator: " ").count <= 6 {
                return [a, b]
            }
        }
        return [piece]
    }

    /// A place: "Berlin, Germany", or one or two capitalised words that name no role, company
    /// or school ("Acme | Berlin": callers only ask about pieces nothing else claimed), or remote.
    static func isPlaceLike(_ text: String) -> Bool {
        if ContactFinder.isPlace(text) { return true }
        if ["remote", "hybrid", "home office", "télétravail", "remoto"].contains(text.lowercased()) { return true }
        return ContactFinder.isPlaceName(text) && text.split(separator: " ").count <= 2 && text.count <= 24
            && Vocabulary.roleScore(text) == 0 && Vocabulary.organisationScore(text) == 0 && Vocabulary.institutionScore(text) == 0
    }

    static func url(in block: Block) -> String? {
        for line in block.header + block.body {
            for link in line.links where link.lowercased().hasPrefix("http") { return link }
            if let found = ContactFinder.webAddress(in: line.text) { return ContactFinder.normalizedURL(found.text) }
        }
        return nil
    }

    static func paragraphs(_ lines: [StyledLine]) -> String? {
        guard !lines.isEmpty else { return nil }
        var text = ""
        for (index, line) in lines.enumerated() {
            if index > 0 { text += line.gapBefore ? "\n\n" : " " }
            text += line.text
        }
        return text
    }

    mutating func setDates(_ span: DateSpan?, on record: inout CVRecord, path: String, singleIsEnd: Bool) {
        guard let span else {
            notes.append(ImportNote(field: path, "No dates found for this entry."))
            return
        }
        if span.isSingle {
            if singleIsEnd { record["endDate"] = span.start } else { record["startDate"] = span.start }
            if !singleIsEnd, kind == .work || kind == .volunteer {
                notes.append(ImportNote(field: path + ".startDate", "Only one date (\(span.start ?? "")) was given; it was taken as the start, so the entry reads as ongoing."))
            }
        } else {
            record["startDate"] = span.start
            record["endDate"] = span.endDate
        }
    }

    // MARK: - Work and volunteer

    mutating func work(_ block: Block, path: String) -> CVRecord {
        let nameKey = kind == .volunteer ? "organization" : "name"
        let (found, span) = pieces(block, path: path)
        var parts = found
        var record = CVRecord()
        var location: String?
        if let index = parts.lastIndex(where: { ContactFinder.isPlace($0.text) }) {
            location = parts.remove(at: index).text
        }
        var url = Self.url(in: block)
        if let index = parts.firstIndex(where: { ContactFinder.webAddress(in: $0.text)?.text.count == $0.text.count }) {
            url = url ?? ContactFinder.normalizedURL(parts.remove(at: index).text)
        }
        var position: Part?
        var employer: Part?
        let roles = parts.map { Vocabulary.roleScore($0.text) }
        let orgs = parts.map { Vocabulary.organisationScore($0.text) }
        if let best = roles.indices.filter({ roles[$0] > 0 }).max(by: { roles[$0] < roles[$1] || (roles[$0] == roles[$1] && $0 > $1) }) {
            position = parts[best]
            let others = parts.indices.filter { $0 != best }
            if let org = others.filter({ orgs[$0] > 0 }).max(by: { orgs[$0] < orgs[$1] || (orgs[$0] == orgs[$1] && $0 > $1) }) {
                employer = parts[org]
            } else if let first = others.first(where: { roles[$0] == 0 }) ?? others.first {
                employer = parts[first]
            }
        } else if parts.count >= 2 {
            let org = parts.indices.filter { orgs[$0] > 0 }.first
            let employerIndex = org ?? 0
            employer = parts[employerIndex]
            position = parts.indices.first(where: { $0 != employerIndex }).map { parts[$0] }
            if org == nil {
                notes.append(ImportNote(field: path + ".position", "Nothing marks '\(position!.text)' as a job title or '\(employer!.text)' as the employer; they were taken in the order written."))
            }
        } else if let only = parts.first {
            employer = only
            notes.append(ImportNote(field: path + ".position", "No job title found; '\(only.text)' was taken as the \(kind == .volunteer ? "organisation" : "employer")."))
        }
        var leftOver: [String] = []
        for part in parts where part.text != position?.text && part.text != employer?.text {
            if location == nil, Self.isPlaceLike(part.text), part.text.split(separator: " ").count <= 3 {
                location = part.text
            } else {
                leftOver.append(part.text)
            }
        }
        record[nameKey] = employer?.text
        record["position"] = position?.text
        if kind == .work { record["location"] = location }
        record["url"] = url
        setDates(span, on: &record, path: path, singleIsEnd: false)
        let summaryLines = leftOver.filter { $0.split(separator: " ").count >= 4 }
        let dropped = leftOver.filter { $0.split(separator: " ").count < 4 }
        if !dropped.isEmpty {
            notes.append(ImportNote(field: path, "Left out '\(dropped.joined(separator: "', '"))': not an employer, title, place or date."))
        }
        var summary = summaryLines
        if let body = Self.paragraphs(block.body) { summary.append(body) }
        record["summary"] = summary.isEmpty ? nil : summary.joined(separator: " ")
        record.set("highlights", list: block.bullets)
        return record
    }

    // MARK: - Projects

    static let technologyLabels = ["technologies", "technology", "tech", "stack", "tech stack", "tools", "built with", "technologien", "technologies utilisees", "tecnologias", "keywords", "skills"]

    mutating func project(_ block: Block, path: String) -> CVRecord {
        let (found, span) = pieces(block, path: path)
        var parts = found
        var record = CVRecord()
        var keywords: [String] = []
        var body: [StyledLine] = []
        for line in block.body {
            if let list = Self.labelled(line.text, labels: Self.technologyLabels) { keywords += ListSectionParser.items(list) } else { body.append(line) }
        }
        if let index = parts.firstIndex(where: { Self.labelled($0.text, labels: Self.technologyLabels) != nil }) {
            keywords += ListSectionParser.items(Self.labelled(parts.remove(at: index).text, labels: Self.technologyLabels)!)
        }
        parts.removeAll { ContactFinder.webAddress(in: $0.text)?.text.count == $0.text.count }
        let nameIndex = parts.firstIndex(where: \.bold) ?? (parts.isEmpty ? nil : 0)
        record["name"] = nameIndex.map { parts[$0].text }
        var description = parts.indices.filter { $0 != nameIndex }.map { parts[$0].text }
        if let text = Self.paragraphs(body) { description.append(text) }
        record["description"] = description.isEmpty ? nil : description.joined(separator: " ")
        record.set("highlights", list: block.bullets.filter { Self.labelled($0, labels: Self.technologyLabels) == nil })
        keywords += block.bullets.compactMap { Self.labelled($0, labels: Self.technologyLabels) }.flatMap(ListSectionParser.items)
        record.set("keywords", list: keywords)
        if let span {
            if span.isSingle { record["startDate"] = span.start } else {
                record["startDate"] = span.start
                record["endDate"] = span.endDate
            }
        }
        record["url"] = Self.url(in: block)
        return record
    }
}
