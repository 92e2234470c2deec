@testable import DOCX
#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import Import
import MarkdownSupport
import Testing

/// The ZIP and OPC layer: the parts, their content types and relationships, properties, and bytes
/// that do not change from one run to the next.
@Suite struct PackageTests {
    @Test func thePackageHoldsEveryPartInAFixedOrderAndEachParses() throws {
        let (_, package) = try docx(kitchenSink, headerName: "Zoë Ünlü")
        #expect(package.names == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
            "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml",
            "word/settings.xml", "word/fontTable.xml", "word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml",
        ])
        for name in package.names { _ = try package.xml(name) }
        // Every part has a content type, and every internal relationship points at a part.
        let types = try package.text("[Content_Types].xml")
        for name in package.names where name.hasPrefix("word/") && !name.hasSuffix(".rels") {
            #expect(types.contains("PartName=\"/\(name)\""), "no content type for \(name)")
        }
        for relationship in try package.relationships().values where !relationship.external {
            #expect(package.names.contains("word/" + relationship.target), "\(relationship.target) is missing")
        }
        let root = try package.xml("_rels/.rels").rootElement()!.descendants("Relationship").map { $0["Target"] }
        #expect(root == ["word/document.xml", "docProps/core.xml", "docProps/app.xml"])
    }

    @Test func coreAndAppPropertiesCarryTheMetadata() throws {
        let metadata = DOCXMetadata(title: "Jane Doe – CV", author: "Jane Doe", subject: "Staff Backend Engineer",
                                    keywords: "Go, PostgreSQL, payments", language: "en-GB", creationDate: 1_714_998_896)
        let (_, package) = try docx("# Jane Doe", metadata: metadata)
        let core = try package.xml("docProps/core.xml").rootElement()!
        #expect(core.child("dc:title")?.stringValue == "Jane Doe – CV")
        #expect(core.child("dc:creator")?.stringValue == "Jane Doe")
        #expect(core.child("dc:subject")?.stringValue == "Staff Backend Engineer")
        #expect(core.child("cp:keywords")?.stringValue == "Go, PostgreSQL, payments")
        #expect(core.child("dc:language")?.stringValue == "en-GB")
        #expect(core.child("dcterms:created")?.stringValue == "2024-05-06T12:34:56Z")
        #expect(core.child("dcterms:modified")?.stringValue == "2024-05-06T12:34:56Z")
        #expect(try package.xml("docProps/app.xml").rootElement()!.child("Application")?.stringValue == "PersonaForge")
        #expect(try package.text("word/styles.xml").contains("<w:lang w:val=\"en-GB\"/>"))
        // Absent values leave no empty elements behind.
        let bare = try docx("x", metadata: DOCXMetadata(creationDate: 0)).package
        let bareCore = try bare.xml("docProps/core.xml").rootElement()!
        #expect(bareCore.child("dc:title") == nil && bareCore.child("dc:creator") == nil)
        #expect(bareCore.child("dcterms:created")?.stringValue == "1970-01-01T00:00:00Z")
    }

    @Test func theSameInputGivesTheSameBytes() async throws {
        let document = CommonMarkConverter.parse(kitchenSink, file: "cv.md")
        let metadata = DOCXMetadata(title: "Zoë", creationDate: 1_700_000_000)
        let first = try DOCXWriter.render(document, metadata: metadata, headerName: "Zoë")
        // Also from many tasks at once: nothing shared, nothing ordered by chance.
        let others = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 { group.addTask { try DOCXWriter.render(document, metadata: metadata, headerName: "Zoë") } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(others.allSatisfy { $0 == first })
        let changed = try DOCXWriter.render(CommonMarkConverter.parse(kitchenSink + "\nOne more word.", file: "cv.md"), metadata: metadata, headerName: "Zoë")
        #expect(changed != first)
    }

    @Test func zipEntriesHaveOneTimestampAndNoExtraFields() throws {
        func headers(_ bytes: [UInt8]) -> [(time: Int, date: Int, extra: Int)] {
            var found: [(Int, Int, Int)] = []
            var offset = 0
            while offset + 30 <= bytes.count, bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
                func u16(_ at: Int) -> Int { Int(bytes[offset + at]) | Int(bytes[offset + at + 1]) << 8 }
                func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
                found.append((u16(10), u16(12), u16(28)))
                offset += 30 + u16(26) + u16(28) + u32(18)
            }
            return found
        }
        let document = CommonMarkConverter.parse("# Name\n\nText.", file: "cv.md")
        let plain = headers(try DOCXWriter.render(document))
        #expect(plain.count == 12)
        // 1980-01-01 00:00 when nothing else is asked: DOS date (0 << 9 | 1 << 5 | 1), time 0.
        #expect(plain.allSatisfy { $0.time == 0 && $0.date == 33 && $0.extra == 0 })
        // 2024-05-06 12:34:56 UTC.
        let dated = headers(try DOCXWriter.render(document, metadata: DOCXMetadata(creationDate: 1_714_998_896)))
        #expect(dated.allSatisfy { $0.date == (44 << 9 | 5 << 5 | 6) && $0.time == (12 << 11 | 34 << 5 | 28) })
    }

    @Test func theNameRunsAtopPagesAfterTheFirstAndThePageLabelAtTheFootOfEvery() throws {
        var style = DOCXStyle()
        style.pageLabel = "Seite {page} von {pages}"
        let (_, package) = try docx("# Jane Doe\n\nText.", style: style, headerName: "Jane Doe")
        let section = try #require(try package.document.rootElement()!.descendants("w:sectPr").first)
        #expect(section.child("w:titlePg") != nil)
        // Follow the section's references to the parts, as Word does: `first` is page 1's.
        let relationships = try package.xml("word/_rels/document.xml.rels").rootElement()!.descendants("Relationship")
        func part(_ reference: XMLElement) throws -> XMLElement {
            let target = try #require(relationships.first { $0["Id"] == reference["r:id"] }?["Target"])
            return try package.xml("word/" + target).rootElement()!
        }
        let headers = section.descendants("w:headerReference"), footers = section.descendants("w:footerReference")
        #expect(headers.map { $0["w:type"] } == ["default", "first"])
        #expect(footers.map { $0["w:type"] } == ["default", "first"])
        #expect(DOCXPackage.text(of: try part(headers[0])) == "Jane Doe\n")
        #expect(DOCXPackage.text(of: try part(headers[1])) == "\n")
        for footer in try footers.map(part) {
            #expect(footer.descendants("w:instrText").map { $0.stringValue?.trimmingCharacters(in: .whitespaces) } == ["PAGE", "NUMPAGES"])
            #expect(DOCXPackage.text(of: footer) == "Seite 2 von 2\n")
        }

        style.showsFooter = false
        let bare = try docx("Text.", style: style).package
        #expect(!bare.names.contains { $0.contains("header") || $0.contains("footer") })
        #expect(try bare.document.rootElement()!.descendants("w:titlePg").isEmpty)
    }

    @Test func theProjectsOwnImporterReadsTheCVBack() throws {
        let (rendering, _) = try docx(sampleCV, headerName: "Jane Doe")
        let result = CVImporter.importCV(bytes: rendering.bytes, fileName: "jane.docx")
        #expect(!result.failed, "\(result.diagnostics)")
        #expect(result.format == .docx)
        for expected in ["name: Jane Doe", "email: jane.doe@example.com", "name: Ledgerly", "name: Cartwheel Commerce", "name: Parcelwise",
                         "startDate: \"2021-04\"", "endDate: \"2021-03\"", "institution: University of Hamburg", "location: Hamburg, Germany",
                         "- Mentored four junior engineers; two of them now lead teams at Cartwheel.", "fluency: Native speaker",
                         "position: Staff Backend Engineer, Payments Platform (Tech Lead)"] {
            #expect(result.yaml.contains(expected), "the imported CV lacks '\(expected)'")
        }
    }
}
