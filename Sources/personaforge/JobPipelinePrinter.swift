import Analysis
import Workspace

/// The pipeline as text: a table of jobs, and the counts.
struct JobPipelinePrinter {
    let workspace: Workspace

    func list(_ pipeline: JobPipeline) -> String {
        guard !pipeline.jobs.isEmpty else { return "No jobs. Add a posting to jobs/ with title, company and status in its front matter." }
        let order: [JobPipeline.Status] = [.offer, .interview, .applied, .saved, .rejected, .withdrawn]
        let sorted = pipeline.jobs.sorted { a, b in
            let (x, y) = (order.firstIndex(of: a.status)!, order.firstIndex(of: b.status)!)
            if x != y { return x < y }
            if a.appliedOn != b.appliedOn { return (a.appliedOn ?? "") > (b.appliedOn ?? "") }
            return a.job < b.job
        }
        let rows = sorted.map { entry in
            [entry.status.rawValue, entry.appliedOn ?? "-", entry.title + (entry.company.map { " · \($0)" } ?? ""),
             entry.persona.map(personaName) ?? "-", entry.next ?? "closed"]
        }
        return table(["STATUS", "APPLIED", "ROLE", "PERSONA", "NEXT"], rows)
    }

    func stats(_ pipeline: JobPipeline) -> String {
        var lines = ["\(pipeline.total) jobs, \(pipeline.active) active; \(pipeline.applied) applied, \(pipeline.responded) answered"
                     + (pipeline.applied > 0 ? " (\((100 * pipeline.responded + pipeline.applied / 2) / pipeline.applied)%)" : "") + "."]
        lines.append("")
        lines.append("By status")
        lines.append(table(["STATUS", "JOBS"], pipeline.byStatus.map { [$0.status.rawValue, String($0.count)] }, indent: "  "))
        lines.append("")
        lines.append("By month applied")
        if pipeline.byMonth.isEmpty {
            lines.append("  none yet (set applied_on when you apply)")
        } else {
            lines.append(table(["MONTH", "JOBS", "STATUSES"], pipeline.byMonth.map { [$0.month, String($0.count), breakdown($0.byStatus)] }, indent: "  "))
        }
        lines.append("")
        lines.append("By persona")
        lines.append(table(["PERSONA", "JOBS", "ACTIVE", "STATUSES"], pipeline.byPersona.map {
            [$0.persona.map(personaName) ?? "(none)", String($0.count), String($0.active), breakdown($0.byStatus)]
        }, indent: "  "))
        return lines.joined(separator: "\n")
    }

    func personaName(_ path: String) -> String {
        workspace.persona(at: path).map { "\($0.slug)" } ?? path
    }

    func breakdown(_ counts: [JobPipeline.Count]) -> String {
        counts.map { "\($0.status.rawValue) \($0.count)" }.joined(separator: ", ")
    }

    /// Columns padded to their widest cell (counted in characters); the last column is not padded.
    func table(_ header: [String], _ rows: [[String]], indent: String = "") -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            indent + row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
