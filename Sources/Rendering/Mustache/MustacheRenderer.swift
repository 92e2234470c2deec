import MarkdownSupport

/// Renders parsed templates over a `TemplateValue`, with a table of partials and an escaping mode.
///
/// Rendering cannot fail: a name with no value renders empty and a missing partial renders nothing, as
/// the spec says. Typos are `TemplateChecker`'s job, before any data is rendered.
public struct MustacheRenderer: Sendable {
    /// The templates `{{> name}}` includes, by name.
    public var partials: [String: MustacheTemplate]
    /// How `{{name}}` escapes what it inserts.
    public var escaping: Escaping
    /// How deeply partials may include partials; deeper inclusions render nothing instead of recursing forever.
    public var maximumPartialDepth: Int

    /// A renderer with the given partials and escaping.
    public init(partials: [String: MustacheTemplate] = [:], escaping: Escaping, maximumPartialDepth: Int = 64) {
        self.partials = partials
        self.escaping = escaping
        self.maximumPartialDepth = maximumPartialDepth
    }

    /// The text of `template` rendered with `value` as the root of the context stack.
    public func render(_ template: MustacheTemplate, with value: TemplateValue) -> String {
        var pass = RenderPass(renderer: self, root: value)
        pass.run(template.program, indentation: [], depth: 0)
        return String(decoding: pass.output, as: UTF8.self)
    }

    /// The same rendering as UTF-8 bytes, for a caller that writes them out: every piece comes
    /// from a String, so the bytes are valid UTF-8 and need no second pass to become a String.
    public func renderBytes(_ template: MustacheTemplate, with value: TemplateValue) -> [UInt8] {
        var pass = RenderPass(renderer: self, root: value)
        pass.run(template.program, indentation: [], depth: 0)
        return pass.output
    }
}

/// One rendering: the output so far and the context stack. Output is gathered as UTF-8 bytes: appending
/// bytes is cheaper than appending strings, enough to pay for checking the UTF-8 once at the end.
///
/// Lookups copy nothing until they find: each object on the context stack is also held unretained
/// beside it (the stack keeps it alive), and each level is searched in place. Copying every level
/// to look into it, and the name to look for, cost two reference counts a level.
private struct RenderPass {
    let renderer: MustacheRenderer
    var output: [UInt8] = []
    var stack: [TemplateValue]
    /// The storage of each object on `stack`, level by level; nil for a level that is not an object.
    var objects: [Unmanaged<TemplateObject.Storage>?]

    init(renderer: MustacheRenderer, root: TemplateValue) {
        self.renderer = renderer
        stack = [root]
        objects = [Self.storage(of: root)]
        stack.reserveCapacity(16)
        objects.reserveCapacity(16)
        output.reserveCapacity(4096)
    }

    static func storage(of value: TemplateValue) -> Unmanaged<TemplateObject.Storage>? {
        if case .object(let object) = value { return Unmanaged.passUnretained(object.storage) }
        return nil
    }

    mutating func push(_ value: TemplateValue) {
        objects.append(Self.storage(of: value))
        stack.append(value)
    }

    mutating func pop() {
        objects.removeLast()
        stack.removeLast()
    }

    mutating func run(_ program: MustacheProgram, indentation: [UInt8], depth: Int) {
        run(program, from: 0, to: program.instructions.count, indentation: indentation, depth: depth)
    }

    private mutating func run(_ program: MustacheProgram, from start: Int, to end: Int, indentation: [UInt8], depth: Int) {
        var index = start
        while index < end {
            switch program.instructions[index] {
            case .text(let range):
                // Through a pointer: a slice of the template's text would count a reference to
                // a buffer every rendering thread shares.
                program.text.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
            case .lineStart:
                if !indentation.isEmpty { output.append(contentsOf: indentation) }
            case .variable(let name, let escaped):
                if let value = lookup(name, in: program) {
                    interpolate(value, escaped: escaped)
                }
            case .section(let name, let inverted, let sectionEnd):
                let value = lookup(name, in: program)
                let isTruthy = value?.isTruthy ?? false
                if inverted {
                    if !isTruthy { run(program, from: index + 1, to: sectionEnd, indentation: indentation, depth: depth) }
                } else if let value, isTruthy {
                    renderSection(program, from: index + 1, to: sectionEnd, over: value, indentation: indentation, depth: depth)
                }
                index = sectionEnd
                continue
            case .partial(let partial, let partialIndentation):
                guard depth < renderer.maximumPartialDepth,
                      let template = renderer.partials[program.partials[partial]] else { break }
                // A standalone partial indents each of its lines on top of the current indentation; an
                // inline one is not indented at all (the spec indents only standalone partial tags).
                let inner = partialIndentation.map { indentation + program.text[$0] } ?? []
                run(template.program, indentation: inner, depth: depth + 1)
            }
            index += 1
        }
    }

    private mutating func renderSection(
        _ program: MustacheProgram, from start: Int, to end: Int, over value: TemplateValue, indentation: [UInt8], depth: Int
    ) {
        if case .array(let items) = value {
            for item in items {
                push(item)
                run(program, from: start, to: end, indentation: indentation, depth: depth)
                pop()
            }
        } else {
            // The spec pushes any truthy value, so `{{.}}` inside `{{#phone}}` prints the phone number.
            push(value)
            run(program, from: start, to: end, indentation: indentation, depth: depth)
            pop()
        }
    }

    /// The spec's lookup of `program.names[name]`: the first component from the innermost context
    /// that has it, the rest inside that.
    private func lookup(_ name: Int, in program: MustacheProgram) -> TemplateValue? {
        guard let first = program.heads[name] else { return stack.last }
        var found: TemplateValue?
        var level = objects.count - 1
        let lengthBit = TemplateObject.Storage.lengthBit(first.utf8.count)
        while level >= 0 {
            if let storage = objects[level],
               let position = storage._withUnsafeGuaranteedRef({ $0.position(of: first, lengthBit: lengthBit) }) {
                found = storage._withUnsafeGuaranteedRef { $0.pairs[position].1 }
                break
            }
            level -= 1
        }
        if program.isDotted[name] {
            for component in program.names[name].dropFirst() {
                found = found?[component]
            }
        }
        return found
    }

    private mutating func interpolate(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let text):
            guard escaped else {
                append(text)
                return
            }
            switch renderer.escaping {
            case .html: HTMLEscaping.append(text, to: &output)
            case .markdown(let escape): append(escape(text))
            case .none: append(text)
            }
        case .raw(let text):
            append(text)
        case .rawUTF8(let bytes):
            output.append(contentsOf: bytes)
        case .int(let number):
            append(String(number))
        case .bool(let flag):
            append(flag ? "true" : "false")
        case .null, .array, .object:
            // Nothing sensible to print; the checker reports lists and objects interpolated by mistake.
            break
        }
    }

    private mutating func append(_ text: String) {
        var text = text
        // Native strings are contiguous UTF-8, and copying a buffer beats appending a sequence byte by byte.
        text.withUTF8 { output.append(contentsOf: $0) }
    }
}
