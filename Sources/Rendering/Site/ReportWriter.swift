import Analysis
import Core

/// The kinds of analysis report the build makes.
enum ReportKind: String, CaseIterable, Sendable {
    case gap, match, team, knowledge

    var label: String {
        switch self {
        case .gap: "CV quality"
        case .match: "Role match"
        case .team: "Team gaps"
        case .knowledge: "Knowledge base"
        }
    }
}

/// Adds one report's outputs to the plan: `BASE.json` always, `BASE.md` and `BASE.html` as the
/// settings' formats ask; all three made from one run of the analysis.
struct ReportWriter {
    let template: CompiledTemplate
    let page: PageLayout?
    let markdown: Bool
    let html: Bool
    let site: TemplateValue
    let today: String

    /// The files a report at `base` has.
    func outputs(for base: String) -> [String] {
        [base + ".json"] + (markdown ? [base + ".md"] : []) + (html && page != nil ? [base + ".html"] : [])
    }

    /// `analyse` may fail (a language model that cannot answer): every output of the report fails with its diagnostic.
    func add<Report: AnalysisReport>(_ base: String, kind: ReportKind, inputs: [String], group: String? = nil, into plan: inout OutputPlan,
                                     analyse: @escaping @Sendable () throws(Diagnostic) -> Report) {
        let framed = markdown || (html && page != nil)
        // Read by the JSON output and, once, by the framed document; each let go after its last read.
        let report = Memo(uses: framed ? 2 : 1) { Result { () throws(Diagnostic) in try analyse() } }
        let inputs = SitePlanner.unique(inputs + [SitePlanner.settingsInput] + template.inputs)
        plan.outputs.append(PlannedOutput(path: base + ".json", inputs: inputs, group: group) { () throws(Diagnostic) in .init(try report.value.get().json) })
        guard framed else { return }
        let json = String(base.split(separator: "/").last!) + ".json"
        let (template, site, today) = (template, site, today)
        let document = Memo(uses: (markdown ? 1 : 0) + (html && page != nil ? 1 : 0)) { () -> Result<(String, String), Diagnostic> in
            let value: Report
            switch report.value {
            case .success(let made): value = made
            case .failure(let problem): return .failure(problem)
            }
            let counts = value.issueCounts
            let context: TemplateValue = [
                "site": site,
                "report": ["kind": .string(kind.rawValue), "kind_label": .string(kind.label), "title": .string(value.heading),
                           "body": .string(value.body), "json": .string(json), "today": .string(today),
                           "errors": .optional(counts.map { String($0.errors) }), "warnings": .optional(counts.map { String($0.warnings) }),
                           "notes": .optional(counts.map { String($0.info) })],
            ]
            return .success((value.heading, SitePlanner.finished(template.renderBytes(context, escaping: SitePlanner.markdown))))
        }
        if markdown {
            plan.outputs.append(PlannedOutput(path: base + ".md", inputs: inputs, group: group) { () throws(Diagnostic) in .init(Array(try document.value.get().1.utf8)) })
        }
        if html, let page {
            let path = base + ".html"
            plan.outputs.append(PlannedOutput(path: path, inputs: SitePlanner.unique(inputs + page.layout.inputs), group: group) { () throws(Diagnostic) in
                let (title, markdown) = try document.value.get()
                return .init(page.page(path, title: title, description: kind.label, source: nil,
                                       content: PageLayout.html(fromMarkdown: markdown)))
            })
        }
    }
}

/// The reports the index page lists, grouped by kind.
struct ReportIndex {
    struct Entry { var title: String, subtitle: String, base: String }
    var entries: [ReportKind: [Entry]] = [:]

    mutating func add(_ kind: ReportKind, title: String, subtitle: String, base: String) {
        entries[kind, default: []].append(Entry(title: title, subtitle: subtitle, base: base))
    }

    /// Paths are relative to `reports/index.html`.
    func value(html: Bool) -> TemplateValue {
        .array(ReportKind.allCases.compactMap { kind in
            guard let list = entries[kind], !list.isEmpty else { return nil }
            return ["title": .string(kind.label), "kind": .string(kind.rawValue),
                    "reports": .array(list.map { entry in
                        let relative = String(entry.base.dropFirst("reports/".count))
                        return ["title": .string(entry.title), "subtitle": .string(entry.subtitle),
                                "href": .string(relative + (html ? ".html" : ".json")), "json": .string(relative + ".json")]
                    })]
        })
    }
}
