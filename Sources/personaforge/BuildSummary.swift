import Build
import Core
import Foundation

/// The few lines a build prints: what it did, what failed, where the outputs are.
struct BuildSummary {
    var report: BuildReport
    var dryRun: Bool
    var explain: Bool
    var elapsed: Duration
    var root: String

    func print(to console: Console) {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let time = DecimalText.fixed(seconds, places: 2) + " s"
        let folder = relative(report.outputFolder)
        if explain || dryRun {
            for path in report.rendered {
                let why = report.explanations[path].map { ": " + $0.joined(separator: "; ") } ?? ""
                console.out("\(dryRun ? "would build" : "built") \(path)\(why)")
            }
            for path in report.removed { console.out("\(dryRun ? "would remove" : "removed") \(path)") }
        }
        if report.upToDate {
            console.error("Nothing to do: \(Console.plural(report.reused, "output")) up to date in \(folder)/ (\(time)).")
            return
        }
        var parts = ["\(dryRun ? "would build" : "built") \(report.rendered.count)"]
        if !report.unchanged.isEmpty { parts.append("\(report.unchanged.count) of them unchanged") }
        parts.append("reused \(report.reused)" + (report.cacheHitRate.map { " (\(Int(($0 * 100).rounded()))% from the build cache)" } ?? ""))
        if !report.removed.isEmpty { parts.append("\(dryRun ? "would remove" : "removed") \(report.removed.count)") }
        if !report.failed.isEmpty { parts.append("failed \(report.failed.count)") }
        console.error((dryRun ? "Dry run: " : "Build: ") + parts.joined(separator: ", ") + " (\(time)).")
        console.error("  " + stepTimes)
        let folders = report.folders.filter { $0.rendered > 0 }.map { "\($0.folder) \($0.rendered)" }
        if !folders.isEmpty { console.error("  " + (dryRun ? "would build: " : "built: ") + folders.joined(separator: ", ")) }
        if !report.failed.isEmpty {
            console.error("Not built because of errors: " + report.failed.joined(separator: ", "))
        }
        if !dryRun, FileSystem.exists(report.outputFolder + "/index.html") {
            console.error("Open \(folder)/index.html")
        }
    }

    /// `steps: load 12 ms, plan 3 ms, render 40 ms, ...`: every step that ran, in order.
    var stepTimes: String {
        "steps: " + report.steps.map { step in
            let ms = step.milliseconds
            return "\(step.step) " + (ms < 10 ? DecimalText.fixed(ms, places: 1) : String(Int(ms.rounded()))) + " ms"
        }.joined(separator: ", ")
    }

    func relative(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
