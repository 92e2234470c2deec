import Core
import Foundation
import LLM

/// `personaforge usage` as text: a total line, then one table each by model, day and command.
enum UsagePrinter {
    static func text(_ summary: UsageSummary) -> String {
        let total = summary.total
        guard total.calls + total.cached > 0 else {
            return "No LLM calls recorded yet. With llm.provider: builtin (the default) every answer is computed offline and costs nothing."
        }
        var lines = ["LLM usage: \(Console.plural(total.calls, "call")) to a model, \(total.cached) answered from the cache, \(total.failed) failed; "
            + "\(number(total.tokensIn)) tokens in, \(number(total.tokensOut)) out; about \(money(total.cost))."]
        if total.unpriced > 0 {
            let models = summary.byModel.filter { $0.unpriced > 0 }.map(\.name).joined(separator: ", ")
            lines.append("\(Console.plural(total.unpriced, "call")) of \(models) had no price; add llm.prices to personaforge.yaml to estimate them.")
        }
        if summary.unreadableLines > 0 { lines.append("\(Console.plural(summary.unreadableLines, "ledger line")) could not be read and were skipped.") }
        for (title, rows) in [("model", summary.byModel), ("day", summary.byDay), ("command", summary.byCommand)] {
            lines.append("")
            lines.append(table(title: "by \(title)", rows: rows))
        }
        return lines.joined(separator: "\n")
    }

    static func table(title: String, rows: [UsageSummary.Row]) -> String {
        let header = [title, "calls", "cached", "failed", "tokens in", "tokens out", "cost"]
        let body = rows.map { [$0.name, number($0.calls), number($0.cached), number($0.failed), number($0.tokensIn), number($0.tokensOut), money($0.cost)] }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        return ([header] + body).map { row in
            row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// 12345 -> `12,345`.
    static func number(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    static func money(_ value: Double) -> String {
        value == 0 ? "$0" : value < 0.01 ? "$" + DecimalText.fixed(value, places: 4) : "$" + DecimalText.fixed(value, places: 2)
    }
}
