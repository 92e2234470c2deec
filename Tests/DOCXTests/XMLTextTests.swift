import Core
@testable import DOCX
import Testing

@Suite struct XMLTextTests {
    @Test func markupIsEscapedAndForbiddenCharactersDropped() {
        #expect(XMLText.escape("plain text stays as it is") == "plain text stays as it is")
        #expect(XMLText.escape("a & b < c > d \"e\"") == "a &amp; b &lt; c &gt; d \"e\"")
        #expect(XMLText.attribute("a & \"b\"\n\tc") == "a &amp; &quot;b&quot;&#10;&#9;c")
        #expect(XMLText.escape("x\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}y") == "xy")
        #expect(XMLText.escape("tab\tnewline\ncr\r") == "tab\tnewline\ncr\r")
        #expect(XMLText.escape("\u{FFFE}\u{FFFF}ok\u{FFFD}\u{E000}") == "ok\u{FFFD}\u{E000}")
        #expect(XMLText.escape("emoji 👩🏽‍💻, Hebrew שלום, Arabic مرحبا") == "emoji 👩🏽‍💻, Hebrew שלום, Arabic مرحبا")
        #expect(XMLText.clean("a\u{1}b") == "ab")
    }

    @Test func runsTurnTabsAndLineBreaksIntoElements() {
        let runs = RunFormat(baseSize: 10).runs("a\tb\r\nc\nd", monoFont: "Mono")
        #expect(runs == "<w:r><w:t xml:space=\"preserve\">a</w:t><w:tab/><w:t xml:space=\"preserve\">b</w:t><w:br/>"
            + "<w:t xml:space=\"preserve\">c</w:t><w:br/><w:t xml:space=\"preserve\">d</w:t></w:r>")
    }

    @Test func dosTimestampsAreClampedToWhatZIPCanSay() {
        #expect(ZIPWriter.Timestamp(secondsSince1970: 0) == .earliest)
        #expect(ZIPWriter.Timestamp(secondsSince1970: 315_532_800) == ZIPWriter.Timestamp(date: 33, time: 0))
        #expect(ZIPWriter.Timestamp(secondsSince1970: 4_200_000_000_0).date == UInt16(127 << 9 | 12 << 5 | 31))
        #expect(CivilTime.iso8601(951_782_400) == "2000-02-29T00:00:00Z")
    }
}

@Suite struct StrictXMLTests {
    @Test(arguments: ["<a><b></a>", "<a>x & y</a>", "<a>\u{1}</a>", "<a/><b/>", "<a x=\"1\" x=\"2\"/>", "<w:p/>",
                      "<a x=\"<\"/>", "<a>&nope;</a>", "<a>", "text<a/>", "<a x=1/>"])
    func refusesWhatWordRefuses(_ xml: String) {
        #expect(throws: StrictXML.Problem.self) { try StrictXML.check(Array(xml.utf8)) }
    }

    @Test func acceptsWellFormedXML() throws {
        try StrictXML.check(Array("<?xml version=\"1.0\"?>\n<w:a xmlns:w=\"u\" w:x='1'><!-- c --><w:b>&amp;&#x1F600;é</w:b><c/></w:a>\n".utf8))
    }
}
