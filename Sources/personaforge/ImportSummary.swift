import Core
import Foundation
import Import

/// What `personaforge import` prints for each input: where it went, what was found, what the
/// importer was unsure about, and the problems.
struct ImportSummary {
    var outcomes: [ImportOutcome]
    var dryRun: Bool

    func print(to console: Console) {
        for outcome in outcomes {
            let formatter = DiagnosticFormatter(colored: console.colored) { path in
                // Show source lines of text inputs (JSON Resume, RenderCV); binary ones have none.
                FileSystem.read(path).flatMap { String(validating: $0, as: UTF8.self) }
            }
            if outcome.failed {
                console.error(formatter.format(outcome.diagnostics))
                continue
            }
            var headline = dryRun ? "Would import \(outcome.input)" : "Imported \(outcome.input)"
            if let output = outcome.output { headline += " -> \(output)" }
            var facts = [outcome.format.displayName]
            if let pages = outcome.pages { facts.append(Console.plural(pages, "page")) }
            facts.append("confidence \(Self.decimal(outcome.confidence))")
            if let seconds = outcome.seconds { facts.append("\(Self.decimal(seconds * 1000)) ms") }
            console.out(headline + " (" + facts.joined(separator: ", ") + ")")
            if !outcome.basics.isEmpty { console.out("  basics: " + outcome.basics.joined(separator: ", ")) }
            let sections = outcome.sections.filter { $0.name != "basics" }
            if !sections.isEmpty {
                console.out("  found: " + sections.map { "\($0.name) \($0.count)" }.joined(separator: ", "))
            }
            if let original = outcome.original { console.out("  kept the original as \(original)") }
            for note in outcome.notes { console.out("  unsure: \(note.field): \(note.message)") }
            if !outcome.diagnostics.isEmpty { console.error(formatter.format(outcome.diagnostics)) }
        }
        let failed = outcomes.filter(\.failed).count
        if outcomes.count > 1 || failed > 0 {
            let done = outcomes.count - failed
            console.error("\(dryRun ? "Would import" : "Imported") \(Console.plural(done, "CV"))" + (failed > 0 ? "; \(failed) failed." : "."))
        }
    }

    static func decimal(_ value: Double) -> String { DecimalText.fixed(value, places: 2) }
}
