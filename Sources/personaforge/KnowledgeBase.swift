import Analysis
import ArgumentParser
import Core
import Workspace

extension PersonaForge {
    struct KnowledgeBase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kb",
            abstract: "The knowledge base, the open clarifying questions, and recording an answer.",
            subcommands: [Show.self, Questions.self, Answer.self],
            defaultSubcommand: Show.self)

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "show",
                abstract: "Skills, tools, industries, soft skills and preferences from knowledge files, CVs and answers, with evidence.")

            @OptionGroup var options: WorkspaceOptions
            @OptionGroup var analysis: AnalysisOptions

            @Option(help: "Only this persona's person: its CV, the knowledge that applies to it, and its answers.")
            var persona: String?

            func run() async throws {
                let session = try await AnalysisSession.load(options, today: try analysis.month(options.console))
                let report = session.context.knowledgeBase(for: try persona.map(session.persona))
                session.console.out(options.json ? Console.json(report) : session.printer.knowledgeBase(report))
            }
        }

        struct Questions: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "questions", abstract: "The clarifying questions nobody has answered yet, with their ids.")

            @OptionGroup var options: WorkspaceOptions
            @OptionGroup var analysis: AnalysisOptions

            @Option(help: "Only the questions about this persona's person.")
            var persona: String?

            func run() async throws {
                let session = try await AnalysisSession.load(options, today: try analysis.month(options.console))
                var questions = session.context.openQuestions()
                if let persona {
                    let resolved = try session.persona(persona)
                    let scopes: Set<String> = [resolved.cvPath ?? resolved.persona.path, resolved.persona.path]
                    questions = questions.filter { scopes.contains($0.scope) }
                }
                if options.json {
                    session.console.out(Console.json(questions))
                } else if questions.isEmpty {
                    session.console.out("No open questions.")
                } else {
                    session.console.out(session.printer.questions(questions).dropFirst().joined(separator: "\n"))
                }
            }
        }

        struct Answer: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "answer",
                abstract: "Record an answer in knowledge/answers.yaml, leaving the rest of the file as it is.")

            @OptionGroup var options: WorkspaceOptions
            @OptionGroup var analysis: AnalysisOptions

            @Argument(help: "The question's id, as `kb questions` lists it (q-0123456789).")
            var id: String

            @Argument(help: "The answer.")
            var text: String

            func run() async throws {
                if !ClarifyingQuestion.isWellFormedID(id) {
                    options.console.error("error: '\(id)' is not a question id; ids look like q-0123456789 (personaforge kb questions lists them).")
                    throw ExitCode(2)
                }
                if text.allSatisfy(\.isWhitespace) {
                    options.console.error("error: the answer is empty.")
                    throw ExitCode(2)
                }
                // Which questions exist can depend on the month (a gap "since" a date), so take the same one.
                let session = try await AnalysisSession.load(options, today: try analysis.month(options.console))
                try record(session: session, known: session.context.allQuestions(),
                           answered: session.workspace.answers?.answers.map(\.id.value) ?? [])
            }

            func record(session: AnalysisSession, known: [ClarifyingQuestion], answered: [String]) throws {
                let question = known.first { $0.id == id }
                if question == nil, !answered.contains(id) {
                    let suggestion = Suggestion.closest(to: id, in: known.map(\.id))
                    throw session.usageError("no question '\(id)' in this workspace" + (suggestion.map { "; did you mean '\($0)'?" } ?? ".")
                                             + " personaforge kb questions lists the open ones.")
                }
                let path = session.workspace.answers?.path ?? Analysis.answersPath
                let file = FileSystem.join(session.workspace.root, path)
                let existing = FileSystem.read(file).map { String(decoding: $0, as: UTF8.self) }
                let updated: String
                do {
                    updated = try AnswersFile.setting(id, to: text, question: question?.question, in: existing)
                } catch {
                    session.console.error("error: \(error.description)")
                    throw ExitCode(1)
                }
                try AtomicFile.write(updated, to: file)
                if options.json {
                    session.console.out(Console.json(Recorded(id: id, question: question?.question, answer: text, file: path)))
                } else {
                    session.console.out("Recorded the answer to \(id) in \(path).")
                }
            }

            struct Recorded: Encodable {
                var id: String
                var question: String?
                var answer: String
                var file: String
            }
        }
    }
}
