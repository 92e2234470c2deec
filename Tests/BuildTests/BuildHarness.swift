import Build
import Foundation
import TestSupport

/// Runs real builds of a temporary workspace, as the command would, and returns what they did.
struct BuildHarness {
    let workspace: TemporaryWorkspace
    var tool = "test-tool"

    init(_ archive: String = Fixtures.workspace) throws {
        workspace = try TemporaryWorkspace(archive)
    }

    func build(dryRun: Bool = false, explain: Bool = false, clean: Bool = false, jobs: Int? = nil, out: String? = nil) async throws -> BuildReport {
        var options = BuildOptions(root: workspace.root, toolFingerprint: tool)
        options.dryRun = dryRun
        options.explain = explain
        options.clean = clean
        options.jobs = jobs
        options.output = out
        return try await Builder.run(options)
    }

    /// Moves every input's modification time two seconds into the past, so the next build's
    /// quick check can trust file times (files touched within a second of a build are re-hashed).
    func ageInputs() {
        let past = time(nil) - 2
        for path in workspace.tree("").keys where !path.hasPrefix("_build") && !path.hasPrefix(".personaforge") {
            var times = [timespec(tv_sec: past, tv_nsec: 0), timespec(tv_sec: past, tv_nsec: 0)]
            utimensat(AT_FDCWD, workspace.path(path), &times, 0)
        }
    }

    func output(_ path: String) -> String? { workspace.read("_build/" + path) }
}
