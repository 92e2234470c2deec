import Core
import Workspace

/// Plans the site's index: it lists everything, so it depends on every persona, CV, job and team.
enum SiteIndexPlanner {
    static func plan(_ planning: inout SitePlanning, into plan: inout OutputPlan) {
        guard let page = planning.page,
              let index = planning.compile(planning.site, file: "index.html.mustache", shape: ContextShapes.index, into: &plan) else { return }
        let workspace = planning.workspace, personas = planning.personas, cvs = planning.cvs
        let settings = planning.settings, locale = planning.locale
        let inputs = planning.siteInputs + index.inputs + personas.map(\.path) + personas.compactMap(\.cv?.value)
            + cvs.map(\.path) + workspace.jobs.map(\.path) + workspace.teams.map(\.path)
        plan.outputs.append(PlannedOutput(path: "index.html", inputs: SitePlanner.unique(inputs)) {
            let content = index.renderBytes(SiteContext.index(workspace, personas: personas, cvs: cvs, locale: locale), escaping: .html)
            return .init(page.page("index.html", title: settings.name, description: nil, source: nil, content: content))
        })
    }
}
