@testable import Import
import Testing

/// The XML reader the DOCX importer reads Word's parts with: its events, and what it refuses.
@Suite struct XMLReaderTests {
    static func events(_ xml: String) throws(XMLReader.Problem) -> [XMLReader.Event] {
        var events: [XMLReader.Event] = []
        try XMLReader.read(Array(xml.utf8)) { events.append($0) }
        return events
    }

    @Test func readsElementsAttributesAndTextAsWordWritesThem() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<w:document xmlns:w=\"urn:w\"><!-- a comment --><w:body><w:p w:rsidR='00A1'>"
            + "<w:r><w:t xml:space=\"preserve\">Caf&#233; &amp; Bar &lt;&#x1F600;&gt; </w:t></w:r><w:br/>"
            + "<?mso-application progid=\"Word.Document\"?><w:t><![CDATA[a <b> & c]]></w:t></w:p></w:body></w:document>\n"
        #expect(try Self.events(xml) == [
            .start("document", attributes: ["xmlns:w": "urn:w"]),
            .start("body", attributes: [:]),
            .start("p", attributes: ["w:rsidR": "00A1"]),
            .start("r", attributes: [:]),
            .start("t", attributes: ["xml:space": "preserve"]),
            .text("Café & Bar <😀> "),
            .end("t"),
            .end("r"),
            .start("br", attributes: [:]),
            .end("br"),
            .start("t", attributes: [:]),
            .text("a <b> & c"),
            .end("t"),
            .end("p"),
            .end("body"),
            .end("document"),
        ])
    }

    @Test func readsLineEndsAndAttributeWhiteSpaceAsXMLSays() throws {
        #expect(try Self.events("<a v=\"x\ty\r\nz&#10;\">one\r\ntwo\rthree\n</a>") == [
            .start("a", attributes: ["v": "x y z\n"]),
            .text("one\ntwo\nthree\n"),
            .end("a"),
        ])
    }

    @Test(arguments: [
        ("<a><b></a>", "</a> closes no open element at line 1"),
        ("<a>\n<b>", "<b> is never closed at line 2"),
        ("<a>x & y</a>", "an '&' starts no reference at line 1"),
        ("<a>&nope;</a>", "the entity &nope; is unknown at line 1"),
        ("<a>&#1;</a>", "&#1; is not a character XML allows at line 1"),
        ("<a>\u{1}</a>", "the control character 1 is not allowed in XML at line 1"),
        ("<a/><b/>", "a second root element at line 1"),
        ("text<a/>", "text outside the root element at line 1"),
        ("<a x=\"1\" x=\"2\"/>", "<a> has the attribute x twice at line 1"),
        ("<a x=\"<\"/>", "the value of x holds a '<' at line 1"),
        ("<a x=1/>", "the value of x is not quoted at line 1"),
        ("<a x=\"1\"y=\"2\"/>", "the attributes of <a> are not separated by white space at line 1"),
        ("<!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>", "a document type declaration, which a Word document never has at line 1"),
        ("<a><!-- open", "a comment is not closed at line 1"),
        ("", "there is no root element at line 1"),
        ("<1a/>", "a name starts with '1' at line 1"),
    ])
    func refusesWhatWordRefuses(_ xml: String, _ message: String) {
        #expect(throws: XMLReader.Problem.self) { try Self.events(xml) }
        do {
            _ = try Self.events(xml)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func refusesBytesThatAreNotUTF8WithTheirLine() {
        var bytes = Array("<a>\n\n".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("</a>".utf8)
        do {
            try XMLReader.read(bytes) { _ in }
            Issue.record("read invalid UTF-8")
        } catch {
            #expect(error.description == "it is not UTF-8 at line 3")
        }
    }

    @Test func handsOverWhatCameBeforeAProblem() {
        var events: [XMLReader.Event] = []
        #expect(throws: XMLReader.Problem.self) {
            try XMLReader.read(Array("<a><b>kept</b><c></a>".utf8)) { events.append($0) }
        }
        #expect(events == [.start("a", attributes: [:]), .start("b", attributes: [:]), .text("kept"), .end("b"), .start("c", attributes: [:])])
    }
}
