import Foundation
import Testing
@testable import MarkdownSupport

/// Markdown nesting thousands deep (quotes in quotes, emphasis in emphasis, lists in lists) is
/// read and rendered without overrunning a thread's stack: what lies below the nesting limit
/// is kept as text.
@Suite struct DeepNestingTests {
    static let depth = 20_000
    static let markdown = String(repeating: "> ", count: depth) + "deep quote\n\n"
        + String(repeating: "*", count: depth) + "strong text" + String(repeating: "*", count: depth) + "\n\n"
        + (0..<3_000).map { String(repeating: "  ", count: $0) + "- item \($0)\n" }.joined() + "\n"
        + String(repeating: "[", count: depth) + "bracketed" + String(repeating: "]", count: depth) + "\n"

    @Test func theHTMLKeepsTheTextAndStopsNestingAtTheLimit() {
        let html = HTMLRenderer().render(markdown: Self.markdown)
        #expect(html.contains("deep quote"))
        #expect(html.contains("strong text"))
        #expect(html.contains("item 2999"))
        #expect(html.contains("bracketed"))
        let quotes = html.components(separatedBy: "<blockquote>").count - 1
        #expect(quotes < CommonMarkConverter.maximumNesting && quotes > CommonMarkConverter.maximumNesting - 5)
    }

    @Test func theTreeKeepsTheTextAndStopsNestingAtTheLimit() {
        let document = CommonMarkConverter.parse(Self.markdown, file: "deep.md")
        let text = document.plainText
        for phrase in ["deep quote", "strong text", "item 2999", "bracketed"] { #expect(text.contains(phrase), "\(phrase)") }
        #expect(Self.depth(of: document.blocks) <= CommonMarkConverter.maximumNesting + 1)
    }

    static func depth(of blocks: [MarkdownBlock]) -> Int {
        blocks.map { block in
            switch block.kind {
            case .blockQuote(let inner): 1 + depth(of: inner)
            case .list(let list): 2 + (list.items.map { depth(of: $0.blocks) }.max() ?? 0)
            default: 1
            }
        }.max() ?? 0
    }
}
