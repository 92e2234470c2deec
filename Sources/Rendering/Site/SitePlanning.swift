import Core
import LLM
import Workspace
import YAMLSupport

/// What every part of the plan shares: the workspace, its settings, the templates compiled so far
/// and the site's page layout. Built once per plan by `SitePlanner`.
struct SitePlanning {
    let workspace: Workspace
    let settings: Settings
    let locale: LocaleStrings
    let library: TemplateLibrary
    var compiler: TemplateCache
    let site: TemplateDefinition
    /// Nil when the layout failed its check: no HTML page can be made, the rest still can.
    let page: PageLayout?
    /// Files with errors: nothing is made from them.
    let errors: Set<String>
    let wantMarkdown: Bool
    let wantHTML: Bool
    /// Personas whose own file and CV are free of errors, in path order.
    let personas: [Persona]
    /// CVs free of errors, in path order.
    let cvs: [CV]
    /// Jobs free of errors, in the workspace's order.
    let jobs: [Job]
    /// The month analyses take as the present.
    let today: JSONResumeDate
    /// `build --offline`: model answers come from the cache alone, and a miss fails that report.
    var offline = false
    /// The analyses every planner shares.
    var analyses: SharedAnalyses
    /// The language-model session, once some output asked for it (see `llmSession`).
    var llm: LLMSession?? = nil

    /// What every site page reads besides its own data: settings, layout and stylesheet.
    var siteInputs: [String] {
        [SitePlanner.settingsInput] + (page?.layout.inputs ?? []) + (site.files["style.css"].map { [$0.inputPath] } ?? [])
    }

    /// The language-model session of this build when the settings configure a model (nil for the
    /// builtin engine), made once for the reports and letters alike so `max_concurrency` holds
    /// across them. Its fingerprint is the `llm:model` input of every output a model shapes, so a
    /// new model or server redoes them; a setting that reaches no model is reported once.
    mutating func llmSession(into plan: inout OutputPlan) -> LLMSession? {
        if let made = llm { return made }
        var made: LLMSession?
        do {
            let session = try LLMSession(settings: settings, root: workspace.root, command: "build", offline: offline)
            if session.configuration.usesModel {
                plan.virtualInputs[LLMSession.buildInput] = session.fingerprint
                made = session
            }
        } catch {
            plan.diagnostics.append(error.diagnostic(about: SitePlanner.settingsInput))
        }
        llm = .some(made)
        return made
    }

    mutating func compile(_ definition: TemplateDefinition, file: String, shape: TemplateShape, into plan: inout OutputPlan) -> CompiledTemplate? {
        compiler.compile(definition, file: file, shape: shape, into: &plan.diagnostics)
    }
}
