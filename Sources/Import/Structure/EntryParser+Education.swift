/// Education entries: the school, the degree (Bachelor, M.Sc., Diplôme d'ingénieur) and field,
/// the dates, a grade and courses.
extension EntryParser {
    static let courseLabels = ["courses", "relevant coursework", "coursework", "kurse", "schwerpunkte", "cours", "cursos", "corsi", "modules", "module"]

    mutating func education(_ block: Block, path: String) -> CVRecord {
        let (found, span) = pieces(block, path: path)
        var parts = found
        var record = CVRecord()
        var courses: [String] = []
        var rest: [StyledLine] = []
        // A score or the courses may come as heading pieces or as lines below.
        for line in block.body {
            if let list = Self.labelled(line.text, labels: Self.courseLabels) {
                courses += ListSectionParser.items(list)
            } else if let score = Self.labelled(line.text, labels: Vocabulary.scoreLabels) {
                record["score"] = score
            } else {
                rest.append(line)
            }
        }
        if let index = parts.firstIndex(where: { Self.labelled($0.text, labels: Vocabulary.scoreLabels) != nil }) {
            record["score"] = Self.labelled(parts.remove(at: index).text, labels: Vocabulary.scoreLabels)
        }
        parts.removeAll { ContactFinder.isPlace($0.text) }
        let institutions = parts.map { Vocabulary.institutionScore($0.text) }
        let degreeIndex = parts.firstIndex { Vocabulary.degree(in: $0.text) != nil && Vocabulary.institutionScore($0.text) == 0 }
        var institutionIndex = institutions.indices.filter { institutions[$0] > 0 }.max { institutions[$0] < institutions[$1] || (institutions[$0] == institutions[$1] && $0 > $1) }
        if institutionIndex == nil {
            institutionIndex = parts.indices.first { $0 != degreeIndex }
            if let institutionIndex {
                notes.append(ImportNote(field: path + ".institution", "Nothing marks '\(parts[institutionIndex].text)' as a school; it was taken as the institution because of where it stands."))
            }
        }
        record["institution"] = institutionIndex.map { parts[$0].text }
        var areaCandidates = parts.indices.filter { $0 != institutionIndex && $0 != degreeIndex && !Self.isPlaceLike(parts[$0].text) }
        if let degreeIndex {
            let text = parts[degreeIndex].text
            if let (_, range) = Vocabulary.degree(in: text) {
                var studyType = String(text[range])
                var remainder = (String(text[..<range.lowerBound]) + " " + String(text[range.upperBound...]))
                // "Master of Science in X": the words after the degree name, without "in", "of", ",".
                remainder = remainder.replacingOccurrencesLite("()", with: "").trimmed(.whitespacesAndPunctuation)
                for connector in ["in ", "of ", "en ", "im ", "in: ", "of: ", "degree in ", "degree, ", "degree "] where TextFolding.fold(remainder).hasPrefix(connector) {
                    remainder = String(remainder.dropFirst(connector.count)).trimmed(.whitespacesAndPunctuation)
                }
                if studyType.hasSuffix("'s") || studyType.hasSuffix("’s") { studyType = String(text[range]) }
                // "Bachelor's degree": keep the whole phrase as written.
                record["studyType"] = studyType
                if !remainder.isEmpty {
                    record["area"] = remainder
                } else if let first = areaCandidates.first {
                    record["area"] = parts[first].text
                    areaCandidates.removeFirst()
                }
            }
        } else if let first = areaCandidates.first {
            record["area"] = parts[first].text
            areaCandidates.removeFirst()
            notes.append(ImportNote(field: path + ".studyType", "No degree name (Bachelor, Master, ...) found; '\(record["area"]!)' was taken as the field of study."))
        }
        let dropped = areaCandidates.map { parts[$0].text }
        if !dropped.isEmpty { notes.append(ImportNote(field: path, "Left out '\(dropped.joined(separator: "', '"))' from the education entry.")) }
        setDates(span, on: &record, path: path, singleIsEnd: true)
        // Bullets under a degree list its courses, labelled or not (PersonaForge's templates print
        // them so).
        for bullet in block.bullets {
            if let list = Self.labelled(bullet, labels: Self.courseLabels) { courses += ListSectionParser.items(list) } else if let score = Self.labelled(bullet, labels: Vocabulary.scoreLabels) { record["score"] = score } else { courses.append(bullet) }
        }
        record.set("courses", list: courses)
        if !rest.isEmpty {
            notes.append(ImportNote(field: path, "JSON Resume education entries have no text of their own; left out: '\(rest.map(\.text).joined(separator: " "))'."))
        }
        return record
    }

    /// The value after a label: "GPA: 3.8" -> "3.8" when "gpa" is one of `labels`.
    static func labelled(_ text: String, labels: [String]) -> String? {
        guard let colon = text.firstIndex(of: ":") else {
            // "GPA 3.8/4.0"
            let folded = TextFolding.fold(text)
            for label in labels where folded.hasPrefix(label + " ") {
                let value = String(text.dropFirst(label.count)).trimmed(.whitespacesAndPunctuation)
                if value.first?.isNumber == true { return value }
            }
            return nil
        }
        let label = TextFolding.fold(text[..<colon]).trimmed(.whitespaces)
        guard labels.contains(label) else { return nil }
        let value = String(text[text.index(after: colon)...]).trimmed(.whitespaces)
        return value.isEmpty ? nil : value
    }
}
