@testable import Import
import Testing

/// Dates as people write them, in five languages, to JSON Resume dates.
@Suite struct DateParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var start: String?
        var end: String?
        var ongoing = false
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Sep. 2013", start: "2013-09"),
        Case(text: "09/2019", start: "2019-09"),
        Case(text: "9/2019 – 3/2021", start: "2019-09", end: "2021-03"),
        Case(text: "2019 – Present", start: "2019", ongoing: true),
        Case(text: "2019-2020", start: "2019", end: "2020"),
        Case(text: "2018 – 19", start: "2018", end: "2019"),
        Case(text: "Jan 2020 - Mar 2021", start: "2020-01", end: "2021-03"),
        Case(text: "January 2020 to March 2021", start: "2020-01", end: "2021-03"),
        Case(text: "Jan – Mar 2021", start: "2021-01", end: "2021-03"),
        Case(text: "Summer 2012", start: "2012-06", end: "2012-08"),
        Case(text: "Fall 2019 – Spring 2020", start: "2019-09", end: "2020-03"),
        Case(text: "since 2020", start: "2020", ongoing: true),
        Case(text: "Since March 2020", start: "2020-03", ongoing: true),
        Case(text: "2019-05 – 2021-11", start: "2019-05", end: "2021-11"),
        Case(text: "2019/09 - now", start: "2019-09", ongoing: true),
        Case(text: "15 March 2020", start: "2020-03-15"),
        Case(text: "Q3 2018", start: "2018-07"),
        Case(text: "Oct. '19 – Dec. '20", start: "2019-10", end: "2020-12"),
        // German
        Case(text: "März 2018 – heute", start: "2018-03", ongoing: true),
        Case(text: "10/2015 – 02/2018", start: "2015-10", end: "2018-02"),
        Case(text: "seit 03/2020", start: "2020-03", ongoing: true),
        Case(text: "01.02.2020 - 31.12.2021", start: "2020-02-01", end: "2021-12-31"),
        Case(text: "Okt. 2012 bis Sept. 2015", start: "2012-10", end: "2015-09"),
        Case(text: "03/2018 – bis heute", start: "2018-03", ongoing: true),
        // French
        Case(text: "janv. 2019 – aujourd'hui", start: "2019-01", ongoing: true),
        Case(text: "févr. 2016 – juil. 2016", start: "2016-02", end: "2016-07"),
        Case(text: "depuis 2020", start: "2020", ongoing: true),
        Case(text: "de septembre 2016 à décembre 2018", start: "2016-09", end: "2018-12"),
        // Spanish and Italian
        Case(text: "ene. 2020 – actualidad", start: "2020-01", ongoing: true),
        Case(text: "desde marzo 2017", start: "2017-03", ongoing: true),
        Case(text: "marzo 2017 – diciembre 2019", start: "2017-03", end: "2019-12"),
        Case(text: "settembre 2015 – oggi", start: "2015-09", ongoing: true),
    ]

    @Test(arguments: cases)
    func readsTheSpan(_ example: Case) throws {
        let span = try #require(DateParser.firstSpan(in: example.text))
        #expect(span.start == example.start)
        #expect(span.endDate == example.end)
        #expect(span.isOngoing == example.ongoing)
    }

    @Test func findsTheSpanInsideAHeadingAndWhereItIs() throws {
        let text = "Senior Engineer, Acme (Jan 2020 – Present)"
        let span = try #require(DateParser.firstSpan(in: text))
        #expect(span.start == "2020-01")
        #expect(span.isOngoing)
        #expect(EntryParser.removing(span.range, from: text) == "Senior Engineer, Acme")
    }

    @Test func leavesNumbersThatAreNotDatesAlone() {
        for text in ["+49 30 5550 1427", "Handled 5,000 requests per second", "Grew the team by 12 people", "May I help",
                     "March forward", "10999 Berlin", "A 3.4 % rise", "Room 101"] {
            #expect(DateParser.spans(in: text) == [], "\(text)")
        }
    }

    @Test func flagsGuessesAsUncertain() throws {
        #expect(try #require(DateParser.firstSpan(in: "Summer 2012")).uncertainty == "'Summer 2012' names a season; it was taken as June 2012 to August 2012")
        #expect(try #require(DateParser.firstSpan(in: "04/05/2020")).uncertainty != nil)
        #expect(try #require(DateParser.firstSpan(in: "13/05/2020")).uncertainty == nil)
    }
}
