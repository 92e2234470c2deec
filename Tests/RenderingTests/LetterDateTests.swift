import Testing
@testable import Rendering

/// The date on a letter, in the letter's language.
@Suite struct LetterDateTests {
    @Test func aDayIsWrittenAsEachLanguageWritesIt() {
        #expect(LetterContext.longDate("2025-05-12", locale: .named("en")) == "12 May 2025")
        #expect(LetterContext.longDate("2025-05-12", locale: .named("de")) == "12. Mai 2025")
        #expect(LetterContext.longDate("2025-05-12", locale: .named("fr")) == "12 mai 2025")
    }
}
