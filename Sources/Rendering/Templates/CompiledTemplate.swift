import Core

/// A template file parsed with its partials and checked against the shape of its data:
/// once compiled, rendering cannot meet an unknown name.
public struct CompiledTemplate: Sendable {
    public var definition: TemplateDefinition
    public var main: MustacheTemplate
    public var partials: [String: MustacheTemplate]
    /// The input paths this rendering depends on: the template's manifest, main file and partials.
    public var inputs: [String]

    /// Parses `fileName` of the template and its partials, and checks them against `shape`.
    public static func compile(_ definition: TemplateDefinition, file fileName: String, shape: TemplateShape) -> (CompiledTemplate?, [Diagnostic]) {
        guard let file = definition.files[fileName] else {
            let where_ = definition.files["template.yaml"].map { displayPath($0.inputPath) } ?? "templates/\(definition.id)"
            return (nil, [.error(at: SourceLocation(file: where_), code: "template-file-missing",
                                 "The template '\(definition.id)' has no \(fileName).",
                                 hint: "Add templates/\(definition.id)/\(fileName), or pick another template.")])
        }
        var diagnostics: [Diagnostic] = []
        var partials: [String: MustacheTemplate] = [:]
        var inputs = [file.inputPath]
        if let manifest = definition.files["template.yaml"] { inputs.append(manifest.inputPath) }
        for (name, partial) in definition.partialFiles {
            do throws(Diagnostic) {
                partials[name] = try MustacheTemplate(source: partial.text, file: displayPath(partial.inputPath))
                inputs.append(partial.inputPath)
            } catch {
                diagnostics.append(error)
            }
        }
        let main: MustacheTemplate
        do throws(Diagnostic) {
            main = try MustacheTemplate(source: file.text, file: displayPath(file.inputPath))
        } catch {
            return (nil, diagnostics + [error])
        }
        diagnostics += TemplateChecker(partials: partials).check(main, against: shape)
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (CompiledTemplate(definition: definition, main: main, partials: partials, inputs: inputs.sorted()), diagnostics)
    }

    public func render(_ value: TemplateValue, escaping: MustacheRenderer.Escaping) -> String {
        MustacheRenderer(partials: partials, escaping: escaping).render(main, with: value)
    }

    public func renderBytes(_ value: TemplateValue, escaping: MustacheRenderer.Escaping) -> [UInt8] {
        MustacheRenderer(partials: partials, escaping: escaping).renderBytes(main, with: value)
    }

    /// Shipped templates are reported by their place in the repository.
    static func displayPath(_ inputPath: String) -> String {
        inputPath.hasPrefix("builtin:") ? String(inputPath.dropFirst("builtin:".count)) : inputPath
    }
}
