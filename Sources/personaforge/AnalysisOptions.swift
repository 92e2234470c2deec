import Analysis
import ArgumentParser
import Core
import Foundation
import Import
import Rendering
import Workspace
import YAMLSupport

/// Options the analysis commands share: the exit-code threshold and the month taken as today.
struct AnalysisOptions: ParsableArguments {
    enum Threshold: String, ExpressibleByArgument, CaseIterable {
        case error, warning, never
    }

    @Option(help: "Exit 1 when an issue at or above this severity is found: error, warning or never.")
    var failOn: Threshold = .never

    @Option(help: "Analyse as of this month (YYYY-MM) instead of SOURCE_DATE_EPOCH or the clock.")
    var today: String?

    /// The month the analyses take as the present: --today, else SOURCE_DATE_EPOCH, else the clock.
    /// A malformed --today is a usage error (exit 2).
    func month(_ console: Console) throws -> JSONResumeDate {
        if let today, JSONResumeDate(today)?.month == nil {
            console.error("error: --today takes a month as YYYY-MM, for example 2025-06; '\(today)' is not one.")
            throw ExitCode(2)
        }
        return Self.month(today: today)
    }

    static func month(today: String?) -> JSONResumeDate {
        if let today, let date = JSONResumeDate(today) { return JSONResumeDate(String(today.prefix(7))) ?? date }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int64.init) {
            return Analysis.month(ofEpochSeconds: epoch)
        }
        return Analysis.month(ofEpochSeconds: Int64(Date().timeIntervalSince1970))
    }

    /// Exits 1 when the issues reach the threshold.
    func exitIfThresholdReached(_ issues: [AnalysisIssue]) throws {
        guard let highest = issues.highestSeverity else { return }
        switch failOn {
        case .never: return
        case .error: if highest == .error { throw ExitCode(1) }
        case .warning: if highest >= .warning { throw ExitCode(1) }
        }
    }
}

/// A loaded workspace ready for analysis, and the look-ups commands share.
struct AnalysisSession {
    let workspace: Workspace
    let context: AnalysisContext
    let console: Console
    let printer: AnalysisPrinter

    /// Loads the workspace; a folder that is not one is the user's error (exit 1).
    static func load(_ options: WorkspaceOptions, today: JSONResumeDate) async throws -> AnalysisSession {
        let console = options.console
        var workspace: Workspace
        do {
            workspace = try await WorkspaceLoader.load(root: options.root)
            LinkedCVImport.apply(to: &workspace, tool: ToolFingerprint.current)
        } catch let error as WorkspaceLoader.NotAWorkspace {
            console.error("error: \(error)")
            throw ExitCode(1)
        }
        let colored = !options.noColor && !options.json && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        return AnalysisSession(workspace: workspace, context: AnalysisContext(workspace: workspace, today: today),
                               console: console, printer: AnalysisPrinter(colored: colored))
    }

    /// Says on stderr when a file the report reads has errors: the analysis may be missing part of it.
    func noteErrors(in inputs: [String]) {
        let broken = workspace.filesWithErrors
        for path in inputs where broken.contains(path) {
            let count = workspace.diagnostics.filter { $0.severity == .error && $0.location?.file == path }.count
            console.error("note: \(path) has \(count) error\(count == 1 ? "" : "s"); the analysis may be incomplete (personaforge check lists them).")
        }
    }

    /// A usage error: the message on stderr and exit status 2.
    func usageError(_ message: String) -> ExitCode {
        console.error("error: \(message)")
        return ExitCode(2)
    }

    /// Finds `argument` among `paths` by workspace path, path without extension, or id.
    func find(_ argument: String, folder: String, in paths: [String]) -> String? {
        var argument = argument
        while argument.hasPrefix("./") { argument.removeFirst(2) }
        let candidates = [argument, argument + ".md", argument + ".yaml", argument + ".yml",
                          "\(folder)/\(argument)", "\(folder)/\(argument).md", "\(folder)/\(argument).yaml", "\(folder)/\(argument).yml"]
        if let found = candidates.first(where: paths.contains) { return found }
        // A unique file name without its folder: `it-manager` for personas/acme-crm/it-manager.md.
        let named = paths.filter { SourceFile.id(of: $0).split(separator: "/").last.map(String.init) == argument }
        return named.count == 1 ? named[0] : nil
    }

    /// The error for a name that is not found, with a did-you-mean, or for a file that failed to load.
    func notFound(_ argument: String, what: String, folder: String, paths: [String]) -> ExitCode {
        var argument = argument
        while argument.hasPrefix("./") { argument.removeFirst(2) }
        let withFolder = argument.hasPrefix(folder + "/") ? argument : "\(folder)/\(argument)"
        let failed = [argument, withFolder, withFolder + ".md", withFolder + ".yaml"].first { workspace.files[$0] != nil }
        if let failed {
            console.report(workspace.diagnostics.filter { $0.location?.file == failed })
            console.error("error: \(failed) could not be read; fix the errors above (personaforge check lists them all).")
            return ExitCode(1)
        }
        let ids = paths.map { String(SourceFile.id(of: $0).dropFirst(folder.count + 1)) }
        let suggestion = Suggestion.closest(to: argument, in: paths + ids)
        var message = "no \(what) '\(argument)' in this workspace"
        if let suggestion { message += "; did you mean '\(suggestion)'?" } else if paths.isEmpty { message += " (\(folder)/ is empty)." } else {
            message += ". Known: " + ids.prefix(8).joined(separator: ", ") + (ids.count > 8 ? ", ..." : "") + "."
        }
        return usageError(message)
    }

    func persona(_ argument: String) throws -> ResolvedPersona {
        let paths = workspace.personas.map(\.path)
        guard let path = find(argument, folder: "personas", in: paths), let resolved = workspace.resolved[path] else {
            throw notFound(argument, what: "persona", folder: "personas", paths: paths)
        }
        return resolved
    }

    func job(_ argument: String) throws -> Job {
        let paths = workspace.jobs.map(\.path)
        guard let path = find(argument, folder: "jobs", in: paths), let job = workspace.jobs.first(where: { $0.path == path }) else {
            throw notFound(argument, what: "job", folder: "jobs", paths: paths)
        }
        return job
    }

    func brief(_ argument: String) throws -> Brief {
        let paths = workspace.briefs.map(\.path)
        guard let path = find(argument, folder: "briefs", in: paths), let brief = workspace.briefs.first(where: { $0.path == path }) else {
            throw notFound(argument, what: "brief", folder: "briefs", paths: paths)
        }
        return brief
    }

    func team(_ argument: String) throws -> Team {
        let paths = workspace.teams.map(\.path)
        guard let path = find(argument, folder: "teams", in: paths), let team = workspace.teams.first(where: { $0.path == path }) else {
            throw notFound(argument, what: "team", folder: "teams", paths: paths)
        }
        return team
    }
}
