import Core
import Rendering
import Testing

private let file = "templates/cv.md.mustache"

/// The diagnostic parsing `source` throws, or nil when it parses.
private func parseError(_ source: String) -> Diagnostic? {
    do {
        _ = try MustacheTemplate(source: source, file: file)
        return nil
    } catch {
        return error
    }
}

private func at(_ line: Int, _ column: Int) -> Core.SourceLocation {
    Core.SourceLocation(file: file, line: line, column: column)
}

@Test func reportsUnclosedSectionAtItsOpeningTag() {
    #expect(parseError("# CV\n  {{#work}}\n{{company}}\n") == .error(
        at: at(2, 3), code: "unclosed-section",
        "The section 'work' is never closed.",
        hint: "Add {{/work}} where the section ends."))
}

@Test func reportsCloseThatDoesNotMatchTheOpenSection() {
    #expect(parseError("{{#work}}\n{{#highlights}}{{.}}{{/work}}\n") == .error(
        at: at(2, 21), code: "mismatched-section-close",
        "'{{/work}}' does not match the open section 'highlights' from line 2, column 1.",
        hint: "Close 'highlights' with {{/highlights}} first, or correct one of the names."))
}

@Test func reportsCloseWithoutAnOpenSection() {
    #expect(parseError("Hello {{/work}}") == .error(
        at: at(1, 7), code: "unexpected-section-close",
        "'{{/work}}' closes a section that was never opened.",
        hint: "Remove it, or open the section with {{#work}} before it."))
}

@Test func reportsTagThatRunsIntoTheNextLine() {
    #expect(parseError("Name: {{basics.name\nEmail: {{basics.email}}") == .error(
        at: at(1, 7), code: "unclosed-tag",
        "The tag '{{basics.name' is never closed with '}}'.",
        hint: "Close the tag, or change the delimiters with {{=<% %>=}} to write a literal '{{'."))
}

@Test func reportsTagUnclosedAtTheEnd() {
    #expect(parseError("{{#a}}x{{/a") == .error(
        at: at(1, 8), code: "unclosed-tag",
        "The tag '{{/a' is never closed with '}}'.",
        hint: "Close the tag, or change the delimiters with {{=<% %>=}} to write a literal '{{'."))
}

@Test func reportsTripleMustacheWithoutItsThirdBrace() {
    #expect(parseError("{{{body}}\n") == .error(
        at: at(1, 1), code: "unclosed-tag",
        "The tag '{{{body}}' is never closed with '}}}'.",
        hint: "Close the tag, or change the delimiters with {{=<% %>=}} to write a literal '{{'."))
}

@Test func reportsBadDelimiters() {
    let hint = "Write them like {{=<% %>=}}; neither may contain '=' or spaces."
    #expect(parseError("x\n {{=<% =}}") == .error(
        at: at(2, 2), code: "bad-delimiters",
        "The delimiters '<%' are not an opening and a closing delimiter separated by a space.", hint: hint))
    #expect(parseError("{{=<% %> [ =}}")?.code == "bad-delimiters")
    #expect(parseError("{{=<= =>=}}")?.code == "bad-delimiters")
}

@Test func reportsNamesWithSpacesOrEmptyParts() {
    let hint = "Write a name from the data, such as {{basics.name}}."
    #expect(parseError("{{first name}}") == .error(
        at: at(1, 1), code: "bad-name",
        "'first name' is not a valid name; a name is '.' or words joined by single dots, with no spaces.", hint: hint))
    #expect(parseError("{{#basics..name}}{{/basics..name}}")?.code == "bad-name")
    #expect(parseError("{{ }}") == .error(at: at(1, 1), code: "bad-name", "This tag has no name.", hint: hint))
}

@Test func reportsPartialWithoutName() {
    #expect(parseError("{{> }}") == .error(
        at: at(1, 1), code: "bad-partial-name",
        "The partial tag '{{> }}' needs one partial name without spaces.",
        hint: "Write the name of a partial template, such as {{> header}}."))
}

@Test func quotesTagsWithTheDelimitersInEffect() {
    #expect(parseError("{{=<% %>=}}\n<%#work%>\n") == .error(
        at: at(2, 1), code: "unclosed-section",
        "The section 'work' is never closed.",
        hint: "Add <%/work%> where the section ends."))
}

@Test func countsLinesInsideMultilineCommentsAndColumnsInCharacters() {
    #expect(parseError("{{!\n  a note\n}}\nné {{/x}}")?.location == at(4, 4))
    #expect(parseError("\r\n\t{{/x}}")?.location == at(2, 2))
}

@Test func acceptsSpecSyntax() throws {
    let source = """
        {{! a comment }}
        {{basics.name}} {{{body}}} {{& body}}
        {{#work}}{{.}}{{/work}}{{^work}}none{{/work}}
        {{=<% %>=}}<%name%><%={{ }}=%>
        {{> footer}}
        """
    #expect(throws: Never.self) { try MustacheTemplate(source: source, file: file) }
}

@Test func listsThePartialsItIncludes() throws {
    let template = try MustacheTemplate(source: "{{> header}}{{#work}}{{> job}}{{/work}}{{> header}}", file: file)
    #expect(template.partialNames == ["header", "job"])
}
