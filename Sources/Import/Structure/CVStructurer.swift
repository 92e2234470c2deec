/// Turns lines with style hints into a CV: finds the name and contact data, the section
/// headings (by size, weight, capitals and a multilingual keyword list), and hands each
/// section's lines to the parser for its kind. Shared by the PDF, DOCX and Markdown importers.
struct CVStructurer {
    struct Output: Sendable {
        var draft: CVDraft
        var notes: [ImportNote]
        /// 0...1, see `ImportResult.confidence`.
        var confidence: Double
        /// The sections whose headings were recognised, in order.
        var sections: [SectionKind]
    }

    enum Heading: Equatable { case known(SectionKind), unknown(String) }

    private(set) var lines: [StyledLine]
    var notes: [ImportNote] = []
    var draft = CVDraft()
    /// Dates that were read with a guess, counted for the confidence.
    var uncertainDates = 0
    var datedEntries = 0

    static func structure(_ lines: [StyledLine]) -> Output {
        var structurer = CVStructurer(lines: prepare(lines))
        return structurer.run()
    }

    init(lines: [StyledLine]) {
        self.lines = lines
    }

    // MARK: - Preparation

    static let bulletGlyphs: Set<Character> = [
        "•", "●", "○", "◦", "▪", "■", "□", "‣", "⁃", "∙", "➢", "➤", "►", "▶", "✓", "✔", "❖", "◆", "♦", "→",
        "\u{F0B7}", "\u{F0A7}", "\u{F076}", "\u{F0D8}", "\u{F0FC}", "\u{F0A8}", "\u{2219}",
    ]

    /// Cleans text, strips bullet glyphs into `isBullet`, drops page numbers and empty lines.
    static func prepare(_ lines: [StyledLine]) -> [StyledLine] {
        var result: [StyledLine] = []
        result.reserveCapacity(lines.count)
        for var line in lines {
            line.cells = line.cells.compactMap { cell in
                let text = TextFolding.clean(cell.text)
                return text.isEmpty ? nil : StyledLine.Cell(text: text, bold: cell.bold, italic: cell.italic)
            }
            guard var first = line.cells.first else { continue }
            if let glyph = first.text.first, bulletGlyphs.contains(glyph) || (("-*–—·o".contains(glyph)) && first.text.dropFirst().first == " ") {
                if glyph == "o", first.text.count > 2, first.text.dropFirst(2).first?.isUppercase != true {
                    // "o " starting an ordinary word: not Word's second-level bullet.
                } else {
                    first.text = String(first.text.dropFirst()).trimmed()
                    line.isBullet = true
                    if first.text.isEmpty { line.cells.removeFirst() } else { line.cells[0] = first }
                    if line.cells.isEmpty { continue }
                }
            }
            if isPageNumber(line.text) { continue }
            result.append(line)
        }
        return result
    }

    static func isPageNumber(_ text: String) -> Bool {
        let words = Vocabulary.words(text)
        guard !words.isEmpty, words.count <= 4 else { return false }
        let numbers = words.filter { $0.allSatisfy(\.isNumber) }
        return words.allSatisfy { $0.allSatisfy(\.isNumber) || ["page", "seite", "pagina", "of", "von", "sur", "de", "di"].contains($0) }
            && (1...2).contains(numbers.count) && numbers.allSatisfy { $0.count <= 3 } && !text.contains("+")
    }

    // MARK: - The run

    mutating func run() -> Output {
        let bodySize = Self.bodyFontSize(lines)
        var headings = detectHeadings(bodySize: bodySize)
        var used = Set<Int>()
        findNameAndLabel(headings: headings, bodySize: bodySize, used: &used)
        if dropRunningHeaders(after: used.max() ?? 0) { headings = detectHeadings(bodySize: bodySize) }

        // Split into sections. Lines before the first heading belong to the header (contact
        // data, summary), and so do lines after a move to another column of the same page
        // without a heading (a sidebar read before the main column). A new page continues the
        // section its column ended in on the page before, or the last one.
        var preamble: [StyledLine] = []
        var sections: [(Heading, [StyledLine])] = []
        var current: Int?
        var sectionOfColumn: [Int: Int] = [:]
        var regionsSeen = Set<Int>()
        for (index, line) in lines.enumerated() {
            let column = line.region % 16
            let opensRegion = regionsSeen.insert(line.region).inserted
            if let heading = headings[index] {
                sections.append((heading, []))
                current = sections.count - 1
                sectionOfColumn[column] = current
                continue
            }
            if index > 0 {
                let previous = lines[index - 1]
                if opensRegion, line.page > 0, column != 0, let continued = sectionOfColumn[column] {
                    current = continued
                } else if line.region != previous.region, line.page == previous.page {
                    current = nil
                }
            }
            if used.contains(index) { continue }
            if let current { sections[current].1.append(line) } else { preamble.append(line) }
            if let current { sectionOfColumn[column] = current }
        }

        var basics = BasicsCollector()
        basics.take(preamble, notes: &notes, isPreamble: true)
        var recognised: [SectionKind] = []
        for (heading, sectionLines) in sections {
            switch heading {
            case .unknown(let title):
                if sectionLines.isEmpty { continue }
                notes.append(ImportNote(field: title, "The section '\(title)' is not one PersonaForge knows; its \(sectionLines.count) line\(sectionLines.count == 1 ? " was" : "s were") left out."))
            case .known(let kind):
                recognised.append(kind)
                parse(kind, sectionLines, basics: &basics)
            }
        }
        basics.scanEverywhere(lines, notes: &notes)
        draft.basics = basics.record(notes: &notes, draft: draft)
        return Output(draft: draft, notes: notes, confidence: confidence(recognised: recognised), sections: recognised)
    }

    mutating func parse(_ kind: SectionKind, _ sectionLines: [StyledLine], basics: inout BasicsCollector) {
        switch kind {
        case .summary:
            basics.addSummary(sectionLines)
        case .contact:
            basics.take(sectionLines, notes: &notes, isPreamble: false)
        case .work, .volunteer, .education, .projects:
            var parser = EntryParser(kind: kind, startIndex: draft.entries(kind.jsonResumeSection!).count)
            let entries = parser.parse(sectionLines)
            notes += parser.notes
            uncertainDates += parser.uncertainDates
            datedEntries += parser.datedEntries
            for entry in entries { draft.add(entry, to: kind.jsonResumeSection!) }
        case .skills, .languages, .certificates, .awards, .publications, .interests, .references, .courses:
            var parser = ListSectionParser(kind: kind)
            let entries = parser.parse(sectionLines)
            notes += parser.notes
            if kind == .courses {
                addCourses(entries.compactMap { $0["name"] })
            } else {
                for entry in entries { draft.add(entry, to: kind.jsonResumeSection!) }
            }
        }
    }

    /// Courses go into the first education entry (JSON Resume has no section of their own).
    mutating func addCourses(_ courses: [String]) {
        guard !courses.isEmpty else { return }
        if var first = draft.sections["education"]?.first {
            first.set("courses", list: first.list("courses") + courses)
            draft.sections["education"]![0] = first
            notes.append(ImportNote(field: "education[0].courses", "The CV lists courses apart from its education; they were added to the first education entry."))
        } else {
            for course in courses {
                var certificate = CVRecord()
                certificate["name"] = course
                draft.add(certificate, to: "certificates")
            }
            notes.append(ImportNote(field: "certificates", "The CV lists courses but no education; they were imported as certificates."))
        }
    }

    // MARK: - Font size

    /// The size most text is set in, weighted by characters.
    static func bodyFontSize(_ lines: [StyledLine]) -> Double {
        var weights: [Double: Int] = [:]
        for line in lines where line.fontSize > 0 {
            weights[(line.fontSize * 2).rounded() / 2, default: 0] += line.text.count
        }
        return weights.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }?.key ?? 0
    }

    // MARK: - Headings

    struct Signature: Hashable { var size: Double; var bold: Bool; var caps: Bool }

    func signature(_ line: StyledLine) -> Signature {
        Signature(size: (line.fontSize * 2).rounded() / 2, bold: line.isBold, caps: line.isAllCaps)
    }

    /// Which lines are section headings, and of what.
    func detectHeadings(bodySize: Double) -> [Int: Heading] {
        var headings: [Int: Heading] = [:]
        var signatures: [Signature: Int] = [:]
        for (index, line) in lines.enumerated() where isHeadingCandidate(line) {
            let title = Self.headingTitle(line.text)
            let kind = SectionKind.of(heading: title)
            let emphasised = line.headingLevel != nil || line.isBold || line.isAllCaps || (bodySize > 0 && line.fontSize >= bodySize + 0.9)
            if let kind, emphasised || line.wordCount <= 2 {
                // A heading styled as the title is the name, not a section ("Profile" is rare as a name).
                if line.isTitle { continue }
                headings[index] = .known(kind)
                signatures[signature(line), default: 0] += 1
            }
        }
        // Declared headings the list does not know are sections too when they are at a level
        // known sections use; deeper ones ("### Engineer — Acme") head entries.
        let sectionLevels = Set(headings.keys.compactMap { lines[$0].headingLevel })
        let deepest = sectionLevels.max() ?? 2
        for (index, line) in lines.enumerated() where headings[index] == nil && !line.isTitle && isHeadingCandidate(line) {
            if let level = line.headingLevel, level <= deepest, index > 2 || level >= 2 {
                headings[index] = .unknown(Self.headingTitle(line.text))
            }
        }
        // Headings the keyword list does not know, set in the same distinctive style as those it does.
        let distinctive = signatures.keys.filter { $0.caps || (bodySize > 0 && $0.size >= bodySize * 1.1) }
        if !distinctive.isEmpty {
            for (index, line) in lines.enumerated() where headings[index] == nil && isHeadingCandidate(line) && !line.isTitle {
                if distinctive.contains(signature(line)), line.wordCount <= 4, !line.text.contains(where: { $0.isNumber || $0 == "," || $0 == "(" }) {
                    headings[index] = .unknown(Self.headingTitle(line.text))
                }
            }
        }
        return headings
    }

    func isHeadingCandidate(_ line: StyledLine) -> Bool {
        guard !line.isBullet, line.cells.count == 1, line.wordCount <= 6, line.text.count <= 48 else { return false }
        let text = line.text
        if text.contains("@") || text.contains("//") { return false }
        // "Languages: English, German" is a labelled list, not a heading.
        if let colon = text.firstIndex(of: ":"), text[text.index(after: colon)...].contains(where: \.isLetter) { return false }
        if DateParser.firstSpan(in: text) != nil { return false }
        return true
    }

    /// "EXPERIENCE:" -> "EXPERIENCE"; decorative rules and numbering removed.
    static func headingTitle(_ text: String) -> String {
        var title = text.trimmed(.whitespacesAndPunctuation)
        while let first = title.first, first.isNumber || first == "." || first == " " { title.removeFirst() }
        return title.trimmed(.whitespacesAndPunctuation)
    }

    // MARK: - Name and label

    static let notNames: Set<String> = ["curriculum vitae", "lebenslauf", "resume", "cv", "curriculum", "vita", "cover letter", "anschreiben"]

    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), text.count <= 50 else { return false }
        let particles: Set<String> = ["von", "van", "de", "der", "den", "del", "della", "da", "di", "le", "la", "du", "dos", "das", "bin", "al", "y", "zu", "ten", "ter"]
        for word in words {
            guard word.allSatisfy({ $0.isLetter || ".-'’".contains($0) }) else { return false }
            if particles.contains(String(word)) { continue }
            guard word.first?.isUppercase == true else { return false }
        }
        if notNames.contains(TextFolding.fold(text)) { return false }
        if SectionKind.of(heading: text) != nil { return false }
        if Vocabulary.roleScore(text) > 0 || Vocabulary.organisationScore(text) > 0 || Vocabulary.institutionScore(text) > 0 { return false }
        return true
    }

    mutating func findNameAndLabel(headings: [Int: Heading], bodySize: Double, used: inout Set<Int>) {
        let firstSection = headings.filter { if case .known(let kind) = $0.value { return kind != .contact } else { return false } }.keys.min() ?? lines.count
        var best: (index: Int, score: Double, text: String)?
        for (index, line) in lines.enumerated() where headings[index] == nil && !line.isBullet {
            let inTop = index < firstSection || index < 3
            guard inTop || line.isTitle || (bodySize > 0 && line.fontSize >= bodySize * 1.6) else { continue }
            let candidate = Self.namePiece(of: line)
            guard Self.looksLikeName(candidate) else { continue }
            var score = line.fontSize > 0 ? line.fontSize : 10
            if line.isTitle || line.headingLevel == 1 { score += 100 }
            if line.isBold { score += 1 }
            score -= Double(index) * 0.01
            if best == nil || score > best!.score { best = (index, score, candidate) }
        }
        guard let best else {
            notes.append(ImportNote(field: "basics.name", "No line looked like a name (two to five capitalised words near the top); the name is missing."))
            return
        }
        draft.basics["name"] = best.text
        used.insert(best.index)
        var nameLine = lines[best.index]
        // "Jane Doe | Backend Engineer": the rest of the name line.
        let rest = Self.pieces(of: nameLine).dropFirst()
        if !rest.isEmpty {
            nameLine.cells = rest.map { StyledLine.Cell(text: $0, bold: false) }
            lines[best.index] = nameLine
            used.remove(best.index)
            lines[best.index].isTitle = false
            if ContactFinder.classify(rest.first!) == nil, DateParser.firstSpan(in: rest.first!) == nil {
                draft.basics["label"] = rest.first!
                if rest.count == 1 { used.insert(best.index) } else {
                    lines[best.index].cells.removeFirst()
                }
            }
            return
        }
        // The label: the next line, when it is short and not contact data.
        let next = best.index + 1
        guard next < lines.count, headings[next] == nil, lines[next].region == lines[best.index].region else { return }
        let line = lines[next]
        let text = line.text
        guard !line.isBullet, line.wordCount <= 12, line.cells.count == 1, DateParser.firstSpan(in: text) == nil,
              Self.pieces(of: line).allSatisfy({ ContactFinder.classify($0) == nil }),
              !text.hasSuffix("."), ContactFinder.email(in: text) == nil else { return }
        draft.basics["label"] = text
        used.insert(next)
    }

    /// Removes the name printed atop later pages (PersonaForge's own PDFs, many others): it is
    /// no part of the section the page break fell in. Whether any was removed.
    mutating func dropRunningHeaders(after index: Int) -> Bool {
        guard let name = draft.basics["name"] else { return false }
        let before = lines.count
        lines = lines.enumerated().filter { offset, line in offset <= index || line.page == 0 || line.text != name }.map(\.element)
        return lines.count != before
    }

    /// The pieces of a line: its cells, each split at " | ", " — ", " · " and the like.
    static func pieces(of line: StyledLine) -> [String] {
        line.cells.flatMap { cell in
            EntryParser.split(cell.text, separators: [" | ", " — ", " · ", " • ", " ∙ "])
        }
    }

    static func namePiece(of line: StyledLine) -> String {
        pieces(of: line).first ?? line.text
    }

    // MARK: - Confidence

    func confidence(recognised: [SectionKind]) -> Double {
        var score = 0.0
        if draft.basics["name"] != nil { score += 0.2 }
        let contact = draft.basics.keys.filter { ["email", "phone", "url", "profiles"].contains($0) }.count
        score += min(0.2, Double(contact) * 0.1)
        let distinct = Set(recognised).count
        score += min(0.3, Double(distinct) * 0.1)
        let entries = ["work", "education", "projects", "volunteer"].reduce(0) { $0 + draft.entries($1).count }
        if entries > 0 {
            score += 0.3 * min(1, Double(datedEntries) / Double(entries)) * (entries >= 2 ? 1 : 0.6)
        }
        if uncertainDates > 0, datedEntries > 0 { score -= 0.05 * min(1, Double(uncertainDates) / Double(datedEntries)) }
        return max(0, min(1, (score * 100).rounded() / 100))
    }
}
