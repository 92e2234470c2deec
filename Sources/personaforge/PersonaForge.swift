import ArgumentParser
import Rendering

@main
struct PersonaForge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personaforge",
        abstract: "Turns a folder of Markdown and YAML personas and CVs into analysed, rendered documents.",
        version: ToolFingerprint.version,
        subcommands: [Init.self, Check.self, Build.self, Export.self, Templates.self, Schema.self,
                      Gap.self, Match.self, TeamCommand.self, KnowledgeBase.self, AnalyseAll.self, Import.self,
                      Jobs.self, Letter.self, Serve.self, DoctorCommand.self,
                      Generate.self, Usage.self, DeepenAll.self, TypesetWorker.self]
    )
}
