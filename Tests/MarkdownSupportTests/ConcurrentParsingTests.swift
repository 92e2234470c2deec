import CMarkdownCharacters
import Testing
import MarkdownSupport

@Test func parsesManyDocumentsConcurrentlyWithIdenticalResults() async {
    // Strikethrough and autolinks depend on state cmark-gfm shares between parsers; a race there
    // shows up as documents that lose them, so every result must equal the serial one.
    let documents = (0..<200).map { index in
        let paragraph = "~~old~~ text www.example.com/\(index) and https://x.org, *more* text.\n\n"
        return "# Document \(index)\n\n" + String(repeating: paragraph, count: 20)
            + "| a | b |\n|---|--:|\n| \(index) | ~~x~~ |\n\n- [x] task \(index)\n"
    }
    let expected = documents.map { HTMLRenderer().render(markdown: $0) }
    let results = await withTaskGroup(of: (Int, String).self) { group in
        for (index, markdown) in documents.enumerated() {
            group.addTask { (index, HTMLRenderer().render(markdown: markdown)) }
        }
        var results = [String](repeating: "", count: documents.count)
        for await (index, html) in group { results[index] = html }
        return results
    }
    #expect(results == expected)
    #expect(results.allSatisfy { $0.contains("<del>old</del>") && $0.contains("<a href=\"http://www.example.com/") })
}

@Test func extensionCharactersArePinnedSoDocumentsFinishInParallel() {
    // The library must call CMarkdownCharacters' definition of its switch (the executable's takes
    // precedence); if a linker stopped exporting it, every document would be finished under a lock.
    let html = HTMLRenderer().render(markdown: "~~gone~~ and www.example.com\n")
    #expect(html.contains("<del>gone</del>") && html.contains("href=\"http://www.example.com\""))
    #expect(pf_markdown_characters_pinned() == 1)
}
