import Core
import Foundation
@testable import Import
import Testing
import YAMLSupport

/// JSON Resume files are validated and taken as they are; `JSONResumeWriter` gives them back.
@Suite struct JSONResumeTests {
    @Test func importsAJSONResumeAsItIs() throws {
        let bytes = Corpus.bytes("jsonresume-jane.json")
        let result = CVImporter.importCV(bytes: bytes, fileName: "resume.json")
        #expect(result.format == .jsonResume)
        #expect(result.diagnostics == [])
        #expect(result.suggestedName == "jane-doe")
        let original = try #require(try YAMLParser.parse(String(decoding: bytes, as: UTF8.self), file: "resume.json"))
        #expect(result.cv.map(PlainValue.init) == PlainValue(original))
        // Keys keep the file's order, `$schema` and `meta` included.
        #expect(result.cv?.pairs?.map { $0.key.scalarText ?? "" } == original.pairs?.map { $0.key.scalarText ?? "" })
    }

    @Test func reportsSchemaProblemsAsWarningsWithTheirPlaceAndStillImports() {
        let json = """
        {
          "basics": {"name": "Ada", "emial": "ada@example.com"},
          "work": [{"name": "Engines", "startDate": "1843-13"}]
        }
        """
        let result = CVImporter.importCV(bytes: Array(json.utf8), fileName: "ada.json")
        #expect(result.cv != nil)
        #expect(result.diagnostics == [
            .warning(at: SourceLocation(file: "ada.json", line: 2, column: 29), code: "unknown-key",
                     "unknown key 'emial' in the basics; did you mean 'email'?"),
            .warning(at: SourceLocation(file: "ada.json", line: 3, column: 45), code: "bad-date",
                     "'work[0].startDate' is '1843-13', which is not a date.",
                     hint: "Write YYYY, YYYY-MM or YYYY-MM-DD, for example 2019-09."),
        ])
    }

    @Test func aSyntaxErrorIsAnErrorWithItsPlace() {
        let result = CVImporter.importCV(bytes: Array("{\n  \"basics\": {\"name\": \"Ada\",\n}".utf8), fileName: "broken.json")
        #expect(result.cv == nil)
        #expect(result.diagnostics.map(\.code) == ["json-syntax"])
        #expect(result.diagnostics.first?.location?.file == "broken.json")
    }

    @Test func theWriterGivesTheSameJSONBack() throws {
        let bytes = Corpus.bytes("jsonresume-jane.json")
        let node = try #require(try YAMLParser.parse(String(decoding: bytes, as: UTF8.self), file: "resume.json"))
        let written = JSONResumeWriter.json(from: node)
        let original = try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary
        let again = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? NSDictionary
        #expect(original == again)
        // And YAML -> JSON -> YAML keeps every value.
        let viaYAML = try #require(try YAMLParser.parse(YAMLEmitter.emit(node), file: "cv.yaml"))
        #expect(JSONResumeWriter.json(from: viaYAML) == written)
    }

    @Test func theWriterKeepsTypesUnderTheCoreSchema() throws {
        let yaml = """
        basics:
          name: NO
          phone: "+1 555"
        meta:
          version: 1.0
          count: 0x10
          draft: true
          missing: ~
          quoted: "true"
          text: "line\\none \\"two\\""
        """
        let node = try #require(try YAMLParser.parse(yaml, file: "cv.yaml"))
        #expect(JSONResumeWriter.json(from: node) == """
        {
          "basics": {
            "name": "NO",
            "phone": "+1 555"
          },
          "meta": {
            "version": 1.0,
            "count": 16,
            "draft": true,
            "missing": null,
            "quoted": "true",
            "text": "line\\none \\"two\\""
          }
        }

        """)
    }
}
