/// The wording checks of the CV-quality analysis: openings, pronouns, numbers and tense.
enum Writing {
    /// Openings that describe a duty rather than a result, longest first.
    static let weakOpenings = [
        "responsible for", "was responsible for", "duties included", "duties include", "tasked with", "in charge of",
        "worked on", "worked with", "worked as", "helped with", "helped to", "helped", "assisted with", "assisted in",
        "assisted", "involved in", "was involved in", "participated in", "took part in", "was part of", "part of a team",
        "contributed to", "dealt with", "handled", "tried to", "attempted to", "familiar with", "exposure to", "various",
    ].sorted { $0.count > $1.count }

    /// The words of a text as written: runs of letters, digits and apostrophes.
    static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            WordRuns.ranges(in: bytes) { scalar, _ in
                guard scalar.isASCII else {
                    // Letters and the typographic apostrophe continue a word.
                    return scalar == "’" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                }
                return TermTrie.isLetter(UInt8(scalar.value)) || ("0"..."9").contains(scalar) || scalar == "'"
            }.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// The weak opening `text` starts with, as written, or nil.
    static func weakOpening(_ text: String) -> String? { weakOpening(words: words(text)) }

    static func weakOpening(words: [String]) -> String? {
        let lowered = words.prefix(4).map { $0.lowercased() }.joined(separator: " ")
        for opening in weakOpenings where lowered == opening || lowered.hasPrefix(opening + " ") {
            let count = opening.split(separator: " ").count
            return words.prefix(count).joined(separator: " ")
        }
        return nil
    }

    static let pronouns: Set<String> = ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"]

    /// The first first-person pronoun in `text`, as written ("I" must be a capital, so a
    /// lowercase roman "i" in a list does not count).
    static func firstPersonPronoun(_ text: String) -> String? { firstPersonPronoun(words: words(text)) }

    static func firstPersonPronoun(words: [String]) -> String? {
        for word in words where word.utf8.count <= 8 {
            var lowered = word.lowercased()
            if lowered.utf8.contains(0xE2) { lowered = lowered.replacing("’", with: "'") }
            guard pronouns.contains(lowered) else { continue }
            if lowered.hasPrefix("i"), !word.hasPrefix("I") { continue }
            return word
        }
        return nil
    }

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "dozen", "dozens", "double", "doubled", "doubling", "tripled", "halved", "halving", "half", "twice", "zero",
    ]

    /// True when a bullet states a measurable result: a figure, a percentage, an amount.
    static func isQuantified(_ text: String) -> Bool { isQuantified(text, words: nil) }

    static func isQuantified(_ text: String, words known: [String]?) -> Bool {
        for byte in text.utf8 where (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "$") { return true }
        if text.unicodeScalars.contains(where: { $0 == "€" || $0 == "£" || $0 == "¥" || ($0.value >= 0x80 && $0.properties.numericType != nil) }) {
            return true
        }
        return (known ?? words(text)).contains { $0.utf8.count <= 9 && numberWords.contains($0.lowercased()) }
    }

    enum Tense: Sendable { case past, present, unknown }

    static let presentVerbs: Set<String> = [
        "lead", "build", "manage", "develop", "design", "own", "run", "drive", "create", "maintain", "implement", "deliver",
        "oversee", "coordinate", "support", "write", "mentor", "coach", "organise", "organize", "plan", "ensure",
        "define", "analyse", "analyze", "improve", "reduce", "increase", "launch", "ship", "migrate", "automate", "scale",
        "optimise", "optimize", "establish", "introduce", "collaborate", "partner", "conduct", "prepare", "review",
        "train", "hire", "grow", "operate", "monitor", "test", "research", "negotiate", "sell", "architect", "advise",
        "present", "teach", "care", "administer", "assess", "treat", "serve", "facilitate", "produce", "report",
        "recruit", "streamline", "spearhead", "head", "direct", "supervise", "negotiate", "secure", "win", "generate",
    ]

    static let irregularPast: Set<String> = [
        "led", "built", "ran", "grew", "wrote", "made", "drove", "won", "brought", "taught", "sold", "bought", "kept",
        "held", "took", "gave", "found", "spoke", "chose", "began", "oversaw", "undertook", "rebuilt", "rewrote",
        "became", "met", "spent", "sent", "saw", "understood", "upheld", "overcame", "broke", "stood", "drew", "fought",
        "thought", "told", "paid", "forged", "flew", "shipped", "co-led", "coled",
    ]

    /// The tense of a bullet's first verb, when it can be told.
    static func tense(_ text: String) -> Tense { tense(words: words(text)) }

    static func tense(words: [String]) -> Tense {
        guard let first = words.first?.lowercased() else { return .unknown }
        if irregularPast.contains(first) { return .past }
        if presentVerbs.contains(first) { return .present }
        if first.hasSuffix("s"), presentVerbs.contains(String(first.dropLast())) || presentVerbs.contains(String(first.dropLast(2))) {
            return .present
        }
        if first.hasSuffix("ing"), first.count > 5 { return .present }
        if first.hasSuffix("ed"), first.count > 4 { return .past }
        return .unknown
    }

    /// The text folded for duplicate detection: lowercase letters and digits, single spaces.
    static func folded(_ text: String) -> String {
        words(text).map { $0.lowercased() }.joined(separator: " ")
    }

    /// Word-set overlap, for near-duplicates.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }

    static func wordCount(_ text: String) -> Int { words(text).count }
}
