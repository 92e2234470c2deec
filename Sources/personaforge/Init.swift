import ArgumentParser
import Workspace

extension PersonaForge {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a new workspace from the sample; never writes over existing files.")

        @Argument(help: "The folder to create the workspace in (default: the current folder).")
        var folder: String = "."

        func run() async throws {
            do {
                let written = try WorkspaceInitializer.create(at: folder)
                print("Created a PersonaForge workspace in \(folder) (\(written.count) files).")
                print("Next: cd \(folder) && personaforge build, then open _build/index.html")
            } catch let error as WorkspaceInitializer.WouldOverwrite {
                FileHandleOutput.error("error: \(error)")
                throw ExitCode(1)
            }
        }
    }
}
