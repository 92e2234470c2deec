import PDFReading
import Testing
import Typesetting

@Suite struct EdgeCaseTests {
    @Test(arguments: [
        "",
        "<div class=\"quote\"></div>\n",
        "## Trailing heading\n",
        "Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutspaces https://example.com/a/very/long/path/that/does/not/break/anywhere/at/all/because/it/has/no/spaces\n",
        "| a | b |\n|---|---|\n| https://example.com/a/very/long/path/that/does/not/break/anywhere | x |\n",
        "```\n" + String(repeating: "let line = 1 // a code line that repeats\n", count: 150) + "```\n",
        "> " + String(repeating: "A long quotation that runs over many pages. ", count: 600) + "\n",
        "- \n- item\n",
        "<script>alert(1)</script>\n\n<span class=\"dates\">2020</span> alone\n",
    ])
    func oddDocumentsStillMakeReadablePDFs(_ markdown: String) throws {
        let (rendering, file) = try typeset(markdown)
        #expect(file.pageCount == rendering.pageCount)
        #expect(file.pageCount >= 1)
    }

    @Test func rawScriptTagsShowAsText() throws {
        let (_, file) = try typeset("<script>alert(1)</script>\n\nText with <img src=x onerror=alert(1)> inline.\n")
        #expect(file.pages[0].contains("<script>alert(1)</script>"))
        #expect(file.pages[0].contains("<img src=x onerror=alert(1)>"))
    }

    @Test func aLongCodeBlockSplitsAcrossPagesKeepingEveryLine() throws {
        let code = (1...150).map { "line \($0) of the listing" }.joined(separator: "\n")
        let (_, file) = try typeset("```\n\(code)\n```\n")
        #expect(file.pageCount >= 2)
        let text = file.pages.joined(separator: "\n")
        for index in [1, 75, 150] { #expect(text.contains("line \(index) of the listing")) }
    }
}
