import ArgumentParser
import Core
import Foundation
import Rendering
import Typesetting
import Workspace

extension PersonaForge {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Render one persona or CV in one format, outside the build.")

        @OptionGroup var options: WorkspaceOptions

        @Argument(help: "A persona (personas/backend.md or backend) or a CV (cvs/jane.yaml or jane).")
        var document: String

        @Option(help: "The format: \(DocumentExporter.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: String = "md"

        @Option(help: "A template id, instead of the persona's or the workspace's default.")
        var template: String?

        @Option(help: "The file to write (default: standard output; PDF only when it is not a terminal).")
        var out: String?

        /// For bench/pdf-bench.py: renders the document N more times in this process and prints
        /// each rendering's milliseconds to standard error as JSON.
        @Option(help: .hidden)
        var bench: Int?

        func validate() throws {
            guard DocumentExporter.Format(rawValue: format) != nil else {
                throw ValidationError("Unknown format '\(format)'\(Suggestion.didYouMean(format, in: DocumentExporter.Format.allCases.map(\.rawValue))). Formats: \(DocumentExporter.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            if let bench, bench < 1 { throw ValidationError("--bench takes a number of renderings, 1 or more.") }
        }

        func run() async throws {
            let console = options.console
            let format = DocumentExporter.Format(rawValue: format)!
            do {
                if out == nil, format.isBinary, isatty(STDOUT_FILENO) == 1 {
                    throw Diagnostic.error(at: nil, code: "binary-to-terminal", "A \(format.rawValue.uppercased()) file would be written to the terminal.",
                                           hint: "Add --out FILE.\(format.rawValue), or redirect the output to a file.")
                }
                // Fontconfig reads its set-up meanwhile, instead of at the first line typeset.
                if format == .pdf { PDFTypesetter.prepareFonts() }
                let workspace = try await WorkspaceLoader.load(root: options.root)
                let subject = try DocumentExporter.subject(document, in: workspace)
                let sources = Set(DocumentExporter.sources(of: subject))
                let problems = workspace.diagnostics.filter { $0.severity == .error && $0.location.map { sources.contains($0.file) } == true }
                guard problems.isEmpty else {
                    console.report(problems)
                    throw ExitCode(1)
                }
                var warnings: [Diagnostic] = []
                let bytes = try DocumentExporter.export(subject, format: format, workspace: workspace, templateID: template, warnings: &warnings)
                console.report(warnings)
                if let bench { try measure(bench, subject: subject, format: format, workspace: workspace) }
                try write(bytes, workspace: workspace)
            } catch let diagnostic as Diagnostic {
                console.report([diagnostic])
                throw ExitCode(1)
            } catch let error as WorkspaceLoader.NotAWorkspace {
                console.error("error: \(error)")
                throw ExitCode(1)
            }
        }

        func measure(_ count: Int, subject: DocumentExporter.Subject, format: DocumentExporter.Format, workspace: Workspace) throws(Diagnostic) {
            var milliseconds: [Double] = []
            for _ in 0..<count {
                let start = ContinuousClock.now
                _ = try DocumentExporter.export(subject, format: format, workspace: workspace, templateID: template)
                let elapsed = ContinuousClock.now - start
                milliseconds.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            }
            FileHandleOutput.error("{\"bench_ms\": [\(milliseconds.map { DecimalText.fixed($0, places: 3) }.joined(separator: ", "))]}")
        }

        /// To standard output, or atomically to `--out` — never over one of the workspace's own files.
        func write(_ bytes: [UInt8], workspace: Workspace) throws {
            guard let out else {
                FileHandle.standardOutput.write(Data(bytes))
                return
            }
            let absolute = URL(fileURLWithPath: out, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/")).standardizedFileURL.path
            if absolute.hasPrefix(workspace.root + "/"), workspace.files[String(absolute.dropFirst(workspace.root.count + 1))] != nil {
                throw Diagnostic.error(at: nil, code: "would-overwrite-source", "\(out) is one of the workspace's own files; export will not write over it.",
                                       hint: "Choose another --out path.")
            }
            do {
                try AtomicFile.write(bytes, to: absolute)
            } catch {
                throw Diagnostic.error(at: nil, code: "unwritable", "\(out) could not be written: \(error.localizedDescription)",
                                       hint: "Check that its folder exists and that you may write there.")
            }
            FileHandleOutput.error("Wrote \(out)")
        }
    }
}
