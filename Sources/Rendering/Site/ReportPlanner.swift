import Analysis
import Core
import LLM
import Workspace
import YAMLSupport

/// Plans the analysis reports: each persona's CV-quality report, each persona against the jobs it
/// targets, each team's gaps, and the knowledge base — as JSON for tools, Markdown and HTML — and
/// an index page. A report lists exactly the files its analysis reads, so it is redone only when
/// one of them (or the month taken as today) changes; the analysis itself runs only then.
enum ReportPlanner {
    static func plan(_ planning: inout SitePlanning, into plan: inout OutputPlan) {
        let workspace = planning.workspace, settings = planning.settings, today = planning.today
        plan.virtualInputs.merge(Analysis.virtualInputs(today: today)) { _, new in new }
        let id = settings.template(for: "report") ?? "report"
        guard let definition = planning.library[id], definition.kind == "report" else {
            plan.diagnostics.append(unknownTemplate(id, library: planning.library, settings: settings))
            return
        }
        guard let template = planning.compile(definition, file: "document.md.mustache", shape: ContextShapes.report, into: &plan) else { return }
        let writer = ReportWriter(template: template, page: planning.page, markdown: planning.wantMarkdown, html: planning.wantHTML,
                                  site: DocumentContext.site(settings), today: today.description)
        // One analysis context for the whole build, made only if some output is stale.
        let analysis = planning.analyses.context
        var index = ReportIndex()
        skipBrokenFiles(planning, writer: writer, into: &plan)
        // The language model deepens the gap, match and team reports when the settings configure one.
        let llm = planning.llmSession(into: &plan)
        let llmInputs = llm == nil ? [] : [LLMSession.buildInput]

        for persona in planning.personas {
            guard let resolved = workspace.resolved[persona.path] else { continue }
            let base = "reports/gap/\(persona.slug)"
            writer.add(base, kind: .gap, inputs: Analysis.inputs(gap: resolved, workspace: workspace) + llmInputs, into: &plan) { () throws(Diagnostic) in
                let report = analysis.value.gap(for: resolved)
                guard let llm else { return report }
                return try deepened(persona.path) { () throws(LLMError) in try llm.deepen(.gap(report, persona: resolved, context: analysis.value, session: llm)) }
            }
            index.add(.gap, title: persona.title, subtitle: persona.path, base: base)
        }

        let jobs = planning.jobs
        let jobsByPath = Dictionary(jobs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var naming: [String: [Job]] = [:]
        for job in jobs { if let persona = job.persona?.value { naming[persona, default: []].append(job) } }
        for persona in planning.personas where persona.kind == .professional {
            guard let resolved = workspace.resolved[persona.path] else { continue }
            // The jobs it lists and the jobs naming it as their persona, each once, in path order.
            var seen: Set<String> = []
            let targets = (persona.jobs.compactMap { jobsByPath[$0.value] } + naming[persona.path, default: []])
                .filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
            guard !targets.isEmpty else { continue }
            for job in targets {
                let match = planning.analyses.match(resolved, against: job, reads: 1)
                let base = "reports/match/\(job.slug)/\(persona.slug)"
                writer.add(base, kind: .match, inputs: Analysis.inputs(match: resolved, job: job, workspace: workspace) + llmInputs,
                           group: SharedAnalyses.group(of: job), into: &plan) { () throws(Diagnostic) in
                    let report = match.value
                    guard let llm else { return report }
                    return try deepened(job.path) { () throws(LLMError) in
                        try llm.deepen(.match(report, persona: resolved, job: job, context: analysis.value, session: llm))
                    }
                }
                index.add(.match, title: "\(persona.title) → \(job.title)", subtitle: job.company ?? job.path, base: base)
            }
        }

        for team in workspace.teams where !planning.errors.contains(team.path) {
            let base = "reports/team/\(team.slug)"
            writer.add(base, kind: .team, inputs: Analysis.inputs(team: team, workspace: workspace) + llmInputs, into: &plan) { () throws(Diagnostic) in
                let report = analysis.value.team(team)
                guard let llm else { return report }
                return try deepened(team.path) { () throws(LLMError) in try llm.deepen(.team(report, team: team, context: analysis.value, session: llm)) }
            }
            index.add(.team, title: team.name, subtitle: team.path, base: base)
        }

        writer.add("reports/knowledge", kind: .knowledge, inputs: Analysis.inputs(knowledgeBase: workspace), into: &plan) {
            analysis.value.knowledgeBase(openQuestions: false)
        }
        index.add(.knowledge, title: "Knowledge base", subtitle: "Skills, tools and answers from every source", base: "reports/knowledge")

        guard let page = planning.page,
              let list = planning.compile(planning.site, file: "reports.html.mustache", shape: ContextShapes.reports, into: &plan) else { return }
        // The index shows titles only, so it reads the listed files, never the analyses.
        let inputs = planning.siteInputs + list.inputs + planning.personas.map(\.path) + jobs.map(\.path)
            + workspace.teams.map(\.path) + [Analysis.todayInput]
        let value: TemplateValue = ["site": DocumentContext.site(settings), "today": .string(today.description),
                                    "groups": index.value(html: planning.wantHTML)]
        plan.outputs.append(PlannedOutput(path: "reports/index.html", inputs: SitePlanner.unique(inputs)) {
            .init(page.page("reports/index.html", title: "Reports", description: nil, source: nil, content: list.renderBytes(value, escaping: .html)))
        })
    }

    /// A deepened report, or the model's failure as a diagnostic about `file`.
    static func deepened<Report>(_ file: String, _ deepen: () throws(LLMError) -> Report) throws(Diagnostic) -> Report {
        do { return try deepen() } catch { throw error.diagnostic(about: file) }
    }

    /// A persona or team whose file has errors keeps its last good report, reported as failed.
    static func skipBrokenFiles(_ planning: SitePlanning, writer: ReportWriter, into plan: inout OutputPlan) {
        let workspace = planning.workspace
        let buildable = Set(planning.personas.map(\.path))
        for file in workspace.files.keys.sorted() {
            switch FileKind.of(file) {
            case .persona where !buildable.contains(file):
                plan.skipped += writer.outputs(for: "reports/gap/" + SourceFile.id(of: file).dropFirst("personas/".count))
            case .team where planning.errors.contains(file) || !workspace.teams.contains(where: { $0.path == file }):
                plan.skipped += writer.outputs(for: "reports/team/" + SourceFile.id(of: file).dropFirst("teams/".count))
            default: break
            }
        }
    }

    static func unknownTemplate(_ id: String, library: TemplateLibrary, settings: Settings) -> Diagnostic {
        let location = settings.root?["templates"]?["report"]?.location ?? SourceLocation(file: SitePlanner.settingsInput)
        let reports = library.templates.values.filter { $0.kind == "report" }.map(\.id).sorted()
        if library[id] != nil {
            return .error(at: location, code: "template-kind", "The template '\(id)' does not render reports.",
                          hint: "Use a template of kind report: \(reports.joined(separator: ", ")).")
        }
        return .error(at: location, code: "unknown-template",
                      "There is no template '\(id)'" + Suggestion.didYouMean(id, in: library.ids),
                      hint: "Report templates: \(reports.joined(separator: ", ")). A workspace adds its own under templates/ID/.")
    }
}
