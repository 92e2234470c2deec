import Core
import YAMLSupport

/// Reads the settings the build needs before loading the workspace: the output folder, and
/// whether analysis reports are made (so that a full build can start on the analyses early).
enum SettingsPeek {
    struct Peeked {
        var output: String?
        var reports: Bool
    }

    /// Nil when the file cannot be read or parsed; the full load reports why.
    static func read(settingsPath: String) -> Peeked? {
        guard let bytes = FileSystem.read(settingsPath), case .text(let text) = UTF8Validation.decode(bytes),
              let root = try? YAMLParser.parse(text, file: "personaforge.yaml") else { return nil }
        return Peeked(output: root["output"]?.scalarText, reports: root["reports"]?.bool ?? true)
    }
}
