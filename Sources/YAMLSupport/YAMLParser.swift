import CYAML
import Core

/// Parses YAML (and JSON, its subset) with libyaml into `YAMLNode` trees that keep line and column.
/// The common block subset is read by `BlockYAMLReader` without libyaml, giving the same nodes.
///
/// The only file in the module that touches libyaml: events are copied into Swift values at once.
public enum YAMLParser {
    /// Files that expand past this many values through aliases are refused ("billion laughs").
    public static let maximumExpandedValues = 200_000

    /// Parses one document. `lineOffset` shifts reported lines (front matter starts below `---`).
    /// Returns nil for an empty document; throws a located diagnostic on a syntax error.
    public static func parse(_ text: String, file: String, lineOffset: Int = 0) throws(Diagnostic) -> YAMLNode? {
        var text = text  // read in place through withUTF8, not copied into an array
        if let node = BlockYAMLReader.read(&text, file: file, lineOffset: lineOffset) { return node }
        return try parseWithLibYAML(&text, file: file, lineOffset: lineOffset)
    }

    /// Parses one document with libyaml alone (what `parse` does with any text `BlockYAMLReader` declines).
    static func parseWithLibYAML(_ text: inout String, file: String, lineOffset: Int) throws(Diagnostic) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Diagnostic.error(at: SourceLocation(file: file), code: "yaml-internal", "libyaml could not start a parser.")
        }
        defer { yaml_parser_delete(&parser) }

        // withUTF8 rethrows untyped errors: the outcome comes out as a Result.
        let outcome = text.withUTF8 { buffer in
            Result { () throws(Diagnostic) -> YAMLNode? in
                yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
                var builder = Builder(file: file, lineOffset: lineOffset)
                while true {
                    var event = yaml_event_t()
                    guard yaml_parser_parse(&parser, &event) == 1 else {
                        throw syntaxError(parser, file: file, lineOffset: lineOffset)
                    }
                    defer { yaml_event_delete(&event) }
                    if try builder.consume(event) { break }
                }
                return builder.document
            }
        }
        return try outcome.get()
    }

    private static func syntaxError(_ parser: yaml_parser_t, file: String, lineOffset: Int) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let context = parser.context.map { String(cString: $0) }
        let mark = parser.problem_mark
        let location = SourceLocation(file: file, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
        var message = "YAML syntax error: \(problem)"
        if let context { message += " \(context)" }
        return .error(at: location, code: "yaml-syntax", message + ".", hint: hint(for: problem))
    }

    private static func hint(for problem: String) -> String? {
        if problem.contains("tab") { return "YAML indents with spaces only; replace the tab characters." }
        if problem.contains("mapping values are not allowed") {
            return "A value containing ': ' must be quoted, for example title: \"Lead: Payments\"."
        }
        if problem.contains("could not find expected ':'") { return "Each line of a mapping needs 'key: value'; check the line above for a missing colon or an unclosed quote." }
        if problem.contains("did not find expected key") { return "Check the indentation: keys of one mapping must line up." }
        if problem.contains("UTF-8") || problem.contains("octet") { return "Save the file as UTF-8." }
        return nil
    }

    /// Turns the event stream into a tree with an explicit stack (no recursion on deep input).
    private struct Builder {
        /// An open sequence or mapping. Its children wait on the builder's shared stacks (`items`,
        /// `pairs`) from `first` on, and are copied into an array of exactly their count when it
        /// closes: arrays grown by appending hold up to twice their size, and a large workspace
        /// keeps every tree it parsed.
        struct Frame {
            var isMapping: Bool
            var first: Int
            var pendingKey: YAMLNode?
            var start: SourceLocation
            var tag: YAMLNode.Tag?
            var anchor: String?
            var size = 1
        }

        let file: FileName
        let lineOffset: Int
        var stack: [Frame] = []
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var anchors: [String: (node: YAMLNode, size: Int)] = [:]
        var document: YAMLNode?
        var documents = 0
        var expanded = 0

        init(file: String, lineOffset: Int) {
            self.file = FileName(file)
            self.lineOffset = lineOffset
        }

        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(fileName: file, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
        }

        /// Returns true at the end of the stream.
        mutating func consume(_ event: yaml_event_t) throws(Diagnostic) -> Bool {
            let at = location(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return true
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw .error(at: at, code: "yaml-multiple-documents", "This file holds more than one YAML document.",
                                 hint: "Remove the second '---' line, or split the documents into separate files.")
                }
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
                let style: YAMLNode.ScalarStyle
                switch data.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                let tag = data.tag.map { YAMLNode.Tag(String(cString: $0)) }
                let anchor = data.anchor.map { String(cString: $0) }
                try add(YAMLNode(.scalar(text, style), at: at, tag: tag), size: 1, anchor: anchor)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                try checkDepth(at)
                stack.append(Frame(isMapping: false, first: items.count, start: at, tag: data.tag.map { YAMLNode.Tag(String(cString: $0)) }, anchor: data.anchor.map { String(cString: $0) }))
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                try checkDepth(at)
                stack.append(Frame(isMapping: true, first: pairs.count, start: at, tag: data.tag.map { YAMLNode.Tag(String(cString: $0)) }, anchor: data.anchor.map { String(cString: $0) }))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let content: YAMLNode.Content
                if frame.isMapping {
                    content = .mapping(pairs.take(from: frame.first))
                } else {
                    content = .sequence(items.take(from: frame.first))
                }
                try add(YAMLNode(content, at: frame.start, tag: frame.tag), size: frame.size, anchor: frame.anchor)
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let target = anchors[name] else {
                    throw .error(at: at, code: "yaml-unknown-anchor", "The alias '*\(name)' refers to no anchor '&\(name)' above it.")
                }
                try add(target.node, size: target.size, anchor: nil)
            default:
                break
            }
            return false
        }

        func checkDepth(_ at: SourceLocation) throws(Diagnostic) {
            if stack.count >= 256 {
                throw .error(at: at, code: "yaml-too-deep", "This YAML nests more than 256 levels deep.")
            }
        }

        mutating func add(_ node: YAMLNode, size: Int, anchor: String?) throws(Diagnostic) {
            expanded += size
            if expanded > YAMLParser.maximumExpandedValues {
                throw .error(at: node.location, code: "yaml-alias-bomb",
                             "This file expands to more than \(YAMLParser.maximumExpandedValues) values through aliases; it is refused as an alias bomb.",
                             hint: "Write the values out, or use fewer nested aliases.")
            }
            if let anchor { anchors[anchor] = (node, size) }
            guard !stack.isEmpty else {
                document = node
                return
            }
            let top = stack.count - 1
            stack[top].size += size
            if !stack[top].isMapping {
                items.append(node)
            } else if let key = stack[top].pendingKey {
                pairs.append(YAMLNode.Pair(key: key, value: node))
                stack[top].pendingKey = nil
            } else {
                stack[top].pendingKey = node
            }
        }
    }
}

extension Array {
    /// Removes the elements from `first` on (a closing list's or mapping's children, waiting on a
    /// parser's shared stack) and returns them in a new array of exactly their count: arrays grown
    /// by appending hold up to twice their size, and a large workspace keeps every tree it parsed.
    /// (`Array(self[first...])` would hand back the stack's own buffer, spare capacity and all,
    /// when `first` is 0.)
    mutating func take(from first: Int) -> [Element] {
        let taken = self[first...].withUnsafeBufferPointer { Array($0) }
        removeSubrange(first...)
        return taken
    }
}
