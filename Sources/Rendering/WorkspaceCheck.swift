import Core
import Workspace

/// `check`: every problem in the workspace's files and templates, without rendering anything.
public enum WorkspaceCheck {
    public static func run(root: String) async throws -> [Diagnostic] {
        let workspace = try await WorkspaceLoader.load(root: root)
        let plan = SitePlanner.plan(workspace)
        return (workspace.diagnostics + plan.diagnostics).sortedByLocation()
    }
}
