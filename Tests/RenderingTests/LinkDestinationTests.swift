import MarkdownSupport
import Testing
@testable import Rendering

/// Addresses in template data: readable, and unable to break out of a link.
@Suite struct LinkDestinationTests {
    @Test func leavesOrdinaryAddressesAsWritten() {
        #expect(LinkDestination.encode("https://www.example.com/in/jane-doe?x=1&y=2#top") == "https://www.example.com/in/jane-doe?x=1&y=2#top")
    }

    @Test func encodesWhatCouldEndADestinationOrStartMarkup() {
        #expect(LinkDestination.encode("https://x.com/a) [b](javascript:alert(1)) *c* _d_") ==
            "https://x.com/a%29%20%5Bb%5D%28javascript:alert%281%29%29%20%2Ac%2A%20%5Fd%5F")
    }

    @Test func aHostileAddressStaysOneLink() {
        let url = LinkDestination.encode("https://x.com/a) ![img](javascript:alert(1)")
        let html = HTMLRenderer().render(markdown: "[site](\(url))")
        #expect(html.components(separatedBy: "<a ").count == 2)
        #expect(!html.contains("<img"))
        #expect(!html.contains("href=\"javascript"))
    }
}

/// A contact line shows a URL without its scheme, `www.` and trailing slashes.
@Test func contactLinesShowURLsWithoutSchemeOrWWW() {
    let cases = [
        ("https://www.example.com/", "example.com"), ("http://example.com/path//", "example.com/path"),
        ("mailto:jane@example.com", "jane@example.com"), ("www.example.com", "example.com"), ("example.com", "example.com"),
        ("https://http://x", "x"), ("https://", ""), ("///", ""), ("", ""), ("https://wwwx.example", "wwwx.example"),
        ("https://www.exämple.com/é/", "exämple.com/é"), ("HTTPS://Example.com", "HTTPS://Example.com"),
    ]
    for (url, shown) in cases { #expect(CVContext.displayURL(url) == shown, "\(url)") }
}
