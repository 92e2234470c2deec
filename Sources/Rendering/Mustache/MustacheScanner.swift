import Core

/// Splits template source into text and tags, following `{{=<% %>=}}` delimiter changes as it goes.
///
/// Text comes out one line at a time (each piece ends at a newline or at a tag) so that the parser can
/// apply the spec's standalone-line rules and mark where lines start.
struct MustacheScanner {
    enum Token {
        case text(Text)
        case tag(Tag)
    }

    struct Text {
        let value: String
        /// Whether the text ends with a newline, so the next token starts a line.
        let endsLine: Bool
        /// Whether the text is only spaces and tabs (and the newline), so a tag beside it may stand alone.
        let isBlank: Bool
    }

    struct Tag {
        enum Kind: Equatable {
            case variable(escaped: Bool)
            case section
            case invertedSection
            case close
            case partial
            case comment
            case delimiters
        }

        let kind: Kind
        /// The name, partial name or new delimiters, without padding.
        let content: String
        let location: SourceLocation
        /// The delimiters the tag was written with, to quote it back in messages.
        let opener: String
        let closer: String

        /// Tags that vanish with their line when nothing else is on it.
        var mayStandAlone: Bool {
            if case .variable = kind { return false }
            return true
        }

        /// The tag `sigil` + `name` written with this tag's delimiters, for messages and hints.
        func spelled(_ sigil: String, _ name: String) -> String { "\(opener)\(sigil)\(name)\(closer)" }
    }

    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var opener = Array("{{".utf8)
    private var closer = Array("}}".utf8)

    init(source: String, file: String) {
        bytes = Array(source.utf8)
        self.file = file
    }

    /// Every token in order; throws at the first tag that cannot be read.
    mutating func scan() throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        while position < bytes.count {
            let tagStart = find(opener, from: position) ?? bytes.count
            appendText(upTo: tagStart, to: &tokens)
            if tagStart < bytes.count {
                tokens.append(.tag(try scanTag(at: tagStart)))
            }
        }
        return tokens
    }

    private mutating func appendText(upTo end: Int, to tokens: inout [Token]) {
        var start = position
        while start < end {
            let newline = bytes[start..<end].firstIndex(of: UInt8(ascii: "\n"))
            let pieceEnd = newline.map { $0 + 1 } ?? end
            let piece = bytes[start..<pieceEnd]
            let body = newline == nil ? piece : piece.dropLast(piece.dropLast().last == UInt8(ascii: "\r") ? 2 : 1)
            let isBlank = body.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            tokens.append(.text(Text(value: String(decoding: piece, as: UTF8.self), endsLine: newline != nil, isBlank: isBlank)))
            if newline != nil {
                line += 1
                lineStart = pieceEnd
            }
            start = pieceEnd
        }
        position = end
    }

    private mutating func scanTag(at tagStart: Int) throws(Diagnostic) -> Tag {
        let location = SourceLocation(
            file: file, line: line,
            column: String(decoding: bytes[lineStart..<tagStart], as: UTF8.self).count + 1)
        let openerText = String(decoding: opener, as: UTF8.self)
        let closerText = String(decoding: closer, as: UTF8.self)
        var contentStart = tagStart + opener.count
        let sigil = contentStart < bytes.count ? bytes[contentStart] : 0
        // `{{{name}}}` and `{{=a b=}}` end with their own character before the closing delimiter.
        let ending: [UInt8] = switch sigil {
        case UInt8(ascii: "{"): [UInt8(ascii: "}")] + closer
        case UInt8(ascii: "="): [UInt8(ascii: "=")] + closer
        default: closer
        }
        let kind: Tag.Kind
        switch sigil {
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .invertedSection
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "="): kind = .delimiters
        case UInt8(ascii: "&"), UInt8(ascii: "{"): kind = .variable(escaped: false)
        default: kind = .variable(escaped: true)
        }
        if kind != .variable(escaped: true) { contentStart += 1 }

        // Built only on failure: most tags close, and the message costs more than the scan.
        func unclosed() -> Diagnostic {
            let start = String(decoding: bytes[tagStart..<min(bytes.count, contentStart + 20)], as: UTF8.self)
            return .error(
                at: location, code: "unclosed-tag",
                "The tag '\(start.prefix { $0 != "\n" })' is never closed with '\(String(decoding: ending, as: UTF8.self))'.",
                hint: "Close the tag, or change the delimiters with \(openerText)=<% %>=\(closerText) to write a literal '\(openerText)'.")
        }
        guard let contentEnd = find(ending, from: contentStart) else { throw unclosed() }
        let raw = bytes[contentStart..<contentEnd]
        // A name never spans lines, so a newline means this tag ran into a later one.
        if kind != .comment, raw.contains(UInt8(ascii: "\n")) || find(opener, from: contentStart, upTo: contentEnd) != nil {
            throw unclosed()
        }
        for index in raw.indices where raw[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        position = contentEnd + ending.count

        let content = String(decoding: raw, as: UTF8.self).trimmingBlanks()
        let tag = Tag(kind: kind, content: content, location: location, opener: openerText, closer: closerText)
        switch kind {
        case .comment:
            break
        case .delimiters:
            try setDelimiters(from: tag)
        case .partial:
            if content.isEmpty || content.contains(where: \.isWhitespace) {
                throw Diagnostic.error(
                    at: location, code: "bad-partial-name",
                    "The partial tag '\(tag.spelled(">", " " + content))' needs one partial name without spaces.",
                    hint: "Write the name of a partial template, such as \(tag.spelled(">", " header")).")
            }
        case .variable, .section, .invertedSection, .close:
            try checkName(of: tag)
        }
        return tag
    }

    private func checkName(of tag: Tag) throws(Diagnostic) {
        let name = tag.content
        let valid = name == "."
            || (!name.isEmpty && !name.contains(where: \.isWhitespace)
                && !name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty))
        guard !valid else { return }
        let message = name.isEmpty
            ? "This tag has no name."
            : "'\(name)' is not a valid name; a name is '.' or words joined by single dots, with no spaces."
        throw Diagnostic.error(
            at: tag.location, code: "bad-name", message,
            hint: "Write a name from the data, such as \(tag.opener)basics.name\(tag.closer).")
    }

    private mutating func setDelimiters(from tag: Tag) throws(Diagnostic) {
        let parts = tag.content.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw Diagnostic.error(
                at: tag.location, code: "bad-delimiters",
                "The delimiters '\(tag.content)' are not an opening and a closing delimiter separated by a space.",
                hint: "Write them like \(tag.opener)=<% %>=\(tag.closer); neither may contain '=' or spaces.")
        }
        opener = Array(parts[0].utf8)
        closer = Array(parts[1].utf8)
    }

    /// Where `needle` next occurs whole between `start` and `limit` (the end of the source by default).
    private func find(_ needle: [UInt8], from start: Int, upTo limit: Int? = nil) -> Int? {
        let limit = limit ?? bytes.count
        var index = start
        while index + needle.count <= limit {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}

private extension String {
    /// The string without leading and trailing spaces, tabs and newlines (no Foundation needed).
    func trimmingBlanks() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
