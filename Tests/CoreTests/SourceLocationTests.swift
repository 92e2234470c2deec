import Core
import Foundation
import Testing

@Suite struct SourceLocationTests {
    @Test func ordersByPathNotByTheOrderPathsWereFirstSeen() {
        // Interned in this order, so an ordering by intern number would put "zeta" first.
        let later = SourceLocation(file: "zeta-\(#line).yaml", line: 1, column: 1)
        let earlier = SourceLocation(file: "alpha-\(#line).yaml", line: 9, column: 9)
        #expect(earlier < later)
        #expect(!(later < earlier))
        #expect(SourceLocation(file: "a.yaml", line: 2, column: 1) < SourceLocation(file: "a.yaml", line: 2, column: 3))
    }

    @Test func equalPlacesAreEqualWhereverTheyWereMade() {
        let name = FileName("personas/ada.md")
        let one = SourceLocation(fileName: name, line: 3, column: 1)
        let other = SourceLocation(file: "personas/" + "ada.md", line: 3, column: 1)
        #expect(one == other)
        #expect(Set([one, other]).count == 1)
        #expect(one.description == "personas/ada.md:3:1")
        #expect(SourceLocation(file: "personas/ada.md", line: 3, column: 2) != one)
    }

    @Test func encodesAsFileLineAndColumn() throws {
        let location = SourceLocation(file: "cvs/jane.yaml", line: 12, column: 5)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(location), as: UTF8.self)
        #expect(json == #"{"column":5,"file":"cvs/jane.yaml","line":12}"#)
        #expect(try JSONDecoder().decode(SourceLocation.self, from: Data(json.utf8)) == location)
    }

    @Test func keepsLinesAndColumnsPastSixteenBits() {
        // A one-line JSON Resume puts columns in the hundreds of thousands.
        var location = SourceLocation(file: "cvs/one-line.json", line: 1, column: 300_000)
        #expect(location.column == 300_000)
        location.line += 70_000
        #expect(location.line == 70_001)
        #expect(location.offset(lines: 2).line == 70_003)
    }
}
