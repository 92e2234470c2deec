import Analysis
import ArgumentParser
import Core
import LLM
import Foundation
import Rendering
import Workspace
import YAMLSupport

extension PersonaForge {
    struct Letter: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "letter",
            abstract: "A cover letter for a job, from its persona and how it matches the posting.",
            discussion: """
                JOB is jobs/NAME.md or NAME. Your own letters/NAME.md, if there is one, is used as written; \
                otherwise the letter is drafted by the built-in engine from the persona's record (nothing is invented), and written over \
                by the language model when personaforge.yaml configures one (what the record does not show is withheld). \
                Exit status: 0; 1 for a letter that cannot be made; 2 for usage errors; 3 when the model could not answer. \
                --take-over writes the draft to letters/NAME.md for you to edit; the build then uses your file and never overwrites it.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, pdf, docx }

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var llm: LLMOptions

        @Argument(help: "The job: jobs/NAME.md or NAME.")
        var job: String

        @Option(help: "The format: md, html, pdf or docx (pdf and docx need --out).")
        var format: Format = .md

        @Option(help: "The file to write (default: standard output).")
        var out: String?

        @Option(help: "Write from this persona instead of the job's.")
        var persona: String?

        @Option(help: "A cover-letter template id, instead of the job's or the workspace's default.")
        var template: String?

        @Flag(help: "Draft a new letter even when letters/NAME.md exists (that file is left alone).")
        var draft = false

        @Flag(help: "Write the draft to letters/NAME.md to edit by hand; refuses if that file exists.")
        var takeOver = false

        @Option(help: "Analyse as of this month (YYYY-MM) instead of SOURCE_DATE_EPOCH or the clock.")
        var today: String?

        func validate() throws {
            if takeOver, out != nil { throw ValidationError("--take-over writes letters/NAME.md; it takes no --out.") }
            if format == .pdf || format == .docx, out == nil {
                throw ValidationError("--format \(format.rawValue) needs --out FILE (a \(format.rawValue.uppercased()) is not text for the terminal).")
            }
            if let today, JSONResumeDate(today)?.month == nil {
                throw ValidationError("--today takes a month as YYYY-MM, for example 2025-06; '\(today)' is not one.")
            }
        }

        func run() async throws {
            let session = try await AnalysisSession.load(options, today: AnalysisOptions.month(today: today))
            let found = try session.job(job)
            let personaPath = try persona.map { try session.persona($0).persona.path }
            let model = try llm.session(session.workspace, command: "letter", console: session.console)
            let workspace = session.workspace, today = session.context.today, templateID = template
            let draftAnyway = draft || takeOver || persona != nil
            let letter: LetterDocument
            do {
                // Off the cooperative pool: the model may take a while to answer.
                letter = try await LLMSession.offloaded {
                    try LetterDocument.make(for: found, workspace: workspace, today: today, persona: personaPath, templateID: templateID,
                                            draftEvenIfEdited: draftAnyway, llm: model)
                }
            } catch let error as Diagnostic {
                session.console.report([error])
                throw ExitCode(error.code.hasPrefix("llm-") ? LLMOptions.failureStatus : 1)
            }
            if letter.origin == .drafted {
                session.noteErrors(in: [found.path, letter.draft?.persona].compactMap { $0 })
                for note in letter.draft?.withheld ?? [] { session.console.error("note: \(found.path): \(note)") }
            }
            if takeOver { return try takeOverLetter(letter, session: session) }
            if options.json { return session.console.out(Console.json(LetterJSON(letter))) }
            let bytes: [UInt8]
            do {
                switch format {
                case .md: bytes = Array(letter.markdown.utf8)
                case .html: bytes = Array(try DocumentExporter.html(markdown: letter.markdown, title: letter.title, source: letter.source,
                                                                    workspace: session.workspace).utf8)
                case .pdf:
                    let pdf = try letter.pdf(workspace: session.workspace)
                    session.console.report(pdf.warnings)
                    bytes = pdf.bytes
                case .docx: bytes = try letter.docx(workspace: session.workspace)
                }
            } catch {
                session.console.report([error])
                throw ExitCode(1)
            }
            try LetterOutput.write(bytes, to: out, workspace: session.workspace)
            if letter.origin == .handEdited, out != nil { FileHandleOutput.error("(from your \(letter.source))") }
        }

        /// Writes the draft where the build will take it as the user's own; never over a file.
        func takeOverLetter(_ letter: LetterDocument, session: AnalysisSession) throws {
            let path = letter.job.letterPath
            let absolute = FileSystem.join(session.workspace.root, path)
            if FileSystem.exists(absolute) {
                session.console.error("error: \(path) exists; PersonaForge never overwrites a letter you own. Edit it, or delete it to draft a new one.")
                throw ExitCode(1)
            }
            try FileManager.default.createDirectory(atPath: (absolute as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try AtomicFile.write(letter.markdown, to: absolute)
            session.console.error("Wrote \(path); edit it as you like. The build now uses it as written.")
        }
    }
}

/// `letter --json`.
struct LetterJSON: Encodable {
    var job: String
    var origin: LetterDocument.Origin
    var source: String
    var markdown: String
    var draft: CoverLetter?

    init(_ letter: LetterDocument) {
        job = letter.job.path
        origin = letter.origin
        source = letter.source
        markdown = letter.markdown
        draft = letter.draft
    }
}

/// To standard output, or atomically to a file that is not one of the workspace's own.
enum LetterOutput {
    static func write(_ bytes: [UInt8], to out: String?, workspace: Workspace) throws {
        guard let out else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let absolute = URL(fileURLWithPath: out, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/")).standardizedFileURL.path
        if absolute.hasPrefix(workspace.root + "/"), workspace.files[String(absolute.dropFirst(workspace.root.count + 1))] != nil {
            FileHandleOutput.error("error: \(out) is one of the workspace's own files; letter will not write over it. Choose another --out path.")
            throw ExitCode(1)
        }
        try AtomicFile.write(bytes, to: absolute)
        FileHandleOutput.error("Wrote \(out)")
    }
}
