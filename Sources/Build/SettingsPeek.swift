import Core
import Workspace
import YAMLSupport

/// Reads the settings before the workspace is loaded, for what the build needs first: the output
/// folder, and whether analysis reports are made (so that a full build can start on the
/// analyses early). Unchecked: the full load validates the file and reports its problems.
enum SettingsPeek {
    /// Nil when the file cannot be read or parsed; the full load reports why.
    static func read(settingsPath: String) -> Settings? {
        guard let bytes = FileSystem.read(settingsPath), case .text(let text) = UTF8Validation.decode(bytes),
              let root = try? YAMLParser.parse(text, file: "personaforge.yaml") else { return nil }
        return Settings(root: root)
    }
}
