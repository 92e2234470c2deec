import ArgumentParser
import Core
import Foundation
import Import
import Workspace

extension PersonaForge {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import CVs into cvs/NAME.yaml (JSON Resume), keeping the original beside it.",
            discussion: """
            Reads PDF, DOCX, JSON Resume (.json), RenderCV (.yaml), Markdown (.md) and LinkedIn data exports \
            (the zip, its folder, or its CSV files). NAME is the person's name as a slug, else the file's name. \
            Never replaces an existing file unless --force is given.
            """)

        @OptionGroup var options: WorkspaceOptions

        @Argument(help: "The CVs to import: files, or a LinkedIn export folder.")
        var files: [String]

        @Flag(help: "Replace cvs/NAME.yaml and the copy of the original when they exist.")
        var force = false

        @Flag(help: "Import and report, but write nothing.")
        var dryRun = false

        @Option(help: "The CV's name in cvs/ (with one input only), instead of the person's name.")
        var name: String?

        @Flag(help: .hidden)
        var timing = false

        @Flag(help: .hidden)
        var showLines = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("Name at least one file to import.") }
            if let name {
                if files.count > 1 { throw ValidationError("--name works with one input only.") }
                if name.isEmpty || CVImporter.slug(name) != name {
                    throw ValidationError("--name must be lowercase letters, digits and dashes, for example '\(CVImporter.slug(name).isEmpty ? "jane-doe" : CVImporter.slug(name))'.")
                }
            }
        }

        func run() async throws {
            let console = options.console
            if showLines {
                for file in files {
                    console.out("== \(file)")
                    for line in CVImporter.describeLines(bytes: FileSystem.read(file) ?? [], fileName: file) { console.out(line) }
                }
                return
            }
            guard FileSystem.exists(FileSystem.join(options.root, "personaforge.yaml")) else {
                console.error("error: \(WorkspaceLoader.NotAWorkspace(root: options.root))")
                throw ExitCode(1)
            }
            var writerOptions = ImportWriter.Options(root: options.root)
            writerOptions.force = force
            writerOptions.dryRun = dryRun
            writerOptions.name = name
            writerOptions.timing = timing
            writerOptions.includeYAML = dryRun
            let outcomes = ImportWriter.run(files, options: writerOptions)
            if options.json {
                console.out(Console.json(ImportReport(files: outcomes)))
            } else {
                ImportSummary(outcomes: outcomes, dryRun: dryRun).print(to: console)
            }
            if outcomes.contains(where: \.failed) { throw ExitCode(1) }
        }
    }

    struct ImportReport: Encodable {
        var files: [ImportOutcome]
        var imported: Int { files.filter { !$0.failed }.count }
        var failed: Int { files.filter(\.failed).count }

        enum CodingKeys: String, CodingKey { case files, imported, failed }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(files, forKey: .files)
            try container.encode(imported, forKey: .imported)
            try container.encode(failed, forKey: .failed)
        }
    }
}
