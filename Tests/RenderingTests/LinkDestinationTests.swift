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
