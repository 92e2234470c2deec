import Testing
import Core
import MarkdownSupport

@Test func splitsYAMLFromTheBody() throws {
    let split = try FrontMatter.split("---\nname: Ada\nrole: Analyst\n---\n# Body\n", file: "personas/ada.md")
    #expect(split == FrontMatter(yaml: "name: Ada\nrole: Analyst\n", yamlFirstLine: 2, body: "# Body\n", bodyFirstLine: 5))
}

@Test func bodyLinesLineUpWithTheFile() throws {
    let split = try FrontMatter.split("---\nname: Ada\n---\n\nText\n", file: "a.md")
    let document = CommonMarkConverter.parse(split.body, file: "a.md", lineOffset: split.bodyFirstLine - 1)
    #expect(document.blocks[0].range.startLine == 5)
}

@Test func handlesCRLFFiles() throws {
    let split = try FrontMatter.split("---\r\nname: Ada\r\n---\r\nBody\r\n", file: "a.md")
    #expect(split == FrontMatter(yaml: "name: Ada\r\n", yamlFirstLine: 2, body: "Body\r\n", bodyFirstLine: 4))
}

@Test func dropsAByteOrderMark() throws {
    let split = try FrontMatter.split("\u{FEFF}---\nname: Ada\n...\nBody", file: "a.md")
    #expect(split == FrontMatter(yaml: "name: Ada\n", yamlFirstLine: 2, body: "Body", bodyFirstLine: 4))
    let plain = try FrontMatter.split("\u{FEFF}# Just Markdown\n", file: "a.md")
    #expect(plain.body == "# Just Markdown\n")
}

@Test func fileWithoutFrontMatterIsAllBody() throws {
    let split = try FrontMatter.split("# Title\n---\ntext\n", file: "a.md")
    #expect(split == FrontMatter(yaml: nil, yamlFirstLine: 1, body: "# Title\n---\ntext\n", bodyFirstLine: 1))
    #expect(try FrontMatter.split("", file: "a.md") == FrontMatter(yaml: nil, yamlFirstLine: 1, body: "", bodyFirstLine: 1))
    #expect(try FrontMatter.split("----\nx\n", file: "a.md").yaml == nil)
}

@Test func emptyFrontMatterAndBodyAreAllowed() throws {
    #expect(try FrontMatter.split("---\n---\n", file: "a.md") == FrontMatter(yaml: "", yamlFirstLine: 2, body: "", bodyFirstLine: 3))
    #expect(try FrontMatter.split("---  \nname: x\n---", file: "a.md") == FrontMatter(yaml: "name: x\n", yamlFirstLine: 2, body: "", bodyFirstLine: 4))
}

@Test func reportsUnclosedFrontMatter() {
    #expect(throws: Diagnostic.error(
        at: Core.SourceLocation(file: "personas/ada.md", line: 1, column: 1), code: "front-matter-unclosed",
        "The front matter opened by '---' on line 1 is never closed.",
        hint: "Add a line containing only '---' after the last YAML line, before the Markdown body.")) {
        try FrontMatter.split("---\nname: Ada\n# Body\n", file: "personas/ada.md")
    }
}
