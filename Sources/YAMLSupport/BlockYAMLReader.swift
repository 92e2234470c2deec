import Core
#if canImport(Glibc)
import Glibc
#endif

/// Reads the YAML that workspace files are nearly always written in straight into nodes, without
/// libyaml's reader, token and event layers (with the event builder, a sixth of a full build's
/// instructions).
///
/// It takes block mappings and block lists (indentless lists included) whose scalars each fit on
/// their line: plain, single-quoted or double-quoted with the common escapes, or a one-line list
/// such as `tags: [a, "b c"]`, with comments and blank lines anywhere. It declines everything
/// else, and everything it is not sure of (anchors, aliases, tags, block and multi-line scalars,
/// flow mappings, directives, tabs, carriage returns and other characters libyaml checks, and
/// every error), and `YAMLParser` then reads the text with libyaml as before. Where it answers,
/// the nodes are libyaml's to the last location; BlockYAMLReaderTests compares the two on every
/// YAML file in the repository and on thousands of mutations of them.
struct BlockYAMLReader: ~Copyable {
    /// Why the text is left to libyaml; never shown.
    struct Declined: Error {}

    /// Nodes nested deeper, or more nodes, than this are left to libyaml (and its limits' messages).
    static let maximumDepth = 64
    static let maximumNodes = 100_000

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: FileName
    private let lineOffset: Int
    /// Every byte is ASCII: a column is then a byte offset, with no characters to count.
    private let isASCII: Bool
    /// The first byte of the current line, and its number from 0.
    private var lineStart = 0
    private var line = 0
    /// The current content line's indentation (set by `nextContent`).
    private var indent = 0
    private var depth = 0
    private var nodes = 0
    /// The open lists' and mappings' children, copied out at exactly their count when they close
    /// (as the libyaml builder does: a large workspace keeps every tree it parsed).
    private var items: [YAMLNode] = []
    private var pairs: [YAMLNode.Pair] = []

    /// The document's root, or nil when the text is not in the subset (or is empty).
    static func read(_ text: inout String, file: String, lineOffset: Int) -> YAMLNode? {
        text.withUTF8 { bytes in
            var isASCII = true
            guard admits(bytes, isASCII: &isASCII) else { return nil }
            var reader = BlockYAMLReader(bytes: bytes, file: FileName(file), lineOffset: lineOffset, isASCII: isASCII)
            return try? reader.document()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, file: FileName, lineOffset: Int, isASCII: Bool) {
        self.bytes = bytes
        self.file = file
        self.lineOffset = lineOffset
        self.isASCII = isASCII
    }

    /// False when the text holds a character libyaml refuses or reads as a line break of its own:
    /// control characters (tab and carriage return included), C1 controls and NEL (U+0080-U+009F),
    /// U+2028 and U+2029, the byte-order mark and U+FFFE/U+FFFF. `isASCII` is made false if a
    /// byte is not ASCII.
    static func admits(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: inout Bool) -> Bool {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        while index < count {
            // Eight bytes at a time while they are all printable ASCII (0x20-0x7E): no byte with
            // its top bit set, none below 0x20, none equal to 0x7F.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
                let deletes = word ^ (0x7F &* ones)
                if (word | (word &- 0x20 &* ones) | ((deletes &- ones) & ~deletes)) & tops == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte &- 0x20 < 0x5F || byte == 0x0A { index += 1; continue }
            if byte < 0x80 { return false }
            isASCII = false
            let next = index + 1 < count ? bytes[index + 1] : 0
            let after = index + 2 < count ? bytes[index + 2] : 0
            switch byte {
            case 0xC2 where next < 0xA0: return false
            case 0xE2 where next == 0x80 && (after == 0xA8 || after == 0xA9): return false
            case 0xEF where (next == 0xBB && after == 0xBF) || (next == 0xBF && after >= 0xBE): return false
            default: index += 1
            }
        }
        return true
    }

    // MARK: - Lines

    private var end: Int { bytes.count }

    private func byte(_ index: Int) -> UInt8 { index < end ? bytes[index] : 0x0A }

    /// A space, the end of the line or the end of the text: what makes `-` an entry and `:` a value.
    private func isBlankOrEnd(_ index: Int) -> Bool {
        let next = byte(index)
        return next == 0x20 || next == 0x0A
    }

    /// Moves to the next line holding content (the current one if it does), skipping blank and
    /// comment lines; false at the end of the text. Document markers and directives decline.
    private mutating func nextContent() throws(Declined) -> Bool {
        while lineStart < end {
            var index = lineStart
            while index < end && bytes[index] == 0x20 { index += 1 }
            guard index < end else { lineStart = end; return false }
            switch bytes[index] {
            case 0x0A:
                lineStart = index + 1
                line += 1
            case 0x23:  // '#'
                skipLine(from: index)
            default:
                indent = index - lineStart
                if indent == 0 {
                    let first = bytes[index]
                    if first == 0x25 { throw Declined() }  // '%': a directive
                    if (first == 0x2D || first == 0x2E), byte(index + 1) == first, byte(index + 2) == first, isBlankOrEnd(index + 3) {
                        throw Declined()  // '---' or '...': a document marker
                    }
                }
                return true
            }
        }
        return false
    }

    private mutating func skipLine(from index: Int) {
        var index = index
        while index < end && bytes[index] != 0x0A { index += 1 }
        lineStart = min(index + 1, end)
        if index < end { line += 1 }
    }

    /// After a value that ends at `index`: nothing but spaces and a comment may follow on its line.
    private mutating func endLine(from index: Int) throws(Declined) {
        var at = index
        while at < end && bytes[at] == 0x20 { at += 1 }
        if at < end && bytes[at] != 0x0A {
            guard bytes[at] == 0x23, at > index else { throw Declined() }
        }
        skipLine(from: at)
    }

    private func location(_ index: Int) -> SourceLocation {
        // The column counts characters, as libyaml does: every byte but UTF-8's continuation bytes.
        var column = index - lineStart + 1
        if !isASCII {
            for at in lineStart..<index where bytes[at] & 0xC0 == 0x80 { column -= 1 }
        }
        return SourceLocation(fileName: file, line: line + 1 + lineOffset, column: column)
    }

    // MARK: - Blocks

    mutating func document() throws(Declined) -> YAMLNode {
        guard try nextContent() else { throw Declined() }
        let root = try block()
        guard try !nextContent() else { throw Declined() }
        return root
    }

    /// The list or mapping starting on the current content line.
    private mutating func block() throws(Declined) -> YAMLNode {
        let first = lineStart + indent
        if bytes[first] == 0x2D, isBlankOrEnd(first + 1) { return try sequence(column: indent, indentless: false) }
        return try mapping(column: indent, firstKey: first)
    }

    private mutating func opened() throws(Declined) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw Declined() }
    }

    private mutating func made(_ node: YAMLNode) throws(Declined) -> YAMLNode {
        nodes += 1
        guard nodes <= Self.maximumNodes else { throw Declined() }
        return node
    }

    /// A block mapping whose keys stand at `column`; its first key is at `firstKey` on the current
    /// line (after `- ` when the mapping is a list's entry).
    private mutating func mapping(column: Int, firstKey: Int) throws(Declined) -> YAMLNode {
        try opened()
        let at = location(firstKey)
        let first = pairs.count
        var keyStart = firstKey
        while true {
            let (key, colon) = try key(at: keyStart)
            let value = try value(afterColon: colon, column: column)
            pairs.append(YAMLNode.Pair(key: key, value: value))
            guard try nextContent(), indent >= column else { break }
            keyStart = lineStart + column
            // Deeper lines continue a scalar or are an error; an entry here would have been the value's.
            guard indent == column, !(bytes[keyStart] == 0x2D && isBlankOrEnd(keyStart + 1)) else { throw Declined() }
        }
        depth -= 1
        return try made(YAMLNode(.mapping(pairs.take(from: first)), at: at))
    }

    /// A block list whose `-` stand at `column`. An indentless list (a mapping's value written at
    /// the key's own column) ends at the next line at that column that is not an entry.
    private mutating func sequence(column: Int, indentless: Bool) throws(Declined) -> YAMLNode {
        try opened()
        let at = location(lineStart + column)
        let first = items.count
        while true {
            let dash = lineStart + column
            var start = dash + 1
            while start < end && bytes[start] == 0x20 { start += 1 }
            let item: YAMLNode
            if start >= end || bytes[start] == 0x0A || bytes[start] == 0x23 {
                let empty = location(dash + 1)
                try endLine(from: dash + 1)
                if try nextContent(), indent > column {
                    item = try block()
                } else {
                    item = try made(YAMLNode(.scalar("", .plain), at: empty))
                }
            } else if bytes[start] == 0x2D, isBlankOrEnd(start + 1) {
                throw Declined()  // '- - x': a list in a list on one line
            } else if try isKey(at: start) {
                item = try mapping(column: start - lineStart, firstKey: start)
            } else {
                item = try inlineValue(at: start)
            }
            items.append(item)
            guard try nextContent(), indent >= column else { break }
            let next = lineStart + column
            guard indent == column else { throw Declined() }
            if !(bytes[next] == 0x2D && isBlankOrEnd(next + 1)) {
                if indentless { break }
                throw Declined()
            }
        }
        depth -= 1
        return try made(YAMLNode(.sequence(items.take(from: first)), at: at))
    }

    /// The value after `key:` in a mapping at `column`: on the same line, on the lines below, or
    /// none (an empty plain scalar where libyaml puts it, just after the colon).
    private mutating func value(afterColon colon: Int, column: Int) throws(Declined) -> YAMLNode {
        var start = colon
        while start < end && bytes[start] == 0x20 { start += 1 }
        if start < end && bytes[start] != 0x0A && !(bytes[start] == 0x23 && start > colon) {
            return try inlineValue(at: start)
        }
        let empty = location(colon)
        try endLine(from: colon)
        if try nextContent() {
            if indent > column { return try block() }
            let first = lineStart + column
            if indent == column, bytes[first] == 0x2D, isBlankOrEnd(first + 1) {
                return try sequence(column: column, indentless: true)
            }
        }
        return try made(YAMLNode(.scalar("", .plain), at: empty))
    }

    /// Whether the text at `start` is `key:` followed by a space or the end of the line.
    private func isKey(at start: Int) throws(Declined) -> Bool {
        let first = bytes[start]
        if first == 0x27 || first == 0x22 {
            // Where it ends, without making its text: a list's quoted entries are mostly values.
            let close: Int
            if let end = try unescapedEnd(from: start) {
                close = end
            } else {
                var scratch: [UInt8] = []
                close = try Self.unescaped(bytes, from: start, into: &scratch)
            }
            return byte(close) == 0x3A && isBlankOrEnd(close + 1)
        }
        return plainKeyColon(from: start) != nil
    }

    /// Where the `:` of a plain key starting at `start` is, or nil when the line has none before
    /// a comment or its end.
    private func plainKeyColon(from start: Int) -> Int? {
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x0A: return nil
            case 0x3A where isBlankOrEnd(index + 1): return index
            case 0x20 where byte(index + 1) == 0x23: return nil
            default: index += 1
            }
        }
        return nil
    }

    /// A key at `start` and the index just after its colon.
    private mutating func key(at start: Int) throws(Declined) -> (YAMLNode, Int) {
        let first = bytes[start]
        let at = location(start)
        if first == 0x27 || first == 0x22 {
            let (text, style, close) = try quoted(from: start)
            guard byte(close) == 0x3A, isBlankOrEnd(close + 1), close - start <= 1000 else { throw Declined() }
            return (try made(YAMLNode(.scalar(text, style), at: at)), close + 1)
        }
        guard Self.startsPlain(first), let colon = plainKeyColon(from: start), colon - start <= 1000 else { throw Declined() }
        return (try made(YAMLNode(.scalar(text(start, trimmedBefore: colon), .plain), at: at)), colon + 1)
    }

    /// A scalar or one-line list that starts at `start` and ends its line.
    private mutating func inlineValue(at start: Int) throws(Declined) -> YAMLNode {
        let first = bytes[start]
        let at = location(start)
        if first == 0x5B { return try flowSequence(at: start) }
        if first == 0x27 || first == 0x22 {
            let (text, style, close) = try quoted(from: start)
            try endLine(from: close)
            return try made(YAMLNode(.scalar(text, style), at: at))
        }
        guard Self.startsPlain(first) || (first == 0x2D && !isBlankOrEnd(start + 1)) else { throw Declined() }
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x20 && self.byte(index + 1) == 0x23) { break }
            // 'a: b' as a value is an error for libyaml; 'a:' at the end of a line too.
            if byte == 0x3A && isBlankOrEnd(index + 1) { throw Declined() }
            index += 1
        }
        let text = text(start, trimmedBefore: index)
        try endLine(from: index)
        return try made(YAMLNode(.scalar(text, .plain), at: at))
    }

    /// `[a, "b c", 'd']` on one line: plain items without flow indicators, or quoted ones.
    private mutating func flowSequence(at open: Int) throws(Declined) -> YAMLNode {
        try opened()
        let at = location(open)
        let first = items.count
        var index = open + 1
        while index < end && bytes[index] == 0x20 { index += 1 }
        if byte(index) != 0x5D {
            while true {
                let start = index
                let itemAt = location(start)
                let item: YAMLNode
                let opening = byte(start)
                if opening == 0x27 || opening == 0x22 {
                    let (text, style, close) = try quoted(from: start)
                    index = close
                    item = YAMLNode(.scalar(text, style), at: itemAt)
                } else {
                    guard Self.startsPlain(opening) else { throw Declined() }
                    flow: while index < end {
                        switch bytes[index] {
                        case 0x2C, 0x5D, 0x0A: break flow  // ',' ']' end of line
                        case 0x3A, 0x3F, 0x23, 0x5B, 0x7B, 0x7D: throw Declined()  // ':' '?' '#' '[' '{' '}'
                        default: index += 1
                        }
                    }
                    item = YAMLNode(.scalar(text(start, trimmedBefore: index), .plain), at: itemAt)
                }
                items.append(try made(item))
                while index < end && bytes[index] == 0x20 { index += 1 }
                if byte(index) == 0x5D { break }
                guard byte(index) == 0x2C else { throw Declined() }
                index += 1
                while index < end && bytes[index] == 0x20 { index += 1 }
                // A trailing comma, an empty item or a line break inside the list: left to libyaml.
                guard index < end, bytes[index] != 0x5D, bytes[index] != 0x2C, bytes[index] != 0x0A else { throw Declined() }
            }
        }
        try endLine(from: index + 1)
        depth -= 1
        return try made(YAMLNode(.sequence(items.take(from: first)), at: at))
    }

    // MARK: - Scalars

    /// Whether a plain scalar may start with this byte: not one of YAML's indicators.
    private static func startsPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x0A, 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            return false  // space, break, - ? : , [ ] { } # & * ! | > ' " % @ `
        default:
            return true
        }
    }

    /// The text of `start..<limit` less trailing spaces.
    private func text(_ start: Int, trimmedBefore limit: Int) -> String {
        var last = limit
        while last > start && bytes[last - 1] == 0x20 { last -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self)
    }

    /// A quoted scalar on one line starting at its quote: its text and style, and the index just
    /// after the closing quote.
    private func quoted(from start: Int) throws(Declined) -> (text: String, style: YAMLNode.ScalarStyle, end: Int) {
        let style: YAMLNode.ScalarStyle = bytes[start] == 0x27 ? .singleQuoted : .doubleQuoted
        if let close = try unescapedEnd(from: start) {
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start + 1..<close - 1]), as: UTF8.self), style, close)
        }
        var text: [UInt8] = []
        let close = try Self.unescaped(bytes, from: start, into: &text)
        return (String(decoding: text, as: UTF8.self), style, close)
    }

    /// The index just after the closing quote of a quoted scalar starting at `start` whose text
    /// is the bytes between its quotes; nil when it has an escape (`''`, or a backslash in double
    /// quotes), for `unescaped` to read. Most quoted values have none: the quote is found by
    /// memchr (most values are quoted, and a byte-by-byte loop was the reader's slowest part).
    private func unescapedEnd(from start: Int) throws(Declined) -> Int? {
        let quote = bytes[start]
        let base = bytes.baseAddress! + start + 1
        guard let found = memchr(base, Int32(quote), end - start - 1) else { return nil }
        let close = start + 1 + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
        let span = close - start - 1
        if memchr(base, 0x0A, span) != nil { throw Declined() }
        if quote == 0x27 && byte(close + 1) == 0x27 || quote == 0x22 && memchr(base, 0x5C, span) != nil { return nil }
        return close + 1
    }

    /// A quoted scalar with escapes (`''`, or a backslash in double quotes): its text into `text`,
    /// and the index just after the closing quote. Escapes other than the common ones decline.
    private static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into text: inout [UInt8]) throws(Declined) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:
                throw Declined()
            case quote where quote == 0x27:
                guard index + 1 < bytes.count, bytes[index + 1] == 0x27 else { return index + 1 }
                text.append(0x27)
                index += 2
            case quote:
                return index + 1
            case 0x5C where quote == 0x22:  // a backslash in double quotes
                guard index + 1 < bytes.count else { throw Declined() }
                switch bytes[index + 1] {
                case 0x22, 0x5C, 0x2F: text.append(bytes[index + 1])  // " \ /
                case 0x6E: text.append(0x0A)  // n
                case 0x74: text.append(0x09)  // t
                case 0x72: text.append(0x0D)  // r
                case 0x62: text.append(0x08)  // b
                case 0x66: text.append(0x0C)  // f
                case 0x30: text.append(0x00)  // 0
                case 0x20: text.append(0x20)  // space
                default: throw Declined()
                }
                index += 2
            default:
                text.append(byte)
                index += 1
            }
        }
        throw Declined()
    }
}
