import Core

/// Checks a template's names and partials against the shape of its data before anything renders.
///
/// Every branch is checked, both sides of every section, so a typo in a branch today's data does not
/// take is reported now rather than rendering as a silent blank later.
public struct TemplateChecker: Sendable {
    /// The templates `{{> name}}` may include, by name; their bodies are checked where they are included.
    public var partials: [String: MustacheTemplate]

    /// A checker that knows the given partials.
    public init(partials: [String: MustacheTemplate] = [:]) {
        self.partials = partials
    }

    /// Every unknown name, unknown partial and unprintable value in `template`, in the order written.
    public func check(_ template: MustacheTemplate, against shape: TemplateShape) -> [Diagnostic] {
        var pass = CheckPass(partials: partials, stack: [shape])
        pass.check(template.nodes)
        return pass.diagnostics
    }
}

/// One check: the shapes on the context stack at the current tag, mirroring what rendering would push.
private struct CheckPass {
    let partials: [String: MustacheTemplate]
    var stack: [TemplateShape]
    var diagnostics: [Diagnostic] = []
    // A partial included from several places reports its own mistakes once.
    private var reported: Set<Diagnostic> = []
    // A partial that includes itself (a tree of nodes) is checked once per chain, not forever.
    private var partialsBeingChecked: Set<String> = []

    init(partials: [String: MustacheTemplate], stack: [TemplateShape]) {
        self.partials = partials
        self.stack = stack
    }

    mutating func check(_ nodes: [MustacheNode]) {
        for node in nodes {
            switch node {
            case .text, .lineStart:
                break
            case .variable(let variable):
                if let shape = resolve(variable.name, at: variable.location) {
                    checkPrintable(variable.name, shape, at: variable.location)
                }
            case .section(let section):
                checkSection(section)
            case .partial(let partial):
                checkPartial(partial)
            }
        }
    }

    private mutating func checkSection(_ section: MustacheNode.Section) {
        let shape = resolve(section.name, at: section.location)
        // An inverted section renders only when the value is missing or falsy, so it pushes nothing.
        guard !section.inverted else {
            check(section.children)
            return
        }
        switch shape {
        case .list(let item): stack.append(item)
        case .some(let shape): stack.append(shape)
        // An unknown name is reported once; treating its section as free-form spares a cascade of
        // follow-on errors for every name inside it.
        case nil: stack.append(.anyObject)
        }
        check(section.children)
        stack.removeLast()
    }

    private mutating func checkPartial(_ partial: MustacheNode.Partial) {
        guard let template = partials[partial.name] else {
            let names = partials.keys.sorted()
            let suggestion = Suggestion.closest(to: partial.name, in: names)
            report(.error(
                at: partial.location, code: "unknown-partial",
                "unknown partial '\(partial.name)' in template" + (suggestion.map { "; did you mean '\($0)'?" } ?? "."),
                hint: suggestion != nil ? nil
                    : names.isEmpty ? "There are no partial templates to include."
                    : "Known partials: \(Self.list(names))."))
            return
        }
        guard !partialsBeingChecked.contains(partial.name) else { return }
        partialsBeingChecked.insert(partial.name)
        check(template.nodes)
        partialsBeingChecked.remove(partial.name)
    }

    /// The shape `name` has at this point, or nil (after reporting it) when nothing on the stack has it.
    private mutating func resolve(_ name: TemplateName, at location: SourceLocation) -> TemplateShape? {
        guard let first = name.components.first else { return stack.last }
        guard var shape = stack.reversed().lazy.compactMap({ $0.member(first) }).first else {
            let visible = Set(stack.flatMap(\.memberNames)).sorted()
            let suggestion = Suggestion.closest(to: first, in: visible)
                .map { ([$0] + name.components.dropFirst()).joined(separator: ".") }
            reportUnknown(name, suggestion: suggestion, hint: "Names available here: \(Self.list(visible)).", at: location)
            return nil
        }
        for (offset, component) in name.components.enumerated().dropFirst() {
            let parent = name.components[..<offset].joined(separator: ".")
            guard let member = shape.member(component) else {
                let suggestion = Suggestion.closest(to: component, in: shape.memberNames)
                    .map { ([parent, $0] + name.components.dropFirst(offset + 1)).joined(separator: ".") }
                let hint = switch shape {
                case .list: "'\(parent)' is a list; reach its items' names inside {{#\(parent)}}…{{/\(parent)}}."
                case .scalar: "'\(parent)' is a single value and has no names inside it."
                case .object, .anyObject: "Names in '\(parent)': \(Self.list(shape.memberNames))."
                }
                reportUnknown(name, suggestion: suggestion, hint: hint, at: location)
                return nil
            }
            shape = member
        }
        return shape
    }

    private mutating func reportUnknown(_ name: TemplateName, suggestion: String?, hint: String, at location: SourceLocation) {
        report(.error(
            at: location, code: "unknown-variable",
            "unknown name '\(name)' in template" + (suggestion.map { "; did you mean '\($0)'?" } ?? "."),
            hint: suggestion == nil ? hint : nil))
    }

    /// `{{work}}` on a list or `{{basics}}` on an object renders nothing, which is never what was meant.
    private mutating func checkPrintable(_ name: TemplateName, _ shape: TemplateShape, at location: SourceLocation) {
        let hint: String
        switch shape {
        case .scalar, .anyObject: return
        case .list: hint = "Repeat over its items with {{#\(name)}}…{{/\(name)}}."
        case .object: hint = "Print one of its names, such as {{\(name.isImplicitIterator ? "" : "\(name).")\(shape.memberNames.first ?? "name")}}."
        }
        let kind = if case .list = shape { "a list" } else { "an object" }
        report(.error(at: location, code: "not-printable", "'\(name)' is \(kind), which a tag cannot print.", hint: hint))
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    /// Up to a dozen names for a hint; a long list helps nobody.
    private static func list(_ names: [String]) -> String {
        guard !names.isEmpty else { return "none" }
        let shown = names.prefix(12).joined(separator: ", ")
        return names.count > 12 ? shown + ", …" : shown
    }
}
