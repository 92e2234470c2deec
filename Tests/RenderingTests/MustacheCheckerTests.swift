import Core
import Rendering
import Testing

private let file = "templates/cv.md.mustache"

private let cvShape: TemplateShape = [
    "basics": ["name": .scalar, "email": .scalar, "phone": .scalar],
    "work": .list(of: ["company": .scalar, "position": .scalar, "highlights": .list(of: .scalar)]),
    "extra": .anyObject,
]

private func check(
    _ source: String, partials: [String: String] = [:], against shape: TemplateShape = cvShape
) throws -> [Diagnostic] {
    var templates: [String: MustacheTemplate] = [:]
    for (name, partialSource) in partials {
        templates[name] = try MustacheTemplate(source: partialSource, file: "templates/partials/\(name).mustache")
    }
    let template = try MustacheTemplate(source: source, file: file)
    return TemplateChecker(partials: templates).check(template, against: shape)
}

private func at(_ line: Int, _ column: Int, in path: String = file) -> Core.SourceLocation {
    Core.SourceLocation(file: path, line: line, column: column)
}

@Test func acceptsNamesTheShapeDeclares() throws {
    let source = """
        # {{basics.name}}
        {{#basics.phone}}Phone: {{.}}{{/basics.phone}}
        {{#work}}
        ## {{position}} at {{company}}, for {{basics.name}}
        {{#highlights}}- {{.}}{{/highlights}}
        {{/work}}
        {{^work}}No work yet.{{/work}}
        {{#extra}}{{anything.at.all}}{{/extra}}{{extra.whatever}}
        """
    #expect(try check(source) == [])
}

@Test func reportsUnknownNameWithLineAndColumn() throws {
    #expect(try check("# {{basics.name}}\n\nMail: {{basics.emial}}\n") == [.error(
        at: at(3, 7), code: "unknown-variable",
        "unknown name 'basics.emial' in template; did you mean 'basics.email'?")])
}

@Test func catchesTyposInBranchesTheDataWouldNotTake() throws {
    let source = "{{#basics.phone}}{{basics.phnoe}}{{/basics.phone}}\n{{^basics.phone}}{{basics.nmae}}{{/basics.phone}}"
    #expect(try check(source) == [
        .error(at: at(1, 18), code: "unknown-variable",
               "unknown name 'basics.phnoe' in template; did you mean 'basics.phone'?"),
        .error(at: at(2, 18), code: "unknown-variable",
               "unknown name 'basics.nmae' in template; did you mean 'basics.name'?"),
    ])
}

@Test func suggestsTheFirstPartFromEveryNameInScope() throws {
    #expect(try check("{{#work}}{{compnay}} {{basic.name}}{{/work}}") == [
        .error(at: at(1, 10), code: "unknown-variable", "unknown name 'compnay' in template; did you mean 'company'?"),
        .error(at: at(1, 22), code: "unknown-variable", "unknown name 'basic.name' in template; did you mean 'basics.name'?"),
    ])
}

@Test func listsTheNamesInScopeWhenNothingIsClose() throws {
    #expect(try check("{{salary}}") == [.error(
        at: at(1, 1), code: "unknown-variable", "unknown name 'salary' in template.",
        hint: "Names available here: basics, extra, work.")])
    #expect(try check("{{basics.salary}}") == [.error(
        at: at(1, 1), code: "unknown-variable", "unknown name 'basics.salary' in template.",
        hint: "Names in 'basics': email, name, phone.")])
}

@Test func explainsThatListItemsNeedASection() throws {
    #expect(try check("{{work.company}}") == [.error(
        at: at(1, 1), code: "unknown-variable", "unknown name 'work.company' in template.",
        hint: "'work' is a list; reach its items' names inside {{#work}}…{{/work}}.")])
}

@Test func invertedSectionsPushNothing() throws {
    #expect(try check("{{^work}}{{company}}{{/work}}").map(\.message) == ["unknown name 'company' in template."])
}

@Test func unknownSectionNameIsReportedOnce() throws {
    #expect(try check("{{#wrok}}{{company}}{{position}}{{/wrok}}") == [.error(
        at: at(1, 1), code: "unknown-variable", "unknown name 'wrok' in template; did you mean 'work'?")])
}

@Test func reportsListsAndObjectsThatCannotBePrinted() throws {
    #expect(try check("{{work}}\n{{basics}}") == [
        .error(at: at(1, 1), code: "not-printable", "'work' is a list, which a tag cannot print.",
               hint: "Repeat over its items with {{#work}}…{{/work}}."),
        .error(at: at(2, 1), code: "not-printable", "'basics' is an object, which a tag cannot print.",
               hint: "Print one of its names, such as {{basics.email}}."),
    ])
}

@Test func reportsUnknownPartialWithSuggestion() throws {
    #expect(try check("{{> heder}}", partials: ["header": "# {{basics.name}}"]) == [.error(
        at: at(1, 1), code: "unknown-partial", "unknown partial 'heder' in template; did you mean 'header'?")])
    #expect(try check("\n  {{> footer}}\n", partials: ["header": ""]) == [.error(
        at: at(2, 3), code: "unknown-partial", "unknown partial 'footer' in template.",
        hint: "Known partials: header.")])
}

@Test func checksPartialsInTheContextTheyAreIncludedIn() throws {
    let partials = ["job": "### {{position}}\n{{compnay}}\n"]
    let expected = Diagnostic.error(
        at: at(2, 1, in: "templates/partials/job.mustache"), code: "unknown-variable",
        "unknown name 'compnay' in template; did you mean 'company'?")
    // Included twice, reported once.
    #expect(try check("{{#work}}{{> job}}{{/work}}{{#work}}{{> job}}{{/work}}", partials: partials) == [expected])
}

@Test func checksRecursivePartialsWithoutLooping() throws {
    let shape: TemplateShape = ["content": .scalar, "nodes": .list(of: ["content": .scalar, "nodes": .list(of: .anyObject)])]
    let partials = ["node": "{{content}}<{{#nodes}}{{> node}}{{/nodes}}>{{contnet}}"]
    #expect(try check("{{> node}}", partials: partials, against: shape).map(\.message) == [
        "unknown name 'contnet' in template; did you mean 'content'?",
    ])
}
