import Core
import Testing

/// Files saved on Windows end lines with CRLF, which Swift reads as one Character.
@Suite struct SourceLinesTests {
    @Test func splitsAtLFAndCRLFAlike() {
        #expect("a\nb\r\nc".sourceLines == ["a", "b", "c"])
        #expect("a\r\n\r\nb\r\n".sourceLines == ["a", "", "b", ""])
        #expect("one line".sourceLines == ["one line"])
        #expect("".sourceLines == [""])
        // A lone CR is not a line end (nor is it for the YAML and Markdown line numbers).
        #expect("a\rb".sourceLines == ["a\rb"])
    }

    @Test func aDiagnosticInACRLFFileShowsItsLineAndCaret() {
        let text = "---\r\ntitle: X\r\nnmae: y\r\n---\r\n"
        let formatter = DiagnosticFormatter(source: { _ in text })
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "personas/ada.md", line: 3, column: 1), code: "unknown-key", "unknown key 'nmae'")
        #expect(formatter.format(diagnostic) == "personas/ada.md:3:1: error: unknown key 'nmae'\nnmae: y\n^")
    }
}
