import Core

/// A heading and the `id` the HTML renderer gives it, for tables of contents and section links.
public struct HeadingAnchor: Sendable, Hashable {
    /// The level as written (before any `headingOffset`).
    public var level: Int
    /// The heading's plain text.
    public var text: String
    /// The slug used as the element `id`, unique within the document.
    public var id: String
    /// Where the heading was written.
    public var range: SourceRange

    /// Creates an anchor.
    public init(level: Int, text: String, id: String, range: SourceRange) {
        self.level = level
        self.text = text
        self.id = id
        self.range = range
    }
}

extension MarkdownDocument {
    /// Every heading in document order with the `id` `HTMLRenderer` gives it.
    public var headingAnchors: [HeadingAnchor] {
        var ids = HeadingIDs()
        var anchors: [HeadingAnchor] = []
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block.kind {
                case .heading(let level, let inlines):
                    let text = MarkdownInline.plainText(of: inlines)
                    anchors.append(HeadingAnchor(level: level, text: text, id: ids.next(for: text), range: block.range))
                case .blockQuote(let children), .footnoteDefinition(_, let children):
                    visit(children)
                case .list(let list):
                    for item in list.items { visit(item.blocks) }
                case .paragraph, .codeBlock, .htmlBlock, .thematicBreak, .table:
                    break
                }
            }
        }
        // Same order as HTMLRenderer, which writes footnotes after everything else.
        let isFootnote: (MarkdownBlock) -> Bool = { if case .footnoteDefinition = $0.kind { true } else { false } }
        visit(blocks.filter { !isFootnote($0) })
        visit(blocks.filter(isFootnote))
        return anchors
    }
}

/// Hands out heading ids: a slug of the text, then `-1`, `-2`... for repeats, so links to a
/// section stay stable as long as its title and the titles before it with the same slug do.
struct HeadingIDs {
    /// Most documents have a handful of headings, where searching a list beats hashing every id
    /// into a set; a long one (a report) moves to a set.
    private var used: [String] = []
    private var usedSet: Set<String>?

    mutating func next(for text: String) -> String {
        unique(Self.slug(text))
    }

    /// The same for text as UTF-8 bytes (a heading's, read from cmark-gfm's tree).
    mutating func next(forUTF8 text: [UInt8]) -> String {
        unique(Self.slug(utf8: text))
    }

    private mutating func unique(_ base: String) -> String {
        var candidate = base
        var suffix = 0
        // A literal "Intro 1" heading may already own "intro-1", hence a loop and not a counter.
        while isUsed(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        if usedSet != nil {
            usedSet!.insert(candidate)
        } else if used.count < 32 {
            used.append(candidate)
        } else {
            usedSet = Set(used + [candidate])
        }
        return candidate
    }

    private func isUsed(_ id: String) -> Bool {
        if let usedSet { return usedSet.contains(id) }
        return used.contains { $0.isSameText(as: id) }
    }

    /// Lower-cased letters and digits (any script), words joined by single hyphens, punctuation
    /// dropped: "Work Experience (2020–2024)" -> "work-experience-20202024".
    static func slug(_ text: String) -> String {
        var text = text
        if let slug = text.withUTF8(bytewiseSlug) { return slug.isEmpty ? "section" : slug }
        return scalarSlug(text)
    }

    /// `slug` of UTF-8 bytes; only text the byte reading leaves is made a String.
    static func slug(utf8 text: [UInt8]) -> String {
        if let slug = text.withUnsafeBufferPointer(bytewiseSlug) { return slug.isEmpty ? "section" : slug }
        return scalarSlug(String(decoding: text, as: UTF8.self))
    }

    /// `slug` for any text, read scalar by scalar.
    static func scalarSlug(_ text: String) -> String {
        // Built as UTF-8 bytes: appending Characters one by one to a String was most of the cost
        // of every HTML page's headings.
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        func startWord() {
            if pendingHyphen { slug.append(UInt8(ascii: "-")) }
            pendingHyphen = false
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                switch role(of: UInt8(scalar.value)) {
                case .word(let byte):
                    startWord()
                    slug.append(byte)
                case .separator:
                    pendingHyphen = !slug.isEmpty
                case .dropped:
                    break
                }
            } else if scalar.value == 0xB7 || (0x2010...0x2027).contains(scalar.value) || (0x2030...0x205E).contains(scalar.value) {
                // The punctuation of CV headings ("·", "–"), dropped without asking Unicode's
                // tables: none of it is a letter, a digit or a space.
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    startWord()
                    slug += UTF8.encode(lower)!
                }
            } else if scalar.properties.isWhitespace {
                pendingHyphen = !slug.isEmpty
            }
        }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }

    /// The slug of a heading of ASCII and the punctuation CV headings use ("·", "–": dropped, as
    /// `scalarSlug` drops them), read as bytes and written straight into the string's storage: it
    /// is never longer than the text, as each hyphen stands for at least one separator. Nil for
    /// any other non-ASCII text, left to `scalarSlug`. The two state the dropped ranges each in
    /// their own terms (code points there, UTF-8 here); `bytewiseSlugsAreTheScalarOnes` pins them
    /// together.
    private static func bytewiseSlug(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        var readable = true
        let slug = String(unsafeUninitializedCapacity: text.count) { out in
            var count = 0
            var pendingHyphen = false
            var index = 0
            while index < text.count {
                let byte = text[index]
                index += 1
                guard byte >= 0x80 else {
                    switch role(of: byte) {
                    case .word(let lowered):
                        if pendingHyphen {
                            out[count] = UInt8(ascii: "-")
                            count += 1
                            pendingHyphen = false
                        }
                        out[count] = lowered
                        count += 1
                    case .separator:
                        pendingHyphen = count > 0
                    case .dropped:
                        break
                    }
                    continue
                }
                // U+00B7, U+2010-2027 and U+2030-205E, as `scalarSlug` drops them.
                let next = index < text.count ? text[index] : 0
                let last = index + 1 < text.count ? text[index + 1] : 0
                if byte == 0xC2, next == 0xB7 {
                    index += 1
                } else if byte == 0xE2, next == 0x80, (0x90...0xA7).contains(last) || (0xB0...0xBF).contains(last) {
                    index += 2
                } else if byte == 0xE2, next == 0x81, (0x80...0x9E).contains(last) {
                    index += 2
                } else {
                    readable = false
                    return 0
                }
            }
            return count
        }
        return readable ? slug : nil
    }

    /// What an ASCII byte is to a slug, for both readings: part of a word (lower-cased), a
    /// separator between words, or nothing.
    private enum Role { case word(UInt8), separator, dropped }

    @inline(__always) private static func role(of byte: UInt8) -> Role {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): .word(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): .word(byte | 0x20)
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "-"), UInt8(ascii: "_"): .separator
        default: .dropped
        }
    }
}
