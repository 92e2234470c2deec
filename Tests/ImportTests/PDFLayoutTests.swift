@testable import Import
import Testing

/// Reading order of PDF text: columns and sidebars do not interleave, tables read across,
/// wrapped lines join.
@Suite struct PDFLayoutTests {
    static func lines(_ name: String) -> [String] {
        CVImporter.describeLines(bytes: Corpus.bytes(name), fileName: name)
    }

    static func index(of text: String, in lines: [String]) throws -> Int {
        try #require(lines.firstIndex { $0.contains(text) }, "no line with '\(text)'")
    }

    @Test func twoColumnsAreReadOneAfterTheOther() throws {
        let lines = Self.lines("weasyprint-two-column-camille.pdf")
        // All of the left column (experience) before any of the right (education, skills).
        let lastLeft = try Self.index(of: "Conception d'une chaîne d'intégration continue avec GitLab CI.", in: lines)
        let firstRight = try Self.index(of: "FORMATION", in: lines)
        #expect(lastLeft < firstRight)
        #expect(try Self.index(of: "COMPÉTENCES", in: lines) > firstRight)
    }

    @Test func aSidebarIsReadApartFromTheMainColumn() throws {
        let lines = Self.lines("reportlab-sidebar-priya.pdf")
        let sidebar = ["CONTACT", "priya.n@example.co.uk", "SKILLS", "Roadmapping", "LANGUAGES", "CERTIFICATIONS"]
        let main = ["Priya Natarajan", "Summary", "Experience", "Launched the savings goals feature", "Education"]
        let lastSidebar = try sidebar.map { try Self.index(of: $0, in: lines) }.max()!
        let firstMain = try main.map { try Self.index(of: $0, in: lines) }.min()!
        #expect(lastSidebar < firstMain)
        #expect(lines.allSatisfy { !($0.contains("Roadmapping") && $0.contains("Summary")) })
    }

    @Test func aTableWithDatesBesideEachEntryIsReadAcross() throws {
        let lines = Self.lines("fpdf2-dates-left-marcus.pdf")
        #expect(lines.contains { $0.hasSuffix("09/2019 – Present ‖ *Senior Data Scientist, Acme Analytics Inc.") })
    }

    @Test func rightAlignedDatesStayOnTheirLine() throws {
        let lines = Self.lines("reportlab-classic-jane.pdf")
        #expect(lines.contains { $0.hasSuffix("*Ledgerly ‖ Apr 2021 – Present") })
        #expect(lines.contains { $0.hasSuffix("/Staff Backend Engineer ‖ /Berlin, Germany") })
    }

    @Test func wrappedLinesJoinAcrossLinesColumnsAndPages() throws {
        // A bullet set on two lines.
        #expect(Self.lines("reportlab-classic-jane.pdf").contains {
            $0.contains("Led the migration of card processing from a PHP monolith to Go services, cutting p99 latency from 1.8 s to 240 ms.")
        })
        // A title that wrapped beside its date, word by word in a narrow column.
        #expect(Self.lines("weasyprint-two-column-jane.pdf").contains { $0.contains("*University of Hamburg ‖ Oct 2013 – Sep 2015") })
        // A sentence cut by a page break.
        #expect(Self.lines("libreoffice-docx-table-sidebar-jane.pdf").contains {
            $0.contains("Introduced SLOs and blameless postmortems, halving the mean time to recovery.")
        })
    }

    @Test func columnsUnderAFullWidthStoryAreReadOneAfterTheOther() throws {
        // The compact template: experience across the page, then skills beside education.
        let lines = Self.lines("personaforge-compact-jane.pdf")
        #expect(lines.contains("[9.0pt gap p0 r1] • Backend: Go, Java, PostgreSQL, Kafka"))
        #expect(lines.contains("[9.5pt gap p0 r2] *Master of Science, Computer Science ‖ Oct 2013 – Sep 2015"))
        #expect(try Self.index(of: "Practices: Code review", in: lines) < Self.index(of: "*Education", in: lines))
        #expect(lines.contains { $0.hasPrefix("[9.0pt p0 r0] • Replaced cron-based label generation") })
    }

    @Test func columnsRunOnAcrossPages() throws {
        // The modern template set large: both columns continue on page 2, under the name atop it.
        let lines = Self.lines("personaforge-modern-17pt-jane.pdf")
        #expect(lines.contains("[18.5pt gap p1 r17] *Senior Backend Engineer ‖ Feb 2018 – Mar 2021"))
        #expect(lines.contains { $0.hasPrefix("[17.0pt gap p1 r18] *Practices") })
    }

    @Test func aDateOnALineOfItsOwnStaysThere() throws {
        // "University of Hamburg<br>Oct 2013 – Sep 2015" in a sidebar, the first line near its edge.
        let lines = Self.lines("personaforge-modern-jane.pdf")
        #expect(lines.contains("[9.5pt p0 r2] University of Hamburg"))
        #expect(lines.contains("[9.5pt p0 r2] Oct 2013 – Sep 2015"))
    }

    @Test func aTitleThatWrappedShortOfItsDatesJoins() throws {
        #expect(Self.lines("personaforge-modern-17pt-jane.pdf").contains("[18.5pt gap p0 r1] *Staff Backend Engineer ‖ Apr 2021 – Present"))
        // Over three lines, the dates beside the last, set close to it.
        #expect(Self.lines("personaforge-compact-17pt-camille.pdf").contains {
            $0.hasSuffix("*Diplôme d'ingénieur, informatique ‖ sept. 2011 – juil. 2016")
        })
    }

    @Test func boldAndSizeAreKept() throws {
        let lines = Self.lines("reportlab-classic-jane.pdf")
        #expect(lines.first == "[22.0pt gap p0 r0] *Jane Doe")
        #expect(lines.contains("[12.0pt gap p0 r0] *EXPERIENCE"))
    }
}
