import Analysis
import Core
import Foundation
import TestSupport
import Workspace
import YAMLSupport

/// A workspace written from inline text, loaded and ready to analyse as of June 2025.
struct AnalysisHarness {
    static let today = JSONResumeDate("2025-06")!

    let files: TemporaryWorkspace
    let workspace: Workspace
    let context: AnalysisContext

    init(_ archive: String, today: JSONResumeDate = Self.today) async throws {
        files = try TemporaryWorkspace(archive)
        workspace = try await WorkspaceLoader.load(root: files.root)
        context = AnalysisContext(workspace: workspace, today: today)
    }

    /// The same files, loaded again (after an edit).
    func reloaded() async throws -> AnalysisContext {
        AnalysisContext(workspace: try await WorkspaceLoader.load(root: files.root), today: context.today)
    }

    func persona(_ path: String) throws -> ResolvedPersona {
        guard let resolved = workspace.resolved[path] else { throw HarnessError("no persona \(path); diagnostics: \(workspace.diagnostics)") }
        return resolved
    }

    func job(_ path: String) throws -> Job {
        guard let job = workspace.jobs.first(where: { $0.path == path }) else { throw HarnessError("no job \(path)") }
        return job
    }

    func team(_ path: String) throws -> Team {
        guard let team = workspace.teams.first(where: { $0.path == path }) else { throw HarnessError("no team \(path)") }
        return team
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// An issue reduced to what tests compare: check, severity, field and line.
struct Found: Hashable, CustomStringConvertible {
    var code: String
    var severity: AnalysisIssue.Severity
    var field: String
    var line: Int?

    init(_ code: String, _ severity: AnalysisIssue.Severity, _ field: String, line: Int?) {
        self.code = code
        self.severity = severity
        self.field = field
        self.line = line
    }

    init(_ issue: AnalysisIssue) {
        self.init(issue.code, issue.severity, issue.field, line: issue.evidence?.line)
    }

    var description: String { "(\(code), .\(severity.rawValue), \(field), line: \(line.map(String.init) ?? "nil"))" }
}

/// A persona file that shows every section of a CV.
func personaFile(_ path: String = "personas/p.md", cv: String, extra: String = "") -> String {
    """
    -- \(path) --
    ---
    title: Backend Engineer
    cv: \(cv)
    \(extra)---
    Body.
    """
}
