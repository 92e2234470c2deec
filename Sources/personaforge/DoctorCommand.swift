import ArgumentParser
import Core
import Doctor
import Foundation

extension PersonaForge {
    struct DoctorCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "doctor",
            abstract: "Check the set-up: libraries, PDF fonts, the workspace, the output folder, the model server, the caches.",
            discussion: "Each line is ok, warning or error, with what to do. Exit status: 1 when any line is an error, else 0.")

        @OptionGroup var options: WorkspaceOptions

        @Option(help: "The output folder to check, instead of the settings' 'output'.")
        var out: String?

        @Option(help: "Seconds to wait for the model server.")
        var timeout: Double = 5

        func run() async throws {
            let root = options.root
            let inWorkspace = FileSystem.exists(FileSystem.join(root, "personaforge.yaml"))
            let report = await Doctor.run(.init(root: inWorkspace ? root : nil, output: out, timeout: timeout))
            options.console.out(options.json ? Console.json(report) : DoctorPrinter(colored: !options.noColor && !options.json && isatty(STDOUT_FILENO) == 1
                && ProcessInfo.processInfo.environment["NO_COLOR"] == nil).text(report))
            if !report.healthy { throw ExitCode(1) }
        }
    }
}

/// Doctor's report as aligned lines: status, what, and the fix indented below.
struct DoctorPrinter {
    var colored: Bool

    func text(_ report: DoctorReport) -> String {
        var lines: [String] = []
        for check in report.checks {
            lines.append(label(check.status) + "  " + check.detail)
            if let fix = check.fix, check.status != .ok { lines.append("         → " + fix) }
        }
        lines.append("")
        lines.append("\(report.ok) ok, \(report.warnings) warning\(report.warnings == 1 ? "" : "s"), \(report.errors) error\(report.errors == 1 ? "" : "s").")
        return lines.joined(separator: "\n")
    }

    func label(_ status: DoctorCheck.Status) -> String {
        let text = status.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
        guard colored else { return text }
        switch status {
        case .ok: return "\u{1B}[32m\(text)\u{1B}[0m"
        case .warning: return "\u{1B}[33m\(text)\u{1B}[0m"
        case .error: return "\u{1B}[31m\(text)\u{1B}[0m"
        }
    }
}
