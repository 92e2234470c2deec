import Core
import Foundation
import PDFReading
import Rendering
import Testing
import TestSupport
import Workspace

/// Persona and CV documents as PDFs: one content path (template -> Markdown -> tree -> PDF),
/// read back with Poppler the way an applicant-tracking system reads them.
@Suite struct DocumentPDFTests {
    @Test func extractedTextHasEveryWordOfTheDocumentInReadingOrder() async throws {
        let (_, workspace) = try await DocumentHarness.sample()
        for persona in ["backend-engineer", "engineering-manager", "product-designer"] {
            let markdown = try DocumentHarness.markdown(persona, in: workspace)
            let (_, file) = try DocumentHarness.pdf(persona, in: workspace)
            let expected = DocumentHarness.visibleWords(ofMarkdown: markdown)
            let actual = DocumentHarness.words(file.pages.joined(separator: "\n"))
            #expect(expected.count > 300, "\(persona)")
            let missing = DocumentHarness.firstMissingInOrder(expected, in: actual)
            #expect(missing == nil, "\(persona): word \(missing?.index ?? 0) '\(missing?.word ?? "")' is missing or out of order")
        }
    }

    @Test func compactReadsInOrderDownToItsColumns() async throws {
        let (_, workspace) = try await DocumentHarness.sample()
        let markdown = try DocumentHarness.markdown("backend-engineer", in: workspace, template: "compact")
        let (_, file) = try DocumentHarness.pdf("backend-engineer", in: workspace, template: "compact")
        let columns = try #require(markdown.range(of: "<div class=\"columns\">"))
        let expected = DocumentHarness.visibleWords(ofMarkdown: String(markdown[..<columns.lowerBound]))
        let missing = DocumentHarness.firstMissingInOrder(expected, in: DocumentHarness.words(file.pages.joined(separator: "\n")))
        #expect(missing == nil, "word \(missing?.index ?? 0) '\(missing?.word ?? "")' is missing or out of order")
    }

    @Test func metadataComesFromThePersona() async throws {
        let (_, workspace) = try await DocumentHarness.sample()
        let (_, file) = try DocumentHarness.pdf("backend-engineer", in: workspace)
        #expect(file.metadata.title == "Jane Doe – Staff Backend Engineer")
        #expect(file.metadata.author == "Jane Doe")
        #expect(file.metadata.subject == "Payments infrastructure in Go, PostgreSQL and Kafka")
        #expect(file.metadata.keywords == "backend, payments")
        #expect(file.metadata.creator == "PersonaForge")
        // Every section is a bookmark under the name.
        #expect(file.outline.first?.title == "Jane Doe")
        #expect(file.outline.first?.children.map(\.title).prefix(3) == ["Summary", "Skills", "Experience"])
    }

    @Test func fontsAreEmbeddedSubsets() async throws {
        let (_, workspace) = try await DocumentHarness.sample()
        for template in ["classic", "modern", "compact"] {
            let (bytes, file) = try DocumentHarness.pdf("backend-engineer", in: workspace, template: template)
            #expect(!file.fonts.isEmpty)
            #expect(file.fonts.allSatisfy { $0.isEmbedded && $0.isSubset }, "\(template): \(file.fonts)")
            #expect(Self.contains(bytes, "/FontFile2") || Self.contains(bytes, "/FontFile3"), "\(template)")
        }
    }

    @Test func contactAndPublicationLinksAreClickable() async throws {
        let (_, workspace) = try await DocumentHarness.sample()
        let (_, file) = try DocumentHarness.pdf("backend-engineer", in: workspace)
        let uris = Set(file.links.compactMap(\.uri))
        for uri in ["mailto:jane.doe@example.com", "https://jane-doe.example.com", "https://www.linkedin.com/in/jane-doe-example",
                    "https://github.com/janedoe-example", "https://jane-doe.example.com/talks/idempotency-keys"] {
            #expect(uris.contains(uri), "no link to \(uri) in \(uris.sorted())")
        }
        #expect(file.links.filter { $0.uri?.hasPrefix("mailto:") == true }.allSatisfy { $0.page == 0 })
    }

    @Test func privateFieldsStayOut() async throws {
        let (_, workspace) = try await DocumentHarness.sample()
        let (_, file) = try DocumentHarness.pdf("backend-engineer", in: workspace)
        let text = file.pages.joined()
        #expect(!text.contains("5550 1427"), "the phone is private in the settings")
        #expect(!text.contains("Oranienstraße"), "the address is private in the persona")
    }

    @Test func aPageBreakInTheBodyStartsANewPage() async throws {
        let (_, workspace) = try await DocumentHarness.load(Fixtures.settings + "\n" + Fixtures.janeCV + """

        -- personas/backend.md --
        ---
        title: Backend Engineer
        cv: cvs/jane.yaml
        sections: [summary, body, work]
        ---
        First page notes.

        <div class="page-break"></div>

        Second page notes.
        """)
        let (_, file) = try DocumentHarness.pdf("backend", in: workspace)
        #expect(file.pageCount == 2)
        #expect(file.pages[0].contains("First page notes.") && !file.pages[0].contains("Second page notes."))
        #expect(file.pages[1].contains("Second page notes."))
        #expect(file.pages[1].contains("Acme Pay"), "the sections after the break follow it")
        #expect(file.pages[0].contains("Page 1 of 2") && file.pages[1].contains("Page 2 of 2"))
        #expect(file.pages[1].contains("Jane Doe"), "the running header names the person")
    }

    @Test(arguments: [("de", "Seite 1 von 2", "heute"), ("fr", "Page 1 sur 2", "aujourd’hui"), ("es", "Página 1 de 2", "actualidad")])
    func pageFurnitureIsInTheDocumentsLanguage(locale: String, footer: String, present: String) async throws {
        let settings = try #require(ShippedWorkspaceTemplate.files.first { $0.path == "personaforge.yaml" }?.text)
        let (_, workspace) = try await DocumentHarness.sample(settings: settings.replacingOccurrences(of: "locale: en", with: "locale: \(locale)"))
        let (_, file) = try DocumentHarness.pdf("backend-engineer", in: workspace)
        #expect(file.pageCount == 2)
        #expect(file.pages[0].contains(footer), "\(file.pages[0].suffix(80))")
        #expect(file.pages[0].contains(present))
    }

    @Test func compactFitsTheSamplePersonasOnOnePage() async throws {
        let (_, workspace) = try await DocumentHarness.sample()
        for persona in ["backend-engineer", "engineering-manager", "product-designer"] {
            let (_, file) = try DocumentHarness.pdf(persona, in: workspace, template: "compact")
            #expect(file.pageCount == 1, "\(persona) takes \(file.pageCount) pages")
            #expect(!file.pages[0].contains("Page 1 of"), "a one-page document has no page numbers")
        }
        let (_, classic) = try DocumentHarness.pdf("backend-engineer", in: workspace, template: "classic")
        #expect(classic.pageCount == 2, "the same persona takes two pages in classic")
    }

    @Test(arguments: [("en", "Grade: 1\\.4 (very good)"), ("de", "Note: 1\\.4 (very good)"), ("fr", "Note: 1\\.4 (very good)"), ("es", "Nota: 1\\.4 (very good)")])
    func everyCVTemplateLabelsADegreesGrade(locale: String, grade: String) async throws {
        let settings = try #require(ShippedWorkspaceTemplate.files.first { $0.path == "personaforge.yaml" }?.text)
        let (_, workspace) = try await DocumentHarness.sample(settings: settings.replacingOccurrences(of: "locale: en", with: "locale: \(locale)"))
        for template in ["classic", "modern", "compact"] {
            let markdown = try DocumentHarness.markdown("backend-engineer", in: workspace, template: template)
            #expect(markdown.contains(grade), "\(template): \(markdown.components(separatedBy: "\n").filter { $0.contains("1.4") })")
        }
    }

    @Test func audiencePersonasHaveACard() async throws {
        let (_, workspace) = try await DocumentHarness.sample()
        let (_, file) = try DocumentHarness.pdf("acme-crm/it-manager", in: workspace)
        let text = file.pages.joined(separator: "\n")
        for phrase in ["Dana Whitfield", "Goals", "Pain points", "Buying style", "Their story", "Drafted from: briefs/acme-crm.yaml"] {
            #expect(text.contains(phrase), "missing \(phrase)")
        }
        #expect(file.metadata.title == "Dana Whitfield, the careful gatekeeper – IT Manager")
        #expect(file.metadata.author == "Jane Doe", "written by the workspace's owner")
    }

    @Test func theSameInputsGiveTheSameBytes() async throws {
        let (_, workspace) = try await DocumentHarness.sample()
        for template in ["classic", "modern", "compact"] {
            let first = try DocumentHarness.pdf("backend-engineer", in: workspace, template: template).bytes
            let second = try DocumentHarness.pdf("backend-engineer", in: workspace, template: template).bytes
            #expect(first == second, "\(template)")
        }
    }

    @Test func aBrokenStyleRefusesThePDFAtItsPlace() async throws {
        let (_, workspace) = try await DocumentHarness.load(TemplateStyleTests.workspace(style: "  margins: 18mm 12px"))
        let subject = try DocumentExporter.subject("backend", in: workspace)
        var refusal: Diagnostic?
        do {
            _ = try DocumentExporter.export(subject, format: .pdf, workspace: workspace, templateID: "mine")
        } catch {
            refusal = error
        }
        #expect(refusal?.description == "templates/mine/template.yaml:5:12: error: style.margins in the template 'mine': '18mm 12px' is not one, two or four lengths.")
        // Markdown does not need the style.
        #expect(try DocumentHarness.markdown("backend", in: workspace, template: "mine") == "# Jane Doe\n")
    }

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard needle.count <= bytes.count else { return false }
        return (0...(bytes.count - needle.count)).contains { start in bytes[start..<start + needle.count].elementsEqual(needle) }
    }
}
