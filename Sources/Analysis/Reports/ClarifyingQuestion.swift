import Core

/// A question whose answer would improve an analysis, with an id that stays the same across
/// runs and machines so it can be answered in `knowledge/answers.yaml`.
public struct ClarifyingQuestion: Sendable, Hashable, Codable {
    /// `q-` and ten hex digits of SHA-256 over the kind, the subject and the file it is about.
    public var id: String
    /// What sort of question: `skill`, `metric`, `date-gap`, `pain-points`, ...
    public var kind: String
    /// What it is about: a skill, an entry, a date range, a goal.
    public var subject: String
    public var question: String
    /// Why the answer matters.
    public var why: String
    public var field: String
    public var evidence: SourceLocation?
    /// The file the question is about (the CV for facts about the person, else the persona);
    /// part of the id, so one answer serves every persona drawn from the same CV.
    public var scope: String
    public var source: String

    public init(kind: String, subject: String, scope: String, question: String, why: String, field: String,
                evidence: SourceLocation?, source: String = "builtin") {
        self.id = Self.id(kind: kind, subject: subject, scope: scope)
        self.kind = kind
        self.subject = subject
        self.question = question
        self.why = why
        self.field = field
        self.evidence = evidence
        self.scope = scope
        self.source = source
    }

    /// A question whose id is already known (computed from `idPrefix` and the scope).
    init(id: String, kind: String, subject: String, scope: String, question: String, why: String, field: String,
         evidence: SourceLocation?) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.question = question
        self.why = why
        self.field = field
        self.evidence = evidence
        self.scope = scope
        source = "builtin"
    }

    /// The id of a question whose `kind\nsubject\n` bytes are already folded.
    static func id(prefix: [UInt8], scope: String) -> String {
        "q-" + SHA256.hex(prefix + Array(scope.utf8)).prefix(10)
    }

    /// The stable id: nothing but the kind, the subject (case and spacing folded) and the scope.
    public static func id(kind: String, subject: String, scope: String) -> String {
        var bytes = Array(kind.utf8)
        bytes.append(0x0A)
        bytes += fold(subject)
        bytes.append(0x0A)
        bytes += scope.utf8
        return "q-" + SHA256.hex(bytes).prefix(10)
    }

    /// The subject lowercased, runs of whitespace as one space, no space at either end.
    static func fold(_ subject: String) -> [UInt8] {
        let ascii = subject.utf8.allSatisfy { $0 < 0x80 }
        let source = ascii ? Array(subject.utf8) : Array(subject.lowercased().utf8)
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        var pendingSpace = false
        for byte in source {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return out
    }

    /// `q-` followed by ten lowercase hex digits.
    public static func isWellFormedID(_ text: String) -> Bool {
        text.count == 12 && text.hasPrefix("q-") && text.dropFirst(2).allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}

extension Array where Element == ClarifyingQuestion {
    /// One question per id, ordered by where their evidence is, then by id.
    public func uniquedAndSorted() -> [ClarifyingQuestion] {
        var seen: Set<String> = []
        return filter { seen.insert($0.id).inserted }.sorted { a, b in
            switch (a.evidence, b.evidence) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.id < b.id
            }
        }
    }
}
