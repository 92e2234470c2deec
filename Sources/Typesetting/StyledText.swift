/// How a run of text looks, on top of its paragraph's font and colour.
struct TextStyle: Hashable {
    var bold = false
    /// Regular weight even in a bold paragraph (a heading's inline dates).
    var regular = false
    var italic = false
    var monospace = false
    var strikethrough = false
    var underline = false
    /// nil: the paragraph's colour.
    var color: PDFColor?
    /// An external URL or `#anchor`; the run becomes clickable.
    var link: String?
    /// Relative to the paragraph's size.
    var scale = 1.0
    var superscript = false
    /// Never wrap inside this run (one contact item, for example).
    var unbreakable = false
}

/// Plain text with styled runs: what becomes one Pango layout. Offsets are UTF-8 bytes, as Pango counts.
struct StyledText {
    struct Run: Hashable {
        var start: Int
        var end: Int
        var style: TextStyle
    }

    private(set) var string = ""
    private(set) var runs: [Run] = []

    init() {}

    init(_ text: String, style: TextStyle = TextStyle()) {
        append(text, style: style)
    }

    var isEmpty: Bool { string.isEmpty }
    var byteCount: Int { string.utf8.count }

    /// True when there is nothing to see.
    var isBlank: Bool { string.unicodeScalars.allSatisfy(\.properties.isWhitespace) }

    mutating func append(_ text: String, style: TextStyle) {
        guard !text.isEmpty else { return }
        let start = string.utf8.count
        string += text
        let end = string.utf8.count
        if let last = runs.last, last.style == style, last.end == start {
            runs[runs.count - 1].end = end
        } else {
            runs.append(Run(start: start, end: end, style: style))
        }
    }

    mutating func append(_ other: StyledText) {
        for run in other.runs {
            let bytes = Array(other.string.utf8)[run.start..<run.end]
            append(String(decoding: bytes, as: UTF8.self), style: run.style)
        }
    }

    /// Without leading and trailing white space (a heading's text before its dates, say).
    func trimmed() -> StyledText {
        let bytes = Array(string.utf8)
        var start = 0, end = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        var out = StyledText()
        for run in runs {
            let from = max(run.start, start), to = min(run.end, end)
            if from < to { out.append(String(decoding: bytes[from..<to], as: UTF8.self), style: run.style) }
        }
        return out
    }

    /// Every run restyled by `change`.
    func restyled(_ change: (inout TextStyle) -> Void) -> StyledText {
        var copy = self
        for index in copy.runs.indices { change(&copy.runs[index].style) }
        return copy
    }

    /// The runs inside `bytes` restyled by `change`; runs crossing its ends are split.
    func restyled(bytes: Range<Int>, _ change: (inout TextStyle) -> Void) -> StyledText {
        let utf8 = Array(string.utf8)
        var out = StyledText()
        for run in runs {
            let cuts = [run.start, max(run.start, min(run.end, bytes.lowerBound)), max(run.start, min(run.end, bytes.upperBound)), run.end]
            for (from, to) in zip(cuts, cuts.dropFirst()) where from < to {
                var style = run.style
                if from >= bytes.lowerBound, to <= bytes.upperBound { change(&style) }
                out.append(String(decoding: utf8[from..<to], as: UTF8.self), style: style)
            }
        }
        return out
    }

    /// The UTF-8 ranges of every occurrence of `separator`.
    func ranges(of separator: String) -> [Range<Int>] {
        let haystack = Array(string.utf8), needle = Array(separator.utf8)
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index..<index + needle.count].elementsEqual(needle) {
                found.append(index..<index + needle.count)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The runs that link somewhere, merged where one link continues over several runs.
    var links: [(start: Int, end: Int, target: String)] {
        var out: [(start: Int, end: Int, target: String)] = []
        for run in runs {
            guard let target = run.style.link else { continue }
            if let last = out.last, last.target == target, last.end == run.start {
                out[out.count - 1].end = run.end
            } else {
                out.append((run.start, run.end, target))
            }
        }
        return out
    }
}
