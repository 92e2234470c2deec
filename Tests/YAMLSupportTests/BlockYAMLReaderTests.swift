import Core
import Foundation
import MarkdownSupport
import Testing
@testable import YAMLSupport

// BlockYAMLReader must give libyaml's nodes wherever it answers: the same values, styles and
// locations. Each case parses the text both ways and compares the trees.

/// The first difference between two trees, or nil when they are the same to the last location.
private func difference(_ a: YAMLNode, _ b: YAMLNode, path: String = "$") -> String? {
    if a.location != b.location { return "\(path): at \(a.location) against \(b.location)" }
    if a.tag != b.tag { return "\(path): tag \(String(describing: a.tag)) against \(String(describing: b.tag))" }
    switch (a.content, b.content) {
    case let (.scalar(x, xs), .scalar(y, ys)):
        return x == y && xs == ys ? nil : "\(path): \(xs) \(x.debugDescription) against \(ys) \(y.debugDescription)"
    case let (.sequence(x), .sequence(y)):
        guard x.count == y.count else { return "\(path): \(x.count) items against \(y.count)" }
        for (index, (p, q)) in zip(x, y).enumerated() {
            if let found = difference(p, q, path: "\(path)[\(index)]") { return found }
        }
        return nil
    case let (.mapping(x), .mapping(y)):
        guard x.count == y.count else { return "\(path): \(x.count) pairs against \(y.count)" }
        for (index, (p, q)) in zip(x, y).enumerated() {
            if let found = difference(p.key, q.key, path: "\(path).key\(index)") { return found }
            if let found = difference(p.value, q.value, path: "\(path).\(p.key.scalarText ?? "?")") { return found }
        }
        return nil
    default:
        return "\(path): \(a.kindName) against \(b.kindName)"
    }
}

/// Whether the reader answered, after checking that its answer is libyaml's. A text it answers
/// for libyaml must read without error.
@discardableResult
private func compare(_ text: String, file: String = "t.yaml", lineOffset: Int = 0, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
    var copy = text
    guard let fast = BlockYAMLReader.read(&copy, file: file, lineOffset: lineOffset) else { return false }
    do throws(Diagnostic) {
        guard let slow = try YAMLParser.parseWithLibYAML(&copy, file: file, lineOffset: lineOffset) else {
            Issue.record("the reader answered where libyaml found no document:\n\(text)", sourceLocation: sourceLocation)
            return true
        }
        if let found = difference(fast, slow) {
            Issue.record("\(found)\nin:\n\(text)", sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("the reader answered where libyaml says \(error):\n\(text)", sourceLocation: sourceLocation)
    }
    return true
}

@Test func readsTheCommonBlockSubsetAsLibYAMLDoes() {
    let answered = [
        "name: Ada\n",
        "name: Ada",
        "  indented: root\n  second: 2\n",
        "a: 1\nb:\n  c: 2\n  d:\n    - x\n    - y\ne: z\n",
        "work:\n- name: A\n  highlights:\n  - one\n  - two\n- name: B\n",
        "work:\n  - name: A\n    position: \"Lead\"\n  -   name: 'B'\n      x: y\n",
        "a:\nb:   \nc: # note\n",
        "list:\n  -\n  - \n  - # c\n  -\n    k: v\nlast:\n",
        "seq:\n-\nnext: 1\n",
        "- a\n- b: c\n  d: e\n-\n  - f\n",
        "# head\n\n   # indented comment\nkey: value # trailing\n\n\nother: 'it''s' # x\n# tail\n",
        "tags: [a, b c, 'd e', \"f\\\"g\"]  # list\nnone: []\nspaced: [ x ,y ]\n",
        "url: https://example.com/a#b?c=d:e\nemail: a@b.c\nneg: -5\ndashes: ---x\nhash: a#b\n",
        "\"quoted key\": 1\n'single': 2\n\"esc\\n\\t\\\\\\/\\\"\": \"\\b\\f\\r\\0\\ \"\n",
        "name: Zoë Ünal\n城市: 東京\nemoji: \"🙂 ok\"\nafter: ü # ü\nü: [ä, 'ö']\n",
        "a:\n  b:\n    c:\n      d: 1\n  e: 2\n",
        "key with spaces  : value with spaces   \n",
        "a: 1\n\n\n",
        "- [a, b]\n- []\n- ['x']\n",
        "k: \"\"\nl: ''\n",
    ]
    for text in answered {
        #expect(compare(text), "declined:\n\(text)")
    }
    // Front matter: lines are shifted by the offset.
    #expect(compare("title: T\ntags: [a]\n", file: "personas/p.md", lineOffset: 1))
}

@Test func declinesWhatItDoesNotRead() {
    let declined = [
        "", "\n\n# only a comment\n", "plain scalar\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n",
        "a: {b: c}\n", "a: [b,\n  c]\n", "a: b\n  continued\n", "a: \"open\n  close\"\n", "---\na: 1\n", "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n", "a:\tb\n", "a: b\r\n", "a: b: c\n", "a: b:\n", "? a\n: b\n", "- - a\n", "a: [b, ]\n",
        "a: [b: c]\n", "a: \"\\u00e9\"\n", "a: 1\n  b: 2\n", "a:\n  - b\n  c: d\n", "\u{FEFF}a: 1\n", "a: \u{85}\n", "a: \u{2028}\n",
        "a: 'x' y\n", "a: 'x'#c\n", "[a]\n", "- a\nb: c\n", "a: b\n- c\n", "a:\n  b\n", "@a: 1\n", "a: @b\n", "a: `b`\n",
        "a: -\n", "a: - b\n", "a: [#]\n", "a: [a, , b]\n", "a: [a]x\n", "a: [", "a: [b,", "a: [b", "a: '", "- \"a\\", "a: \"b\\",
    ]
    for text in declined {
        var copy = text
        #expect(BlockYAMLReader.read(&copy, file: "t.yaml", lineOffset: 0) == nil, "answered:\n\(text)")
        // And what it declines, the public parser still reads (or refuses) with libyaml.
        compare(text)
    }
}

/// The repository's own YAML: every file of workspace-template, the templates and the test
/// fixtures, and every Markdown file's front matter.
private func repositoryDocuments() -> [(file: String, text: String, lineOffset: Int)] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var documents: [(String, String, Int)] = []
    for folder in ["workspace-template", "templates", "Tests/Fixtures"] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
        for case let url as URL in walker {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let name = String(url.path.dropFirst(root.path.count + 1))
            switch url.pathExtension {
            case "yaml", "yml":
                documents.append((name, text, 0))
            case "md":
                // Split as the workspace loader splits it.
                guard let split = try? FrontMatter.split(text, file: name), let yaml = split.yaml else { continue }
                documents.append((name, yaml, split.yamlFirstLine - 1))
            default:
                continue
            }
        }
    }
    return documents.sorted { $0.0 < $1.0 }
}

@Test func readsTheRepositorysYAMLAsLibYAMLDoes() {
    let documents = repositoryDocuments()
    #expect(documents.count > 40)
    var answered = 0
    for (file, text, lineOffset) in documents where compare(text, file: file, lineOffset: lineOffset) { answered += 1 }
    // Nearly all of it is in the subset; the rest (block scalars, flow mappings) goes to libyaml.
    #expect(answered * 10 >= documents.count * 8, "answered \(answered) of \(documents.count)")
}

/// A small deterministic generator for the mutations (SplitMix64).
private struct Mixer {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

@Test func mutatedYAMLIsReadAsLibYAMLReadsItOrLeftToIt() {
    let pieces = [" ", "  ", "\n", "\n  ", "\n- ", "- ", "-", ":", ": ", "#", " #", "'", "''", "\"", "\\", "\\n", "[", "]", ", ", ",",
                  "{", "}", "&a ", "*a", "!", "|", ">", "?", "%", "@", "`", "---", "...", "\t", "\r\n", "ü", "🙂", "\u{85}", "x", "key: ",
                  "\n\n", "# c\n", "  - a: b\n", "0"]
    let documents = repositoryDocuments().filter { $0.text.utf8.count < 6_000 }
    var mixer = Mixer(state: 2026)
    var answered = 0, total = 0
    for (file, text, _) in documents {
        let bytes = Array(text.utf8)
        for _ in 0..<200 {
            var mutated = bytes
            for _ in 0..<(1 + mixer.next(3)) {
                let at = mixer.next(mutated.count + 1)
                switch mixer.next(4) {
                case 0, 1:
                    mutated.insert(contentsOf: Array(pieces[mixer.next(pieces.count)].utf8), at: at)
                case 2:
                    mutated.removeSubrange(at..<min(mutated.count, at + 1 + mixer.next(6)))
                default:
                    // Re-indent the line holding `at` by one to four spaces either way.
                    var start = at
                    while start > 0 && mutated[start - 1] != 0x0A { start -= 1 }
                    let shift = 1 + mixer.next(4)
                    if mixer.next(2) == 0 {
                        mutated.insert(contentsOf: [UInt8](repeating: 0x20, count: shift), at: start)
                    } else {
                        var spaces = 0
                        while spaces < shift && start + spaces < mutated.count && mutated[start + spaces] == 0x20 { spaces += 1 }
                        mutated.removeSubrange(start..<start + spaces)
                    }
                }
            }
            let text = String(decoding: mutated, as: UTF8.self)
            total += 1
            if compare(text, file: file) { answered += 1 }
        }
    }
    // Both outcomes must be common, or the mutations test nothing of one of them.
    #expect(answered * 5 > total && answered * 5 < total * 4, "answered \(answered) of \(total)")
}

/// The eight-bytes-at-a-time check of the characters the reader admits against a byte-by-byte one,
/// with each byte value at each place of a word and across words.
@Test func admitsExactlyThePrintableCharacters() {
    func reference(_ bytes: [UInt8]) -> Bool {
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x20 && byte < 0x7F || byte == 0x0A { continue }
            if byte < 0x80 { return false }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let after = index + 2 < bytes.count ? bytes[index + 2] : 0
            if byte == 0xC2 && next < 0xA0 { return false }
            if byte == 0xE2 && next == 0x80 && (after == 0xA8 || after == 0xA9) { return false }
            if byte == 0xEF && ((next == 0xBB && after == 0xBF) || (next == 0xBF && after >= 0xBE)) { return false }
        }
        return true
    }
    let printable = Array("key: value, more\n".utf8)
    for value in 0...255 {
        for place in 0..<printable.count {
            var bytes = printable
            bytes[place] = UInt8(value)
            var isASCII = true
            let admitted = bytes.withUnsafeBufferPointer { BlockYAMLReader.admits($0, isASCII: &isASCII) }
            #expect(admitted == reference(bytes), "byte \(value) at \(place)")
            if admitted { #expect(isASCII == (value < 0x80), "byte \(value) at \(place)") }
        }
    }
    for sample in ["\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{FEFF}", "\u{FFFE}", "\u{FFFD}", "🙂", "é", "\u{7F}", "\t"] {
        for place in 0..<10 {
            let bytes = Array(("abcdefghij".prefix(place) + sample + "klmnopqrst").utf8)
            var isASCII = true
            let admitted = bytes.withUnsafeBufferPointer { BlockYAMLReader.admits($0, isASCII: &isASCII) }
            #expect(admitted == reference(bytes), "\(sample.unicodeScalars.first!.value) at \(place)")
        }
    }
}
