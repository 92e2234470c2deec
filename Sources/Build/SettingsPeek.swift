import Core
import YAMLSupport

/// Reads the one setting the build needs before loading the workspace: the output folder.
enum SettingsPeek {
    static func output(settingsPath: String) -> String? {
        guard let bytes = FileSystem.read(settingsPath), case .text(let text) = UTF8Validation.decode(bytes),
              let root = try? YAMLParser.parse(text, file: "personaforge.yaml") else { return nil }
        return root["output"]?.scalarText
    }
}
