import Core
import Workspace

/// Plans the jobs list and one page per job with its posting.
enum JobPagesPlanner {
    static func plan(_ planning: inout SitePlanning, into plan: inout OutputPlan) {
        guard let page = planning.page else { return }
        let workspace = planning.workspace, settings = planning.settings, locale = planning.locale
        let jobs = workspace.jobs.filter { !planning.errors.contains($0.path) }
        if let list = planning.compile(planning.site, file: "jobs.html.mustache", shape: ContextShapes.jobs, into: &plan) {
            let inputs = planning.siteInputs + list.inputs + jobs.map(\.path) + jobs.compactMap(\.persona?.value)
            plan.outputs.append(PlannedOutput(path: "jobs/index.html", inputs: SitePlanner.unique(inputs)) {
                let content = list.render(SiteContext.jobs(workspace, jobs: jobs, locale: locale), escaping: .html)
                return page.page("jobs/index.html", title: "Jobs", description: nil, source: nil, content: content)
            })
        }
        guard let jobPage = planning.compile(planning.site, file: "job.html.mustache", shape: ContextShapes.jobPage, into: &plan) else { return }
        for job in jobs {
            let path = "jobs/\(job.slug).html"
            let inputs = planning.siteInputs + jobPage.inputs + [job.path] + (job.persona.map { [$0.value] } ?? [])
            plan.outputs.append(PlannedOutput(path: path, inputs: SitePlanner.unique(inputs)) {
                let posting = PageLayout.html(fromMarkdown: job.body, file: job.path)
                let value: TemplateValue = ["site": DocumentContext.site(settings),
                                            "job": SiteContext.job(job, workspace: workspace, root: "../", locale: locale),
                                            "posting": .raw(posting)]
                let content = jobPage.render(value, escaping: .html)
                return page.page(path, title: job.title, description: job.company, source: job.path, content: content)
            })
        }
    }
}
