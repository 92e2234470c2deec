@testable import Analysis
import Testing

/// The byte-pair filter may only skip a scan that would find nothing: a PhraseSet answers as a
/// scan for every phrase would.
struct PhraseSetTests {
    static let lists = [PostingParser.preferredHeadings, PostingParser.ignoredHeadings, PostingParser.contextHeadings,
                        PostingParser.requiredHeadings, PostingParser.preferredLineCues, PostingParser.requiredLineCues,
                        PostingParser.scopedPreferredCues, PostingParser.languageContext, PostingParser.degreeContext,
                        ["a", "c", "x"]]

    /// Lines holding each phrase (alone, inside words, at either end), and lines holding none.
    static var lines: [String] {
        var lines = ["", "a", "Go", "5+ years with PostgreSQL", "Fluent German (C1) is a plus", "über uns — wir bieten",
                     "Bachelor's degree in Computer Science", "nice-to-haves: Kafka, ideally Flink.", "ab", "ba"]
        for phrase in lists.joined() {
            lines += [phrase, "x" + phrase, phrase + "x", "- \(phrase): yes", "the \(phrase)s we need", String(phrase.dropLast())]
        }
        return lines
    }

    @Test func answersAsAScanOfEveryPhraseDoes() {
        for list in Self.lists {
            let set = PhraseSet(list)
            for line in Self.lines {
                let text = ScannedText(lowering: line)
                let phrases = list.map { Array($0.utf8) }
                #expect(set.containsWord(in: text) == phrases.contains { TextSearch.containsWord(text.bytes, $0) }, "\(line)")
                #expect(set.contains(in: text) == phrases.contains { TextSearch.contains(text.bytes, $0) }, "\(line)")
                for (index, phrase) in phrases.enumerated() where TextSearch.contains(text.bytes, phrase) {
                    #expect(set.mayOccur(index, in: text), "\(list[index]) in \(line)")
                }
            }
        }
    }

    /// The filter does skip: a line with none of a phrase's byte pairs is not scanned for it.
    @Test func aLineLackingAPhrasesPairsIsPassedOver() {
        let set = PhraseSet(["nice to have"])
        #expect(!set.mayOccur(0, in: ScannedText(lowering: "5+ years with PostgreSQL")))
        #expect(set.mayOccur(0, in: ScannedText(lowering: "Nice to have: Kafka")))
    }
}

/// A line's words as the years reading cuts them, by bytes, against the reading scalar by scalar
/// that it replaced.
struct PostingTokenTests {
    static func scalarTokens(of text: String) -> [(text: String, offset: Int)] {
        var tokens: [(text: String, offset: Int)] = []
        var current = "", start = 0, offset = 0
        for scalar in text.unicodeScalars {
            if PostingParser.isWordScalar(scalar) || scalar == "+" || (scalar == "-" && !current.isEmpty) {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                tokens.append((current.lowercased(), start))
                current = ""
            }
            offset += UTF8.width(scalar)
        }
        if !current.isEmpty { tokens.append((current.lowercased(), start)) }
        return tokens
    }

    @Test func bytesCutTheWordsTheScalarsDid() {
        for line in ["4+ years with Go", "3-5 yrs SQL; -2 or more", "Mindestens 3 Jahre Erfahrung mit Python", "5 años de experiencia",
                     "İSTANBUL 3+ YIL, ÉTÉ 2-3 ANS", "C++ / C# (10+ Years)", "日本語 5年以上", "naïve-ish—café 7+", "", "+-+", "Ωmega12 ∑x"] {
            let expected = Self.scalarTokens(of: line)
            let found = PostingParser.Tokens(line)
            #expect((0..<found.count).map { found[$0] } == expected.map(\.text), "\(line)")
            #expect((0..<found.count).map { found.offset(of: $0) } == expected.map(\.offset), "\(line)")
        }
    }

    /// A word's number read from its bytes is the number its lowercased text reads as.
    @Test func numbersReadFromBytesAreTheTextsNumbers() {
        for line in ["4+ years", "3-5 yrs", "Five or more years", "TWELVE+ ans", "007 years", "99999999999999999999 years",
                     "5+years", "3½ years", "٣ years", "５ years", "fifteen-ish", "one two three four", "10x", "8++", "2-", "twenty1"] {
            let tokens = PostingParser.Tokens(line)
            for index in 0..<tokens.count {
                #expect(tokens.number(at: index) == PostingParser.number(tokens[index]), "\(line): \(tokens[index])")
            }
        }
    }
}
