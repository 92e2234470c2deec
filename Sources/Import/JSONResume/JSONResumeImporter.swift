import Core
import Workspace
import YAMLSupport

/// A JSON Resume file (`resume.json`, or the same data as YAML), validated against the schema
/// PersonaForge checks CVs with and taken as it is: every key and value kept, in its order.
enum JSONResumeImporter {
    static func read(_ bytes: [UInt8], file: String) -> CVImporter.Imported {
        let at = SourceLocation(file: file)
        guard case .text(let text) = UTF8Validation.decode(bytes) else {
            return .failed(.jsonResume, .error(at: at, code: "not-utf8", "\(file) is not UTF-8 text.",
                                               hint: "JSON is UTF-8; save it as UTF-8 in your editor."))
        }
        let root: YAMLNode
        do throws(Diagnostic) {
            guard let parsed = try YAMLParser.parse(text, file: file) else {
                return .failed(.jsonResume, .error(at: at, code: "import-empty", "\(file) holds no data."))
            }
            root = parsed
        } catch {
            var diagnostic = error
            if diagnostic.code == "yaml-syntax" {
                diagnostic.code = "json-syntax"
                diagnostic.message = diagnostic.message.replacingOccurrencesLite("YAML syntax error", with: "Syntax error")
            }
            return .failed(.jsonResume, diagnostic)
        }
        guard root.pairs != nil else {
            return .failed(.jsonResume, .error(at: root.location, code: "wrong-type",
                                               "A JSON Resume is an object ({ \"basics\": ... }), but \(file) holds \(root.kindName)."))
        }
        var imported = CVImporter.Imported(format: .jsonResume, node: root)
        // Problems are reported, not fixed: the file is taken as it is, and `personaforge check`
        // reports the same problems in the imported YAML.
        imported.diagnostics = SchemaValidator.validate(root, against: .object(CVSchema.document)).map { problem in
            var warning = problem
            warning.severity = .warning
            return warning
        }
        return imported
    }
}
