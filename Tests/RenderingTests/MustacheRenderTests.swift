import Rendering
import Testing

private func render(
    _ source: String, _ data: TemplateValue, partials: [String: String] = [:],
    escaping: MustacheRenderer.Escaping = .html, maximumPartialDepth: Int = 64
) throws -> String {
    var templates: [String: MustacheTemplate] = [:]
    for (name, partialSource) in partials {
        templates[name] = try MustacheTemplate(source: partialSource, file: "\(name).mustache")
    }
    let renderer = MustacheRenderer(partials: templates, escaping: escaping, maximumPartialDepth: maximumPartialDepth)
    return renderer.render(try MustacheTemplate(source: source, file: "page.mustache"), with: data)
}

@Test(arguments: MustacheSpec.all)
func rendersAsTheSpecSays(_ spec: MustacheSpecCase) throws {
    #expect(try render(spec.template, spec.data, partials: spec.partials) == spec.expected)
}

@Test func escapesHTMLIncludingApostrophes() throws {
    #expect(try render("{{x}}|{{{x}}}|{{& x}}", ["x": "<a href=\"/\">Tom & Jerry's</a>"])
        == "&lt;a href=&quot;/&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;|<a href=\"/\">Tom & Jerry's</a>|<a href=\"/\">Tom & Jerry's</a>")
}

@Test func insertsRawValuesWithoutEscaping() throws {
    let data: TemplateValue = ["body": .raw("<p>Hi & bye</p>"), "empty": .raw("")]
    #expect(try render("{{body}}{{#empty}}hidden{{/empty}}", data) == "<p>Hi & bye</p>")
    let shout: @Sendable (String) -> String = { $0.uppercased() }
    #expect(try render("{{body}}", data, escaping: .markdown(shout)) == "<p>Hi & bye</p>")
    // A page's content made as bytes is inserted as the same text would be.
    let bytes: TemplateValue = ["body": .rawUTF8(Array("<p>Hi & bye · ok</p>".utf8)), "empty": .rawUTF8([])]
    #expect(try render("{{body}}{{{body}}}{{#empty}}hidden{{/empty}}", bytes) == "<p>Hi & bye · ok</p><p>Hi & bye · ok</p>")
}

@Test func appliesTheMarkdownEscapingClosureToEscapedTagsOnly() throws {
    let escape: @Sendable (String) -> String = { text in
        String(text.flatMap { "*_[]".contains($0) ? ["\\", $0] : [$0] })
    }
    #expect(try render("{{name}} / {{{name}}} / {{& name}}", ["name": "snake_case *star*"], escaping: .markdown(escape))
        == "snake\\_case \\*star\\* / snake_case *star* / snake_case *star*")
}

@Test func insertsTextAsIsWithoutEscaping() throws {
    #expect(try render("{{x}}", ["x": "<&>"], escaping: .none) == "<&>")
}

@Test func treatsEmptyStringsAsFalsyForOptionalFields() throws {
    let source = "{{#basics.phone}}Phone: {{.}}{{/basics.phone}}{{^basics.phone}}no phone{{/basics.phone}}"
    #expect(try render(source, ["basics": ["phone": ""]]) == "no phone")
    #expect(try render(source, ["basics": [:]]) == "no phone")
    #expect(try render(source, ["basics": ["phone": "+44 20"]]) == "Phone: +44 20")
}

@Test func treatsZeroAndEmptyObjectsAsTruthyLikeTheSpec() throws {
    #expect(try render("{{#n}}[{{.}}]{{/n}}{{#o}}object{{/o}}", ["n": 0, "o": [:]]) == "[0]object")
}

@Test func rendersSectionsOverListsObjectsAndBooleans() throws {
    let data: TemplateValue = [
        "basics": ["name": "Ada"],
        "remote": true,
        "work": [
            ["company": "Analytical Engines", "highlights": ["Notes", "Loops"]],
            ["company": "Royal Society", "highlights": []],
        ],
    ]
    let source = """
        {{#basics}}# {{name}}{{/basics}}
        {{#remote}}Remote{{/remote}}
        {{#work}}
        ## {{company}} ({{basics.name}})
        {{#highlights}}
        - {{.}}
        {{/highlights}}
        {{/work}}

        """
    #expect(try render(source, data) == """
        # Ada
        Remote
        ## Analytical Engines (Ada)
        - Notes
        - Loops
        ## Royal Society (Ada)

        """)
}

@Test func indentsNestedStandalonePartials() throws {
    let partials = [
        "list": "<ul>\n  {{#items}}\n  {{> item}}\n  {{/items}}\n</ul>\n",
        "item": "<li>\n  {{.}}\n</li>\n",
    ]
    #expect(try render("<nav>\n  {{> list}}\n</nav>\n", ["items": ["a", "b"]], partials: partials) == """
        <nav>
          <ul>
            <li>
              a
            </li>
            <li>
              b
            </li>
          </ul>
        </nav>

        """)
}

@Test func stopsRecursivePartialsAtTheDepthLimit() throws {
    #expect(try render("{{> loop}}", [:], partials: ["loop": "x{{> loop}}"], maximumPartialDepth: 5) == "xxxxx")
    #expect(try render("{{> loop}}", [:], partials: ["loop": "{{> loop}}"]) == "")
}

@Test func rendersMissingPartialsAndNamesAsNothing() throws {
    #expect(try render("[{{> nowhere}}{{nothing}}{{a.b}}]", ["a": "scalar"]) == "[]")
}

@Test func keepsObjectKeysInOrderAndFindsThemInLargeObjects() {
    var object = TemplateObject((0..<20).map { ("key\($0)", TemplateValue.int($0)) })
    #expect(object.keys.first == "key0" && object.keys.last == "key19")
    #expect(object["key17"] == .int(17))
    object["key3"] = nil
    object["new"] = "value"
    #expect(object["key4"] == .int(4) && object["key3"] == nil && object.keys.last == "new")
    #expect(TemplateObject(["b": 1, "a": 2]).keys == ["a", "b"])
}

/// A small object with a repeated key keeps the key's first position and its last value; keys
/// of the same length (or the same length modulo 64) that differ are all kept.
@Test func aRepeatedKeyKeepsItsFirstPlaceAndLastValue() {
    let repeated = TemplateObject([("name", TemplateValue.int(1)), ("date", .int(2)), ("name", .int(3))])
    #expect(repeated.keys == ["name", "date"])
    #expect(repeated["name"] == .int(3) && repeated["date"] == .int(2))
    let sameLengths = TemplateObject([("company", TemplateValue.int(1)), ("endDate", .int(2)), ("summary", .int(3))])
    #expect(sameLengths.keys == ["company", "endDate", "summary"])
    let long = String(repeating: "k", count: 65)
    let wrapped = TemplateObject([("k", TemplateValue.int(1)), (long, .int(2)), ("k", .int(3))])
    #expect(wrapped.keys == ["k", long])
    #expect(wrapped["k"] == .int(3) && wrapped[long] == .int(2))
}

/// Names are found from the innermost object out, past objects whose keys have other lengths,
/// and keys whose lengths are 64 apart are still told apart.
@Test func namesAreFoundPastObjectsWithoutThem() throws {
    let long = String(repeating: "k", count: 65)
    let items: TemplateValue = .array([.object(TemplateObject([("name", "a")])), .object(TemplateObject([("name", "b"), ("title", "inner")]))])
    let data: TemplateValue = .object(TemplateObject([("title", "outer"), ("k", "short"), (long, "long"), ("items", items)]))
    #expect(try render("{{#items}}{{title}}/{{k}}/{{name}};{{/items}}", data, escaping: .none) == "outer/short/a;inner/short/b;")
    #expect(TemplateObject([(long, TemplateValue.int(1))])["k"] == nil)
    #expect(TemplateObject([("k", TemplateValue.int(1)), (long, .int(2))])[long] == .int(2))
}
