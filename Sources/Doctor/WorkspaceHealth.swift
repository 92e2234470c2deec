import Core
import Rendering

/// The workspace's `check`: how many errors and warnings its files and templates have.
enum WorkspaceHealth {
    @Sendable static func run(_ context: Doctor.Context) async -> [DoctorCheck] {
        guard let root = context.options.root, context.workspace != nil else {
            return [DoctorCheck("workspace", .warning, "not run inside a workspace (no personaforge.yaml here)",
                                fix: "Run doctor in a workspace folder, or pass -C DIR; personaforge init DIR makes one.")]
        }
        let diagnostics: [Diagnostic]
        do {
            diagnostics = try await WorkspaceCheck.run(root: root)
        } catch {
            return [DoctorCheck("workspace", .error, "the workspace could not be checked: \(error)")]
        }
        let errors = diagnostics.filter { $0.severity == .error }
        let warnings = diagnostics.filter { $0.severity == .warning }
        let files = Set(errors.compactMap { $0.location?.file }).count
        if !errors.isEmpty {
            return [DoctorCheck("workspace", .error, "check finds \(count(errors.count, "error")) in \(count(files, "file")) and \(count(warnings.count, "warning"))",
                                fix: "Run personaforge check to see each one with its file, line and column.")]
        }
        if !warnings.isEmpty {
            return [DoctorCheck("workspace", .warning, "check finds no errors and \(count(warnings.count, "warning"))",
                                fix: "Run personaforge check to see them.")]
        }
        return [DoctorCheck("workspace", .ok, "check finds no problems")]
    }

    static func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
}
