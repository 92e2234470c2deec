@testable import Rendering
import Testing

@Suite struct FinishedDocumentTests {
    /// A rendered template's trailing blank lines and spaces go, and one newline ends it, whatever
    /// kind of whitespace the template left behind.
    @Test(arguments: [
        ("# Ada\n\n\n", "# Ada\n"),
        ("# Ada", "# Ada\n"),
        ("# Ada \t\r\n  \n", "# Ada\n"),
        ("Zoë\n\n", "Zoë\n"),
        ("Zoë\u{00A0}\n", "Zoë\n"),           // no-break space, which only Characters know as whitespace
        ("a\u{2003} \u{00A0}\n\n", "a\n"),     // mixed: ASCII trimmed by bytes, the rest by Characters
        ("", "\n"),
        (" \n\t", "\n"),
    ])
    func trailingWhitespace(rendered: String, expected: String) {
        let finished = SitePlanner.finished(Array(rendered.utf8))
        #expect(finished == expected)
        #expect(Array(finished.utf8) == Array(expected.utf8))
        // The bytes a document's Markdown and HTML outputs are made from: the same.
        #expect(SitePlanner.finishedBytes(Array(rendered.utf8)) == Array(expected.utf8))
    }
}
