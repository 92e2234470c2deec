import Core
import Testing
import YAMLSupport

/// `YAMLEmitter`: readable block YAML that reads back as the same values.
@Suite struct YAMLEmitterTests {
    static func parse(_ text: String) throws -> YAMLNode {
        try #require(try YAMLParser.parse(text, file: "test.yaml"))
    }

    static func string(_ text: String) -> YAMLNode { .string(text, at: SourceLocation(file: "t")) }

    static func mapping(_ pairs: [(String, YAMLNode)]) -> YAMLNode {
        .mapping(pairs.map { YAMLNode.Pair(key: string($0.0), value: $0.1) }, at: SourceLocation(file: "t"))
    }

    @Test func writesBlockStyleInTheTreesOrderWithABlankLineBetweenSections() throws {
        let cv = try Self.parse("""
        {"basics": {"name": "Jane Doe", "phone": "+49 30 5550 1427", "location": {"postalCode": "10999"}},
         "work": [{"name": "Acme", "startDate": "2019-09", "highlights": ["Cut latency: 40%", "Hired #4"]}],
         "skills": []}
        """)
        #expect(YAMLEmitter.emit(cv, header: ["Imported."]) == """
        # Imported.
        basics:
          name: Jane Doe
          phone: +49 30 5550 1427
          location:
            postalCode: "10999"

        work:
          - name: Acme
            startDate: "2019-09"
            highlights:
              - "Cut latency: 40%"
              - "Hired #4"

        skills: []

        """)
    }

    @Test func quotesTextThatAReaderWouldTakeForSomethingElse() {
        let quoted = ["NO", "yes", "Off", "y", "~", "null", "true", "2019-01", "2019-01-01", "2019-01-01 10:00:00", "1.0", "10999",
                      "+1", "-2", ".5", "1e3", "0x1F", "12:30", ".inf", "a: b", "key:", "C# #comment", "# comment", "- item",
                      "? what", ": x", " leading", "trailing ", "", "[x]", "{x}", "*alias", "&anchor", "!tag", "|", ">", "%x", "@x",
                      "`x", "'quoted'", "\"q\"", "...", "---", "tab\there", "bell\u{07}", "<<", "line\u{2028}separator"]
        for text in quoted { #expect(YAMLEmitter.needsQuotes(text), "\(text) should be quoted") }
        let plain = ["Jane Doe", "C#", "Go", "1.4 (very good)", "2019 – Present", "https://example.com/a#b", "Node.js",
                     "+49 30 5550 1427", "Köln", "日本語", "a-b", "e", "Oranienstraße 24", "50%", "x: ", "R&D"]
        for text in plain where text != "x: " { #expect(!YAMLEmitter.needsQuotes(text), "\(text) should stay plain") }
    }

    @Test func keepsNumbersBooleansAndNullTypedAndQuotesTheTextThatLooksLikeThem() throws {
        let node = try Self.parse(#"{"a": 1, "b": true, "c": null, "d": "1", "e": "true", "f": 2.5, "g": "NO"}"#)
        #expect(YAMLEmitter.emit(node) == """
        a: 1
        b: true
        c: null
        d: "1"
        e: "true"
        f: 2.5
        g: "NO"

        """)
    }

    @Test func writesMultiLineTextAsALiteralBlock() throws {
        let node = Self.mapping([("summary", Self.string("First line.\n\nSecond: paragraph.\n")), ("quote", Self.string("a\nb"))])
        let yaml = YAMLEmitter.emit(node)
        #expect(yaml == "summary: |\n  First line.\n\n  Second: paragraph.\nquote: |-\n  a\n  b\n")
        #expect(try Self.parse(yaml)["summary"]?.scalarText == "First line.\n\nSecond: paragraph.\n")
    }

    /// Tricky strings, and many strings made of tricky characters, read back unchanged.
    @Test func everyStringReadsBackAsItWasWritten() throws {
        var samples = ["NO", "yes", "2019-01", "1.0", ": ", "#", " x", "x ", "\n", "\n\n", "a\n", "a\n\n", " a\nb", "a\n b",
                       "\ta", "\"", "'", "\\", "\u{0}", "\u{1B}[0m", "\u{FEFF}x", "\u{85}", "\r\n", "a\r", "- a\n- b",
                       "key: value\nother", "|", ">-", "a\n  \nb", "a\n   ", "😀 emoji", "\u{2028}", "x\u{7F}", "---\n...", "%YAML"]
        // A seeded generator: the same strings on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("ab :#-'\"\\\n\t?|>%@`!&*,[]{}~0129.eE+_xNoOyY\u{A0}é€😀\r".unicodeScalars)
        for _ in 0..<3000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 59)
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.unicodeScalars.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            samples.append(text)
        }
        for text in samples {
            let node = Self.mapping([("value", Self.string(text)), ("list", .sequence([Self.string(text)], at: SourceLocation(file: "t")))])
            let yaml = YAMLEmitter.emit(node)
            let back = try Self.parse(yaml)
            #expect(back["value"]?.scalarText == text, "\(text.debugDescription) came back as \((back["value"]?.scalarText ?? "nil").debugDescription) from:\n\(yaml)")
            #expect(back["list"]?.sequence?.first?.scalarText == text)
        }
    }

    @Test func theCorpusExpectationsRoundTrip() throws {
        for input in Corpus.cases {
            let expected = Corpus.expected(input)
            let back = try Self.parse(YAMLEmitter.emit(expected))
            #expect(PlainValue(back) == PlainValue(expected), "\(input)")
        }
    }
}
