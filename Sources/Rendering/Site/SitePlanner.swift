import Core
import MarkdownSupport
import Workspace
import YAMLSupport

/// Decides every output a workspace has and what each is made from. Rendering happens later, in
/// the build, and only for the outputs whose inputs changed. Each kind of output has its own
/// planner; this one gathers what they share and calls them in order.
public enum SitePlanner {
    static let settingsInput = WorkspaceScanner.settingsFile
    static let markdown = MustacheRenderer.Escaping.markdown(MarkdownEscaping.escape)

    /// `today` is the month analyses take as the present (a virtual input of every report).
    /// `offline`: model answers come from the cache alone (`build --offline`).
    /// `prepare`: start making what the analyses share while planning (for a build that renders next).
    /// `makeAhead`: also make the job pages' analyses meanwhile, until `plan.analysesAhead` is
    /// stopped (for a build that renders every output, so that none is made for nothing).
    public static func plan(_ workspace: Workspace, today: JSONResumeDate = JSONResumeDate("2000-01")!, offline: Bool = false,
                            prepare: Bool = false, makeAhead: Bool = false) -> OutputPlan {
        let settings = workspace.settings
        let errors = workspace.filesWithErrors
        let jobs = workspace.jobs.filter { !errors.contains($0.path) }
        var analyses = SharedAnalyses(workspace: workspace, today: today)
        // Job pages, reports and letters all read the analysis context: it is made on another
        // thread from the start, and for a full build the jobs' postings after it, while the
        // templates are loaded and the rest is planned (the job pages' matches follow below).
        // The postings' memos expect no reads yet: the planners add theirs as they plan them.
        var ahead: AnalysesAhead?
        if prepare, !workspace.jobs.isEmpty || settings.reports {
            let postings = makeAhead ? jobs.map { analyses.posting(for: $0, reads: 0) } : []
            ahead = analyses.prepareContext(thenMake: postings)
        }
        let (library, libraryProblems) = TemplateLibrary.load(workspace)
        var plan = OutputPlan(diagnostics: libraryProblems)
        plan.analysesAhead = ahead
        for template in library.templates.values {
            for file in template.files.values where file.inputPath.hasPrefix("builtin:") { plan.virtualInputs[file.inputPath] = file.hash }
        }
        guard let site = library["site"] else {
            plan.diagnostics.append(.error(at: nil, code: "template-missing", "There is no 'site' template, so no HTML pages can be made."))
            return plan
        }
        var compiler = TemplateCache(library: library)
        let layout = compiler.compile(site, file: "layout.html.mustache", shape: ContextShapes.layout, into: &plan.diagnostics)
        let personas = workspace.personas.filter { persona in
            !errors.contains(persona.path) && !(persona.cv.map { errors.contains($0.value) } ?? false)
        }
        var planning = SitePlanning(
            workspace: workspace, settings: settings, locale: LocaleStrings.named(settings.locale), library: library,
            compiler: compiler, site: site, page: layout.map { PageLayout(layout: $0, site: DocumentContext.site(settings), reports: settings.reports) },
            errors: errors, wantMarkdown: settings.formats.contains("md"), wantHTML: settings.formats.contains("html"),
            personas: personas, cvs: workspace.cvs.values.filter { !errors.contains($0.path) }.sorted { $0.path < $1.path },
            jobs: jobs, today: today, analyses: analyses)
        planning.offline = offline
        // The job pages' analyses, made first: a full build makes them while the rest is planned.
        let jobAnalyses = planning.page != nil ? JobPagesPlanner.analyses(&planning) : nil
        if makeAhead, let jobAnalyses { ahead?.make(jobAnalyses.inReadingOrder) }

        if let style = site.files["style.css"] {
            plan.outputs.append(PlannedOutput(path: "assets/style.css", inputs: [style.inputPath]) { .init(Array(style.text.utf8)) })
        }
        // Outputs render in this order, with each job's page moved up beside its match reports
        // (gatherGroups). The site index pages (megabytes each at 10,000 personas) come before
        // the reports, so they are not rendered while the reports' analyses are in memory.
        DocumentPlanner.plan(&planning, into: &plan)
        LetterPlanner.plan(&planning, into: &plan)
        if planning.page != nil { SiteIndexPlanner.plan(&planning, into: &plan) }
        if settings.reports { ReportPlanner.plan(&planning, into: &plan) }
        if let jobAnalyses {
            JobPagesPlanner.plan(&planning, analyses: jobAnalyses, into: &plan)
            TeamPagesPlanner.plan(&planning, into: &plan)
        }
        plan.gatherGroups()
        return plan
    }

    /// Templates leave blank lines behind skipped sections; a document ends with one newline.
    /// Takes the rendering's bytes: trailing ASCII whitespace is dropped byte by byte (stepping
    /// back over a document's Characters cost more than rendering it), other whitespace, rare,
    /// by Characters.
    static func finished(_ rendered: [UInt8]) -> String {
        guard let end = asciiEnd(of: rendered) else { return finishedByCharacters(rendered) }
        // Made at its exact size, since documents wait in memos for their formats and appending
        // the newline to a String would double its capacity.
        return String(unsafeUninitializedCapacity: end + 1) { buffer in
            _ = buffer.initialize(fromContentsOf: rendered[..<end])
            buffer[end] = 0x0A
            return end + 1
        }
    }

    /// `finished` kept as bytes, for outputs that never need the document as a String (its
    /// Markdown file, its HTML page): the bytes are UTF-8 already, and a String would check them.
    static func finishedBytes(_ rendered: [UInt8]) -> [UInt8] {
        guard let end = asciiEnd(of: rendered) else { return Array(finishedByCharacters(rendered).utf8) }
        var bytes = rendered
        bytes.removeSubrange(end...)
        bytes.append(0x0A)
        return bytes
    }

    /// Where the text ends once trailing ASCII whitespace is dropped, when what is left ends in
    /// ASCII (or is empty); nil when it ends in another character, which may be whitespace too.
    private static func asciiEnd(of rendered: [UInt8]) -> Int? {
        var end = rendered.count
        while end > 0, rendered[end - 1] == 0x20 || (0x09...0x0D).contains(rendered[end - 1]) { end -= 1 }
        return end == 0 || rendered[end - 1] < 0x80 ? end : nil
    }

    /// A document ending in a non-ASCII character, which may be whitespace (rare).
    private static func finishedByCharacters(_ rendered: [UInt8]) -> String {
        var text = String(decoding: rendered, as: UTF8.self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        text.append("\n")
        return text
    }

    /// `inputs` without repeats, first occurrences kept in order. Most lists are a handful of
    /// paths, checked against what is kept so far; a set (hashing every path) pays only for long ones.
    static func unique(_ inputs: [String]) -> [String] {
        guard inputs.count > 16 else {
            var kept: [String] = []
            kept.reserveCapacity(inputs.count)
            for input in inputs where !kept.contains(input) { kept.append(input) }
            return kept
        }
        var seen: Set<String> = []
        return inputs.filter { seen.insert($0).inserted }
    }
}

/// Compiles each template file once per build, remembering failures so they are reported once.
struct TemplateCache {
    let library: TemplateLibrary
    var compiled: [String: CompiledTemplate?] = [:]

    init(library: TemplateLibrary) { self.library = library }

    mutating func compile(_ definition: TemplateDefinition, file: String, shape: TemplateShape, into diagnostics: inout [Diagnostic]) -> CompiledTemplate? {
        let key = definition.id + "/" + file
        if let done = compiled[key] { return done }
        let (template, problems) = CompiledTemplate.compile(definition, file: file, shape: shape)
        diagnostics += problems
        compiled[key] = template
        return template
    }
}
