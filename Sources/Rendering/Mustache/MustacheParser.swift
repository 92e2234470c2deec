import Core

/// Turns scanned tokens into the node tree: drops standalone lines, marks line starts, nests sections.
struct MustacheParser {
    private struct OpenSection {
        let tag: MustacheScanner.Tag
        var children: [MustacheNode] = []
    }

    private var root: [MustacheNode] = []
    private var open: [OpenSection] = []

    /// The template's top-level nodes; throws at the first section that does not nest.
    static func parse(source: String, file: String) throws(Diagnostic) -> [MustacheNode] {
        var scanner = MustacheScanner(source: source, file: file)
        let tokens = try scanner.scan()
        var parser = MustacheParser()
        var lineBegin = 0
        for index in tokens.indices {
            var endsLine = index == tokens.count - 1
            if case .text(let text) = tokens[index], text.endsLine { endsLine = true }
            guard endsLine else { continue }
            try parser.addLine(tokens[lineBegin...index])
            lineBegin = index + 1
        }
        return try parser.finish()
    }

    /// Adds one source line (a multi-line comment counts as part of the line it starts on).
    private mutating func addLine(_ line: ArraySlice<MustacheScanner.Token>) throws(Diagnostic) {
        if let (tag, indentation) = standaloneTag(in: line) {
            // The spec removes a standalone tag's whole line, so the tag leaves no trace in the output.
            try add(tag, standaloneIndentation: indentation)
            return
        }
        append(.lineStart)
        for token in line {
            switch token {
            case .text(let text): append(.text(text.value))
            case .tag(let tag): try add(tag, standaloneIndentation: nil)
            }
        }
    }

    /// The line's only tag and the blanks before it, when the tag is one that may stand alone and
    /// everything else on the line is spaces and tabs.
    private func standaloneTag(in line: ArraySlice<MustacheScanner.Token>) -> (MustacheScanner.Tag, String)? {
        var found: MustacheScanner.Tag?
        var indentation = ""
        for token in line {
            switch token {
            case .text(let text):
                guard text.isBlank else { return nil }
                if found == nil { indentation += text.value }
            case .tag(let tag):
                guard found == nil, tag.mayStandAlone else { return nil }
                found = tag
            }
        }
        return found.map { ($0, indentation) }
    }

    private mutating func add(_ tag: MustacheScanner.Tag, standaloneIndentation: String?) throws(Diagnostic) {
        switch tag.kind {
        case .variable(let escaped):
            append(.variable(.init(name: TemplateName(tag.content), escaped: escaped, location: tag.location)))
        case .section, .invertedSection:
            open.append(OpenSection(tag: tag))
        case .close:
            try close(with: tag)
        case .partial:
            append(.partial(.init(name: tag.content, indentation: standaloneIndentation, location: tag.location)))
        case .comment, .delimiters:
            break
        }
    }

    private mutating func close(with tag: MustacheScanner.Tag) throws(Diagnostic) {
        guard let section = open.popLast() else {
            throw Diagnostic.error(
                at: tag.location, code: "unexpected-section-close",
                "'\(tag.spelled("/", tag.content))' closes a section that was never opened.",
                hint: "Remove it, or open the section with \(tag.spelled("#", tag.content)) before it.")
        }
        let opened = section.tag
        guard opened.content == tag.content else {
            throw Diagnostic.error(
                at: tag.location, code: "mismatched-section-close",
                "'\(tag.spelled("/", tag.content))' does not match the open section '\(opened.content)' from line \(opened.location.line), column \(opened.location.column).",
                hint: "Close '\(opened.content)' with \(tag.spelled("/", opened.content)) first, or correct one of the names.")
        }
        append(.section(.init(
            name: TemplateName(opened.content), inverted: opened.kind == .invertedSection,
            children: section.children, location: opened.location)))
    }

    private mutating func finish() throws(Diagnostic) -> [MustacheNode] {
        if let section = open.last {
            let tag = section.tag
            throw Diagnostic.error(
                at: tag.location, code: "unclosed-section",
                "The section '\(tag.content)' is never closed.",
                hint: "Add \(tag.spelled("/", tag.content)) where the section ends.")
        }
        return root
    }

    private mutating func append(_ node: MustacheNode) {
        if open.isEmpty {
            root.append(node)
        } else {
            open[open.count - 1].children.append(node)
        }
    }
}
