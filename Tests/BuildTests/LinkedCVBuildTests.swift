@testable import Build
import Core
import Foundation
import Testing
import TestSupport

/// A persona naming a PDF as its CV: the build imports it as a step, once per content.
@Suite struct LinkedCVBuildTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/cv-corpus").path

    static func fixture(_ name: String) throws -> [UInt8] {
        try #require(FileSystem.read(corpus + "/" + name), "missing fixture \(name)")
    }

    static let persona = """
    -- personas/marcus.md --
    ---
    title: Data Scientist
    cv: cvs/marcus.pdf
    ---
    Forecasting.
    """

    func harness() throws -> BuildHarness {
        let harness = try BuildHarness([Fixtures.settings, Self.persona].joined(separator: "\n"))
        try harness.workspace.writeBytes("cvs/marcus.pdf", try Self.fixture("fpdf2-dates-left-marcus.pdf"))
        return harness
    }

    @Test func aPersonaBuildsFromTheTextOfItsPDF() async throws {
        let harness = try harness()
        let report = try await harness.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let document = try #require(harness.output("personas/marcus.md"))
        #expect(document.contains("Marcus Chen"))
        #expect(document.contains("marcus.chen@example.com"))
        // The imported CV gets a page like any other, and is cached for the next build.
        #expect(harness.output("cvs/marcus.html")?.contains("Marcus Chen") == true)
        let cached = harness.workspace.tree(".personaforge/imports")
        #expect(cached.count == 1)
        #expect(cached.values.first.map { String(decoding: $0, as: UTF8.self) }?.contains("name: Marcus Chen") == true)
    }

    @Test func anUnchangedPDFIsNotImportedOrRenderedAgain() async throws {
        let harness = try harness()
        _ = try await harness.build()
        let cacheFile = ".personaforge/imports/" + (try #require(harness.workspace.tree(".personaforge/imports").keys.first))
        // A cached import is read back: poison its text and the output shows the cache was used.
        let poisoned = try #require(harness.workspace.read(cacheFile)).replacingOccurrences(of: "Marcus Chen", with: "Marcus Cached")
        try harness.workspace.write(cacheFile, poisoned)
        try harness.workspace.write("personas/marcus.md", Self.persona.split(separator: "\n", maxSplits: 1)[1].replacingOccurrences(of: "Forecasting.", with: "Forecasting, again."))
        let again = try await harness.build()
        #expect(again.rendered.contains("personas/marcus.md"))
        #expect(harness.output("personas/marcus.md")?.contains("Marcus Cached") == true)
        let third = try await harness.build()
        #expect(third.rendered == [])
    }

    @Test func aChangedPDFIsImportedAgainAndItsPersonaRerendered() async throws {
        let harness = try harness()
        _ = try await harness.build()
        try harness.workspace.writeBytes("cvs/marcus.pdf", try Self.fixture("fpdf2-dates-left-tom.pdf"))
        let again = try await harness.build()
        #expect(again.rendered.contains("personas/marcus.md"))
        #expect(again.rendered.contains("index.html"))
        #expect(harness.output("personas/marcus.md")?.contains("Marcus Chen") == false)
        #expect(harness.workspace.tree(".personaforge/imports").count == 2)
    }

    @Test func anEncryptedPDFIsAnErrorAtThePersonasCVLine() async throws {
        let harness = try BuildHarness([Fixtures.settings, Self.persona].joined(separator: "\n"))
        try harness.workspace.writeBytes("cvs/marcus.pdf", try Self.fixture("bad/encrypted.pdf"))
        let report = try await harness.build()
        #expect(!report.succeeded)
        let error = try #require(report.diagnostics.first { $0.code == "cv-import-failed" })
        #expect(error.location?.file == "personas/marcus.md")
        #expect(error.location?.line == 3)
        #expect(error.message.contains("cvs/marcus.pdf"))
        #expect(harness.output("personas/marcus.md") == nil)
        #expect(harness.workspace.tree(".personaforge/imports").isEmpty)
    }
}
