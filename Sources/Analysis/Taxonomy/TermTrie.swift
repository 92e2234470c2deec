/// Finds known terms in text, word-bounded and case-insensitive, longest first.
///
/// Terms are stored as lowercase ASCII bytes in a trie; a space or hyphen in a term matches any
/// run of spaces, tabs, newlines or hyphens in the text, so "event-driven" finds "event driven".
/// A match must start and end at a word boundary: "Java" is not found in "JavaScript", "C" not
/// in "C++" or "C#". A term may carry a plural "s"/"es" in the text ("APIs" finds "API").
/// Case-sensitive terms ("Go", "React") must also match their capitalisation exactly.
struct TermTrie: Sendable {
    struct Term: Sendable {
        /// The owner's index (a skill).
        var owner: Int32
        /// For case-sensitive terms: the term's bytes without separators, as written.
        var exact: [UInt8]?
        var allowsPlural: Bool
    }

    struct Match: Sendable, Hashable {
        var owner: Int32
        /// UTF-8 offsets into the text: `start..<end`.
        var start: Int
        var end: Int
    }

    static let separator: UInt8 = 0x20

    /// Root transitions, one per byte, for speed; deeper ones in `edges`.
    private var root = [Int32](repeating: -1, count: 256)
    private var edges = EdgeTable()
    /// For each node, where its list of terms ending there is in `endLists` (-1: none end there).
    /// Most nodes end no term, and this says so without a look-up.
    private var endList: [Int32] = [-1]
    /// Lists of the terms ending at a node (indices into `terms`).
    private var endLists: [[Int32]] = []
    private var nodeCount: Int32 = 1
    private(set) var terms: [Term] = []

    init() {}

    /// A trie sized for about `terms` terms and `transitions` transitions (at most one per byte
    /// of the terms), so that filling it does not grow its tables.
    init(expectedTerms terms: Int, transitions: Int) {
        edges = EdgeTable(capacity: transitions)
        endList.reserveCapacity(transitions)
        endLists.reserveCapacity(terms)
        self.terms.reserveCapacity(terms)
    }

    var isEmpty: Bool { terms.isEmpty }

    /// Nodes are numbered below 2^24 (an edge's key is its node and a byte in 32 bits): room for
    /// terms of about 16 MB, where the shipped taxonomy needs 30,000 nodes.
    static let maximumNodes: Int32 = 1 << 24

    /// Adds a term for `owner`. Returns false when the term normalises to nothing, or when the
    /// trie is full (`maximumNodes`).
    @discardableResult
    mutating func insert(_ text: String, owner: Int32, caseSensitive: Bool) -> Bool {
        insert(text, normalized: Self.normalize(text), owner: owner, caseSensitive: caseSensitive)
    }

    /// The same, for a caller that has normalised the text already (`normalize(text)`).
    @discardableResult
    mutating func insert(_ text: String, normalized: [UInt8], owner: Int32, caseSensitive: Bool) -> Bool {
        // Each of the (at most two) forms added makes at most one node per byte.
        guard !normalized.isEmpty, Int(nodeCount) + 2 * normalized.count < Int(Self.maximumNodes) else { return false }
        let exact: [UInt8]? = caseSensitive ? Array(text.utf8).filter { !Self.isSeparator($0) } : nil
        let last = normalized.last!
        let plural = !caseSensitive && normalized.count >= 3 && Self.isLetter(last)
        terms.append(Term(owner: owner, exact: exact, allowsPlural: plural))
        let index = Int32(terms.count - 1)
        add(normalized, term: index)
        // "Payments" also finds "payment"; not for words like "analytics" or "business".
        if !caseSensitive, normalized.count >= 6, last == UInt8(ascii: "s"), Self.singularizable(normalized) {
            add(Array(normalized.dropLast()), term: index)
        }
        return true
    }

    private mutating func add(_ bytes: [UInt8], term: Int32) {
        var node: Int32 = 0
        for byte in bytes {
            if node == 0 {
                if root[Int(byte)] < 0 { root[Int(byte)] = newNode() }
                node = root[Int(byte)]
            } else {
                let key = EdgeTable.key(node, byte)
                if let next = edges[key] { node = next } else {
                    let made = newNode()
                    edges.insert(key, made)
                    node = made
                }
            }
        }
        if endList[Int(node)] < 0 {
            endList[Int(node)] = Int32(endLists.count)
            endLists.append([])
        }
        endLists[Int(endList[Int(node)])].append(term)
    }

    private mutating func newNode() -> Int32 {
        defer { nodeCount += 1 }
        endList.append(-1)
        return nodeCount
    }

    @inline(__always) private func child(_ node: Int32, _ byte: UInt8) -> Int32? {
        if node == 0 {
            let next = root[Int(byte)]
            return next < 0 ? nil : next
        }
        return edges[EdgeTable.key(node, byte)]
    }

    /// The longest term starting at `start` (which the caller has checked is a word start).
    func longestMatch(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Match? {
        var node: Int32 = 0
        var position = start
        var best: Match?
        let count = text.count
        while position < count {
            let byte = text[position]
            var next: Int32?
            var after = position + 1
            if Self.isSeparator(byte) {
                // A run of spaces/hyphens is one separator.
                while after < count, Self.isSeparator(text[after]) { after += 1 }
                next = child(node, Self.separator)
            } else {
                next = child(node, Self.lower(byte))
            }
            guard let found = next else { break }
            node = found
            position = after
            if endList[Int(node)] >= 0 {
                for index in endLists[Int(endList[Int(node)])] {
                    let term = terms[Int(index)]
                    if let end = acceptedEnd(of: term, in: text, from: start, to: position), best.map({ end > $0.end }) ?? true {
                        best = Match(owner: term.owner, start: start, end: end)
                    }
                }
            }
        }
        return best
    }

    /// Where a term ending at `end` really ends (after a plural), or nil if it may not end there.
    private func acceptedEnd(of term: Term, in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        // A term never ends on a separator ("go " is not "go").
        if end > start, Self.isSeparator(text[end - 1]) { return nil }
        if let exact = term.exact {
            var offset = 0
            for position in start..<end where !Self.isSeparator(text[position]) {
                guard offset < exact.count, exact[offset] == text[position] else { return nil }
                offset += 1
            }
            guard offset == exact.count else { return nil }
        }
        if Self.endsWord(text, at: end) { return end }
        if term.allowsPlural {
            if end < text.count, Self.lower(text[end]) == UInt8(ascii: "s"), Self.endsWord(text, at: end + 1) { return end + 1 }
            if end + 1 < text.count, Self.lower(text[end]) == UInt8(ascii: "e"), Self.lower(text[end + 1]) == UInt8(ascii: "s"),
               Self.endsWord(text, at: end + 2) { return end + 2 }
        }
        return nil
    }

    /// Every term in `text`, left to right, longest first, not overlapping.
    func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { buffer in
            var found: [Match] = []
            var position = 0
            let count = buffer.count
            while position < count {
                let byte = buffer[position]
                let startsWord = Self.isWordByte(byte) || byte == UInt8(ascii: ".")
                if startsWord, position == 0 || !Self.isWordByte(buffer[position - 1]), let match = longestMatch(in: buffer, at: position) {
                    found.append(match)
                    position = match.end
                    continue
                }
                position += 1
            }
            return found
        }
    }

    // MARK: - Bytes

    static func normalize(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var last: UInt8 = 0  // out.last, kept in a local: every term of the taxonomy comes through here
        for byte in text.utf8 {
            if isSeparator(byte) {
                if !out.isEmpty, last != separator {
                    out.append(separator)
                    last = separator
                }
            } else {
                last = lower(byte)
                out.append(last)
            }
        }
        while out.last == separator { out.removeLast() }
        return out
    }

    static func singularizable(_ normalized: [UInt8]) -> Bool {
        let tail = String(decoding: normalized.suffix(3), as: UTF8.self)
        return !(tail.hasSuffix("ss") || tail.hasSuffix("us") || tail.hasSuffix("is") || tail == "ics")
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always) static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "-")
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        let lowered = lower(byte)
        return lowered >= 0x61 && lowered <= 0x7A
    }

    /// Letters, digits, underscore, and any non-ASCII byte (letters of other scripts).
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_")
    }

    /// True when a term may end before `position`: the next byte does not continue a word or a
    /// name like "C++", "C#" or "R&D".
    @inline(__always) static func endsWord(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard position < text.count else { return true }
        let byte = text[position]
        if isWordByte(byte) { return false }
        if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "&") { return false }
        // "Node.js": a dot followed by a letter continues the name.
        if byte == UInt8(ascii: "."), position + 1 < text.count, isLetter(text[position + 1]) { return false }
        return true
    }
}

/// The trie's transitions below the root, (node << 8 | byte) -> child: an open-addressing table
/// with a multiplicative hash. Every word of every CV and posting walks it, byte by byte, and
/// Dictionary's seeded SipHash cost more than the walk itself.
///
/// A slot is one word, the key in its high half and the child in its low half, so a probe reads
/// one cache line where separate key and value arrays read two: the table is larger than the
/// caches, and filling it for the shipped taxonomy was mostly waiting for memory.
private struct EdgeTable: Sendable {
    private var slots: [UInt64]
    private var count = 0

    /// An empty slot: no key is all ones (keys are a node below 2^24 and a byte).
    private static let empty = UInt64.max

    /// Room for `capacity` transitions before the table grows (a power of two, at least 1024 slots).
    init(capacity: Int = 512) {
        var size = 1024
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: Self.empty, count: size)
    }

    @inline(__always) private func slot(_ key: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slots.count - 1)
    }

    /// `node << 8 | byte`, for a node below `TermTrie.maximumNodes`.
    @inline(__always) static func key(_ node: Int32, _ byte: UInt8) -> UInt32 {
        UInt32(truncatingIfNeeded: node) << 8 | UInt32(byte)
    }

    subscript(key: UInt32) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = slot(key)
            while true {
                let found = slots[index]
                if found == Self.empty { return nil }
                if UInt32(truncatingIfNeeded: found >> 32) == key { return Int32(truncatingIfNeeded: found) }
                index = (index + 1) & mask
            }
        }
    }

    /// Adds a key that is not there yet.
    mutating func insert(_ key: UInt32, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = slot(key)
        while slots[index] != Self.empty { index = (index + 1) & mask }
        slots[index] = UInt64(key) << 32 | UInt64(UInt32(bitPattern: value))
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: Self.empty, count: old.count * 2)
        count = 0
        for packed in old where packed != Self.empty {
            insert(UInt32(truncatingIfNeeded: packed >> 32), Int32(truncatingIfNeeded: packed))
        }
    }
}
