import ArgumentParser
import Core
import Foundation
import Import
import Rendering
import Workspace

extension PersonaForge {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Render one persona or CV in one format, outside the build.")

        @OptionGroup var options: WorkspaceOptions

        @Argument(help: "A persona (personas/backend.md or backend) or a CV (cvs/jane.yaml or jane).")
        var document: String

        @Option(help: "The format: \(DocumentExporter.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: String = "md"

        @Option(help: "A template id, instead of the persona's or the workspace's default.")
        var template: String?

        @Option(help: "The file to write (default: standard output).")
        var out: String?

        func validate() throws {
            guard DocumentExporter.Format(rawValue: format) != nil else {
                throw ValidationError("Unknown format '\(format)'\(Suggestion.didYouMean(format, in: DocumentExporter.Format.allCases.map(\.rawValue))). Formats: \(DocumentExporter.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }

        func run() async throws {
            let console = options.console
            do {
                var workspace = try await WorkspaceLoader.load(root: options.root)
                LinkedCVImport.apply(to: &workspace, tool: ToolFingerprint.current)
                let subject = try DocumentExporter.subject(document, in: workspace)
                let source = DocumentExporter.source(of: subject)
                let problems = workspace.diagnostics.filter { $0.severity == .error && ($0.location?.file == source || $0.location?.file == cvPath(subject)) }
                guard problems.isEmpty else {
                    console.report(problems)
                    throw ExitCode(1)
                }
                let (markdown, _) = try DocumentExporter.markdown(subject, workspace: workspace, templateID: template)
                let text: String
                switch DocumentExporter.Format(rawValue: format)! {
                case .md: text = markdown
                case .html: text = try DocumentExporter.html(markdown: markdown, title: DocumentExporter.title(of: subject), source: source, workspace: workspace)
                }
                try write(text, workspace: workspace)
            } catch let diagnostic as Diagnostic {
                console.report([diagnostic])
                throw ExitCode(1)
            } catch let error as WorkspaceLoader.NotAWorkspace {
                console.error("error: \(error)")
                throw ExitCode(1)
            }
        }

        func cvPath(_ subject: DocumentExporter.Subject) -> String? {
            if case .persona(let resolved) = subject { return resolved.cvPath }
            return nil
        }

        /// To standard output, or atomically to `--out` — never over one of the workspace's own files.
        func write(_ text: String, workspace: Workspace) throws {
            guard let out else {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            let absolute = URL(fileURLWithPath: out, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/")).standardizedFileURL.path
            if absolute.hasPrefix(workspace.root + "/"), workspace.files[String(absolute.dropFirst(workspace.root.count + 1))] != nil {
                throw Diagnostic.error(at: nil, code: "would-overwrite-source", "\(out) is one of the workspace's own files; export will not write over it.",
                                       hint: "Choose another --out path.")
            }
            try AtomicFile.write(text, to: absolute)
            FileHandleOutput.error("Wrote \(out)")
        }
    }
}
