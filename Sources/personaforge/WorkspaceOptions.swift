import ArgumentParser
import Core
import Foundation

/// Options every workspace command shares.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: [.customShort("C"), .customLong("workspace")], help: "The workspace folder (default: the current folder).")
    var workspace: String = "."

    @Flag(help: "Print machine-readable JSON instead of text.")
    var json = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    /// The workspace as an absolute, standardised path.
    var root: String {
        let path = workspace.hasPrefix("/") ? workspace : FileManager.default.currentDirectoryPath + "/" + workspace
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    var console: Console { Console(colored: !noColor && !json, root: root) }
}
