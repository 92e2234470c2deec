import Core
import YAMLSupport

/// Checks of an audience (buyer) persona: what it lacks to be useful, and where it contradicts itself.
extension GapAnalyzer {
    mutating func checkAudience() {
        let front = persona.frontMatter
        let at = front["title"]?.location ?? front.location
        let who = persona.name ?? persona.title
        func list(_ key: String) -> [Located<String>] { front[key]?.strings ?? [] }
        func location(_ key: String) -> SourceLocation { front.keyNode(key)?.location ?? at }
        let goals = list("goals"), pains = list("pain_points")

        if goals.isEmpty {
            issue("no-goals", .warning, field: "goals", "The persona has no goals.",
                  suggestion: "Add goals: what \(who) is trying to achieve, in their words.", at: at)
        }
        if !goals.isEmpty, pains.isEmpty {
            missing("goals-without-pain-points", field: "pain_points", kind: "pain-points",
                    message: "The persona has goals but no pain points.",
                    question: "What gets in the way of \(who)'s goals (\(goals.prefix(2).map { "'\($0.value)'" }.joined(separator: ", ")))?",
                    why: "Pain points are what a product answers; goals alone do not say why \(who) would change anything.",
                    suggestion: "add them under pain_points", at: location("goals"))
        }
        if goals.isEmpty, !pains.isEmpty {
            issue("pain-points-without-goals", .warning, field: "goals", "The persona has pain points but no goals.",
                  suggestion: "Add what \(who) is trying to achieve despite them.", at: location("pain_points"))
        }
        if front["buying_style"] == nil {
            missing("no-buying-style", field: "buying_style", kind: "buying-style", message: "The persona has no buying style.",
                    question: "How does \(who) decide to buy: by the numbers (analytical), fast and on results (driver), by consensus and trust (amiable), or on vision and people (expressive)?",
                    why: "Sales and marketing pitch differently to each style.", suggestion: "set buying_style", at: at)
        }
        if list("channels").isEmpty {
            missing("no-channels", field: "channels", kind: "channels", message: "The persona has no channels.",
                    question: "Where does \(who) look for information and recommendations before buying?",
                    why: "Channels say where to reach this persona.", suggestion: "list them under channels", at: at)
        }
        if list("objections").isEmpty {
            missing("no-objections", field: "objections", kind: "objections", message: "The persona has no objections.",
                    question: "What would make \(who) say no, or not yet?", why: "Objections are what a pitch has to answer.",
                    suggestion: "list them under objections", at: at, severity: .info)
        }
        if list("motivations").isEmpty {
            issue("no-motivations", .info, field: "motivations", "The persona has no motivations.",
                  suggestion: "Add what drives \(who) personally: recognition, security, fewer late nights.", at: at)
        }
        if front["demographics"] == nil {
            issue("no-demographics", .info, field: "demographics", "The persona has no demographics.",
                  suggestion: "Add age range, location, education or company size.", at: at)
        }
        if front["role"] == nil {
            issue("no-role", .info, field: "role", "The persona has no role (title, seniority, company size, industry).",
                  suggestion: "Add role: for B2B personas it decides who is reached and how.", at: at)
        }
        if persona.body.allSatisfy(\.isWhitespace) {
            issue("no-narrative", .info, field: "body", "The persona has no narrative.",
                  suggestion: "Write a short day in the life below the front matter.", at: at)
        }
        checkContradictions(goals: goals, pains: pains, objections: list("objections"))
    }

    /// An issue for something missing, with a question; once answered the issue says what to add.
    private mutating func missing(_ code: String, field: String, kind: String, message: String, question: String, why: String,
                                  suggestion: String, at: SourceLocation, severity: AnalysisIssue.Severity = .warning) {
        let asked = ask(kind, subject: persona.title, scope: persona.path, question, why: why, field: field, at: at)
        if let answer = asked.answer {
            issue(code, .info, field: field, message + " Your answer (\(asked.id)): '\(Evidence.excerpt(answer.value, limit: 80))'.",
                  suggestion: "Put the answer into the persona: \(suggestion).", at: at)
        } else {
            issue(code, severity, field: field, message, suggestion: "Answer \(asked.id), or \(suggestion).", at: at)
        }
    }

    private mutating func checkContradictions(goals: [Located<String>], pains: [Located<String>], objections: [Located<String>]) {
        let front = persona.frontMatter
        // The same words as a goal and as a pain point or objection.
        for goal in goals {
            let folded = Writing.folded(goal.value)
            for other in pains + objections where Writing.folded(other.value) == folded {
                issue("contradiction", .warning, field: "goals", "'\(goal.value)' is both a goal and a pain point or objection.",
                      suggestion: "Keep it where it belongs, or reword one of them.", at: other.location)
            }
        }
        // Company size in the demographics against the role's range.
        if let stated = front["demographics"]?["company_size"], let text = stated.scalarText,
           let range = front["role"]?["company_size"], let rangeText = range.scalarText,
           let size = Self.numbers(in: text).first, let bounds = Self.range(in: rangeText), !bounds.contains(size) {
            issue("contradiction", .warning, field: "demographics.company_size",
                  "demographics.company_size says \(text), but role.company_size says \(rangeText).",
                  suggestion: "Make the two agree.", at: stated.location)
        }
        // Seniority against the title.
        if let seniority = front["role"]?["seniority"], let claimed = seniority.scalarText.flatMap({ Seniority.of(title: $0) }),
           let titled = Seniority.of(title: front["role"]?["title"]?.scalarText ?? persona.title),
           abs(claimed.0.rawValue - titled.0.rawValue) >= 3 {
            issue("contradiction", .warning, field: "role.seniority",
                  "role.seniority says \(claimed.0.name), but the title reads as \(titled.0.name).",
                  suggestion: "Make the seniority and the title agree.", at: seniority.location)
        }
        // Years of experience stated in the text against the age range.
        if let age = front["demographics"]?["age"]?.scalarText, let maxAge = Self.numbers(in: age).max() {
            let texts = [front["linkedin"]?["summary"], front["quote"]].compactMap { $0 } 
            for node in texts {
                guard let text = node.scalarText, let years = Self.statedYears(in: text), years > maxAge - 16 else { continue }
                issue("contradiction", .warning, field: "demographics.age",
                      "The persona is at most \(maxAge), yet says \(years) years of experience.",
                      suggestion: "Raise the age range or lower the years.", at: node.location)
            }
        }
        // A buying style whose notes describe another.
        if let style = front["buying_style"], let name = (style["style"] ?? style).scalarText, let notes = style["notes"]?.scalarText?.lowercased() {
            let opposites: [String: [String]] = [
                "analytical": ["impulsive", "gut feeling", "on instinct", "decides quickly", "spontaneous", "skips the details"],
                "driver": ["indecisive", "takes months to decide", "avoids decisions", "needs consensus"],
                "amiable": ["confrontational", "aggressive", "decides alone"],
                "expressive": ["reserved", "only the numbers", "avoids people"],
            ]
            if let word = opposites[name]?.first(where: { notes.contains($0) }) {
                issue("contradiction", .warning, field: "buying_style.notes",
                      "The buying style is \(name), but the notes say '\(word)'.",
                      suggestion: "Pick the style the notes describe, or rewrite the notes.", at: style["notes"]?.location ?? style.location)
            }
        }
    }

    static func numbers(in text: String) -> [Int] {
        var numbers: [Int] = []
        var current = ""
        for character in text + " " {
            if character.isNumber { current.append(character) } else if character == ",", !current.isEmpty { continue } else {
                if let value = Int(current) { numbers.append(value) }
                current = ""
            }
        }
        return numbers
    }

    static func range(in text: String) -> ClosedRange<Int>? {
        let values = numbers(in: text)
        if values.count >= 2, values[0] <= values[1] { return values[0]...values[1] }
        if values.count == 1, text.contains("+") { return values[0]...Int.max }
        return nil
    }

    static let numberWords = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                              "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30]

    /// "Fifteen years in IT", "15+ years of": the number of years a text claims.
    static func statedYears(in text: String) -> Int? {
        let words = Writing.words(text.lowercased())
        for (index, word) in words.enumerated() where index + 1 < words.count && (words[index + 1] == "years" || words[index + 1] == "year") {
            if let value = Int(word) ?? numberWords[word] { return value }
        }
        return nil
    }
}
