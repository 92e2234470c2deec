/// Phrases looked for in many short texts (every line of every posting is checked against some
/// two hundred cue and heading words): a phrase whose first or last pair of bytes the text lacks
/// cannot be in it, so most are passed over without a scan.
struct PhraseSet: Sendable {
    /// The phrases as bytes, in the order given.
    let phrases: [[UInt8]]
    /// Each phrase's first and last byte pairs as bit numbers (`BytePairs.bit`); nil for a
    /// one-byte phrase, which is always scanned for.
    private let keys: [(first: UInt8, last: UInt8)?]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }
        keys = self.phrases.map { bytes in
            bytes.count < 2 ? nil : (BytePairs.bit(bytes[0], bytes[1]), BytePairs.bit(bytes[bytes.count - 2], bytes[bytes.count - 1]))
        }
    }

    /// Whether phrase `index` may be in `text`: false means it is not.
    @inline(__always) func mayOccur(_ index: Int, in text: ScannedText) -> Bool {
        guard let key = keys[index] else { return true }
        return text.pairs.contains(key.first) && text.pairs.contains(key.last)
    }

    /// Whether any phrase is in `text` with no letter right before or after it.
    func containsWord(in text: ScannedText) -> Bool {
        phrases.indices.contains { mayOccur($0, in: text) && TextSearch.containsWord(text.bytes, phrases[$0]) }
    }

    /// Whether any phrase is in `text`.
    func contains(in text: ScannedText) -> Bool {
        phrases.indices.contains { mayOccur($0, in: text) && TextSearch.contains(text.bytes, phrases[$0]) }
    }
}

/// Text as bytes (lowered by the caller when phrases are lowercase), with its byte pairs noted.
struct ScannedText {
    let bytes: [UInt8]
    let pairs: BytePairs

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        pairs = BytePairs(bytes)
    }

    /// `text` lowercased.
    init(lowering text: String) { self.init(TextSearch.lowered(text)) }
}

/// Which pairs of adjacent bytes a text holds, hashed into 256 bits: a phrase's pair whose bit is
/// clear is not in the text (a set bit only says it may be).
struct BytePairs: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ bytes: [UInt8]) {
        guard bytes.count >= 2 else { return }
        var previous = bytes[0]
        for byte in bytes.dropFirst() {
            insert(Self.bit(previous, byte))
            previous = byte
        }
    }

    @inline(__always) static func bit(_ first: UInt8, _ second: UInt8) -> UInt8 {
        UInt8(truncatingIfNeeded: ((UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1) >> 24)
    }

    @inline(__always) private mutating func insert(_ bit: UInt8) {
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: words.0 |= mask
        case 1: words.1 |= mask
        case 2: words.2 |= mask
        default: words.3 |= mask
        }
    }

    @inline(__always) func contains(_ bit: UInt8) -> Bool {
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: return words.0 & mask != 0
        case 1: return words.1 & mask != 0
        case 2: return words.2 & mask != 0
        default: return words.3 & mask != 0
        }
    }
}
