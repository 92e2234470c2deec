import Core
import Workspace

/// Plans one page per team with its members.
enum TeamPagesPlanner {
    static func plan(_ planning: inout SitePlanning, into plan: inout OutputPlan) {
        guard let page = planning.page,
              let teamPage = planning.compile(planning.site, file: "team.html.mustache", shape: ContextShapes.team, into: &plan) else { return }
        let workspace = planning.workspace
        for team in workspace.teams where !planning.errors.contains(team.path) {
            let path = "teams/\(team.slug).html"
            let members = team.members.compactMap { workspace.persona(at: $0.value) }
            let inputs = planning.siteInputs + teamPage.inputs + [team.path] + members.map(\.path) + members.compactMap(\.cv?.value)
            plan.outputs.append(PlannedOutput(path: path, inputs: SitePlanner.unique(inputs)) {
                let content = teamPage.renderBytes(SiteContext.team(team, workspace: workspace), escaping: .html)
                return .init(page.page(path, title: team.name, description: team.description, source: team.path, content: content))
            })
        }
    }
}
