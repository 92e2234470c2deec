/// Reads sections whose entries are one line each: skills, languages, certificates, awards,
/// publications, interests, references and courses.
struct ListSectionParser {
    let kind: SectionKind
    var notes: [ImportNote] = []

    init(kind: SectionKind) {
        self.kind = kind
    }

    mutating func parse(_ lines: [StyledLine]) -> [CVRecord] {
        var records: [CVRecord] = []
        for line in kind == .references ? lines : Self.stacked(lines) {
            switch kind {
            case .skills: records += skills(line)
            case .languages: records += languages(line)
            case .interests: records += interests(line)
            case .courses: records += Self.items(line.cells.map(\.text).joined(separator: ", ")).map { name in
                var record = CVRecord()
                record["name"] = name
                return record
            }
            case .references: if let record = reference(line) { records.append(record) }
            default: if let record = dated(line, path: "\(kind.jsonResumeSection!)[\(records.count)]") { records.append(record) }
            }
        }
        return records
    }

    /// A sidebar sets an item as a bold line with its details on plain lines under it
    /// ("**Backend**<br>Go, Java"; "**AWS Certified Developer**<br>Amazon<br>Mar 2022"): one
    /// item, each line a cell, as a table row would give it.
    static func stacked(_ lines: [StyledLine]) -> [StyledLine] {
        var result: [StyledLine] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            index += 1
            if line.cells.count == 1, !line.isBullet, line.isBold || Self.isNameAndLevel(line.text) {
                while index < lines.count, !lines[index].isBullet, !lines[index].isBold, !Self.isNameAndLevel(lines[index].text),
                      !lines[index].gapBefore, lines[index].region == line.region {
                    line.cells += lines[index].cells
                    line.links += lines[index].links
                    index += 1
                }
            }
            result.append(line)
        }
        return result
    }

    /// "Go · Expert": a skill and its level, the name bold and the level not, so the line may
    /// read as bold or not depending on their lengths.
    static func isNameAndLevel(_ text: String) -> Bool {
        let pair = text.components(separatedByLite: " · ")
        return pair.count == 2 && pair[0].split(separator: " ").count <= 4 && Vocabulary.isLevel(pair[1])
    }

    /// The items of a list: "Go, Python; SQL | Kafka" -> [Go, Python, SQL, Kafka], keeping
    /// commas inside parentheses ("Go (gRPC, profiling)").
    static func items(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[": depth += 1; current.append(character)
            case ")", "]": depth = max(0, depth - 1); current.append(character)
            case ",", ";", "|", "•", "·", "∙", "▪", "/":
                // A slash separates only when spaced ("Go / Rust", not "CI/CD").
                if depth == 0 && (character != "/" || current.hasSuffix(" ")) {
                    items.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            default: current.append(character)
            }
        }
        items.append(current)
        return items.map { $0.trimmed(.whitespaces) }.map { $0.hasSuffix(".") && !$0.hasSuffix("..") && $0.filter({ $0 == "." }).count == 1 ? String($0.dropLast()) : $0 }
            .filter { !$0.isEmpty && $0 != "/" }
    }

    /// "Backend: Go, Java" or cells [Backend, Go, Java] -> ("Backend", "Go, Java").
    static func labelAndRest(_ line: StyledLine) -> (label: String, rest: String)? {
        if line.cells.count >= 2 {
            return (line.cells[0].text.trimmed(.whitespacesAndPunctuation), line.cells.dropFirst().map(\.text).joined(separator: ", "))
        }
        let text = line.text
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon]).trimmed(.whitespaces)
        let rest = String(text[text.index(after: colon)...]).trimmed(.whitespaces)
        guard !label.isEmpty, !rest.isEmpty, label.split(separator: " ").count <= 4, !rest.hasPrefix("//") else { return nil }
        return (label, rest)
    }

    /// "Go (Expert)" or "Go – Expert" -> ("Go", "Expert").
    static func nameAndLevel(_ item: String) -> (name: String, level: String?) {
        if item.hasSuffix(")"), let open = item.lastIndex(of: "(") {
            let inside = String(item[item.index(after: open)..<item.index(before: item.endIndex)]).trimmed(.whitespaces)
            let name = String(item[..<open]).trimmed(.whitespaces)
            if !name.isEmpty, Vocabulary.isLevel(inside) || inside.contains(where: \.isLetter) && inside.split(separator: " ").count <= 4 {
                return (name, inside)
            }
        }
        for separator in [" – ", " — ", " - ", ": ", " · "] {
            let pieces = item.components(separatedByLite: separator)
            if pieces.count == 2, Vocabulary.isLevel(pieces[1]) || kindIsLanguageLevel(pieces[1]) {
                return (pieces[0].trimmed(.whitespaces), pieces[1].trimmed(.whitespaces))
            }
        }
        return (item, nil)
    }

    static func kindIsLanguageLevel(_ text: String) -> Bool {
        let folded = TextFolding.fold(text)
        return ["native", "fluent", "proficien", "speaker", "muttersprach", "fliess", "kenntnisse", "courant", "maternelle",
                "bilingue", "nativo", "materna", "fluido", "conversational", "professional", "working", "elementary",
                "limited", "grundkenntnis", "verhandlungssicher", "gut", "intermedi", "avanc", "basic"].contains { folded.contains($0) }
            || (text.count == 2 && "ABC".contains(text.first!) && "12".contains(text.last!))
    }

    mutating func skills(_ line: StyledLine) -> [CVRecord] {
        if let (label, rest) = Self.labelAndRest(line) {
            var record = CVRecord()
            let items = Self.items(rest)
            if items.count == 1, Vocabulary.isLevel(items[0]) {
                record["name"] = label
                record["level"] = items[0]
            } else {
                // "Go · Expert: gRPC, profiling"
                let (name, level) = Self.isNameAndLevel(label) ? Self.nameAndLevel(label) : (label, nil)
                record["name"] = name
                record["level"] = level
                record.set("keywords", list: items)
            }
            return [record]
        }
        var records: [CVRecord] = []
        for item in Self.items(line.text) {
            if item.split(separator: " ").count > 6 {
                notes.append(ImportNote(field: "skills", "Left out '\(item)': a sentence, not a skill."))
                continue
            }
            let (name, level) = Self.nameAndLevel(item)
            var record = CVRecord()
            record["name"] = name
            record["level"] = level
            records.append(record)
        }
        return records
    }

    mutating func languages(_ line: StyledLine) -> [CVRecord] {
        if line.cells.count >= 2 {
            var record = CVRecord()
            record["language"] = line.cells[0].text.trimmed(.whitespacesAndPunctuation)
            record["fluency"] = line.cells.dropFirst().map(\.text).joined(separator: " ")
            return [record]
        }
        // "English · Native": one language, though a list would split at the dot.
        let pair = line.text.components(separatedByLite: " · ")
        if pair.count == 2, Vocabulary.isLevel(pair[1]) || Self.kindIsLanguageLevel(pair[1]) {
            var record = CVRecord()
            record["language"] = pair[0].trimmed(.whitespaces)
            record["fluency"] = pair[1].trimmed(.whitespaces)
            return [record]
        }
        var records: [CVRecord] = []
        for item in Self.items(line.text) {
            let (name, level) = Self.nameAndLevel(item)
            var record = CVRecord()
            var language = name
            var fluency = level
            if fluency == nil, let colon = name.firstIndex(of: ":") {
                language = String(name[..<colon]).trimmed(.whitespaces)
                fluency = String(name[name.index(after: colon)...]).trimmed(.whitespaces)
            }
            record["language"] = language
            record["fluency"] = fluency
            records.append(record)
        }
        return records
    }

    mutating func interests(_ line: StyledLine) -> [CVRecord] {
        if let (label, rest) = Self.labelAndRest(line) {
            var record = CVRecord()
            record["name"] = label
            record.set("keywords", list: Self.items(rest))
            return [record]
        }
        return Self.items(line.text).map { item in
            var record = CVRecord()
            record["name"] = item
            return record
        }
    }

    mutating func reference(_ line: StyledLine) -> CVRecord? {
        let folded = TextFolding.fold(line.text)
        if ["request", "anfrage", "demande", "solicitud", "richiesta"].contains(where: { folded.contains($0) }) {
            notes.append(ImportNote(field: "references", "'\(line.text)' was left out: it names no reference."))
            return nil
        }
        let pieces = EntryParser.split(line.text, separators: [" | ", " — ", " – ", ": "])
        var record = CVRecord()
        record["name"] = pieces.first
        record["reference"] = pieces.dropFirst().joined(separator: " ")
        return record
    }

    /// Certificates, awards and publications: "Name — Issuer, 2022".
    mutating func dated(_ line: StyledLine, path: String) -> CVRecord? {
        var text = line.cells.map(\.text).joined(separator: " | ")
        var date: String?
        if let span = DateParser.firstSpan(in: text) {
            // The day a certificate or award was given: the start of a season, or of a span.
            date = span.start
            text = EntryParser.removing(span.range, from: text)
        }
        var url = line.links.first { $0.lowercased().hasPrefix("http") }
        if let found = ContactFinder.webAddress(in: text) {
            url = url ?? ContactFinder.normalizedURL(found.text)
            text = text.replacingOccurrencesLite(found.text, with: "")
        }
        let strong = EntryParser.split(text, separators: [" | ", " — ", ", ", " · ", " • ", "\t"])
        var pieces = strong.count >= 2 ? strong : EntryParser.split(text, separators: [" – ", " - "])
        if pieces.isEmpty { return nil }
        let labels = ["issued by ", "ausgestellt von ", "delivre par ", "emitido por ", "awarded by ", "verliehen von ", "published by ", "publisher: "]
        pieces = pieces.map { piece in
            for label in labels where TextFolding.fold(piece).hasPrefix(label) { return String(piece.dropFirst(label.count)) }
            return piece
        }
        var record = CVRecord()
        let name = pieces[0].trimmed(CharacterSetLite { "\"“”„'‘’«» ".contains($0) })
        switch kind {
        case .awards:
            record["title"] = name
            record["awarder"] = pieces.count > 1 ? pieces[1] : nil
            record["date"] = date
            if pieces.count > 2 { record["summary"] = pieces.dropFirst(2).joined(separator: ", ") }
        case .publications:
            record["name"] = name
            record["publisher"] = pieces.count > 1 ? pieces[1] : nil
            record["releaseDate"] = date
            record["url"] = url
            if pieces.count > 2 { record["summary"] = pieces.dropFirst(2).joined(separator: ", ") }
        default:
            record["name"] = name
            record["issuer"] = pieces.count > 1 ? pieces[1] : nil
            record["date"] = date
            record["url"] = url
            if pieces.count > 2 { notes.append(ImportNote(field: path, "Left out '\(pieces.dropFirst(2).joined(separator: ", "))'.")) }
        }
        return record
    }
}
