/// Finds dates and date ranges in CV text in the forms people write them, in English, German,
/// French, Spanish and Italian: "Sep. 2013", "09/2019", "2019 – Present", "Summer 2012",
/// "Jan 2020 - Mar 2021", "since 2020", "März 2018 – heute", "de janv. 2019 à juin 2020".
///
/// A small tokenizer and grammar rather than regular expressions: it runs on every line of every
/// imported page, and must stay cheap.
enum DateParser {
    /// Every date or span in the text, left to right, not overlapping.
    static func spans(in text: String) -> [DateSpan] {
        let tokens = tokenize(text)
        var spans: [DateSpan] = []
        var index = 0
        while index < tokens.count {
            if let (span, next) = parseSpan(tokens, at: index) {
                spans.append(span)
                index = next
            } else {
                index += 1
            }
        }
        return spans
    }

    /// The first span in the text.
    static func firstSpan(in text: String) -> DateSpan? { spans(in: text).first }

    /// One date written on its own ("Sep 2019", "2019", "2019-09-01", "present" gives nil).
    static func date(_ text: String) -> String? {
        guard let span = firstSpan(in: text) else { return nil }
        return span.start
    }

    // MARK: - Tokens

    struct Token {
        enum Kind { case word, number, dash, slash, dot, comma, apostrophe, open, close, other }
        var kind: Kind
        /// Folded (lowercase, no accents) for words; digits for numbers.
        var text: String
        var start: Int
        var end: Int
        var spaceBefore: Bool
        var value: Int { Int(text) ?? -1 }
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        var space = true
        while index < characters.count {
            let character = characters[index]
            if character == " " || character == "\t" || character == "\u{A0}" {
                space = true
                index += 1
                continue
            }
            let start = index
            var kind: Token.Kind
            if character.isASCII && character.isNumber {
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                kind = .number
            } else if character.isLetter {
                while index < characters.count, characters[index].isLetter { index += 1 }
                kind = .word
            } else {
                index += 1
                switch character {
                case "-", "–", "—", "‒", "−", "~", "→": kind = .dash
                case ">" where tokens.last?.kind == .dash && !space: kind = .dash
                case "/": kind = .slash
                case ".": kind = .dot
                case ",": kind = .comma
                case "'", "’", "‘": kind = .apostrophe
                case "(", "[": kind = .open
                case ")", "]": kind = .close
                default: kind = .other
                }
                if kind == .dash, character == ">", !tokens.isEmpty {
                    // "->": one arrow.
                    tokens[tokens.count - 1].end = index
                    space = false
                    continue
                }
            }
            let raw = String(characters[start..<index])
            tokens.append(Token(kind: kind, text: kind == .word ? TextFolding.fold(raw) : raw, start: start, end: index, spaceBefore: space))
            space = false
        }
        return tokens
    }

    // MARK: - Vocabulary

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            ["january", "jan", "januar", "janner", "jaenner", "janvier", "janv", "enero", "ene", "gennaio", "genn"],
            ["february", "feb", "febr", "februar", "fevrier", "fevr", "fev", "febrero", "febbraio"],
            ["march", "mar", "marz", "maerz", "mrz", "mars", "marzo"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "magg"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug"],
            ["august", "aug", "aout", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott"],
            ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre"],
        ]
        for (month, words) in names.enumerated() { for word in words { table[word] = month + 1 } }
        return table
    }()

    /// Seasons become the month they start in, flagged as uncertain.
    static let seasons: [String: Int] = [
        "spring": 3, "fruhling": 3, "fruehling": 3, "printemps": 3, "primavera": 3,
        "summer": 6, "sommer": 6, "ete": 6, "verano": 6, "estate": 6,
        "fall": 9, "autumn": 9, "herbst": 9, "automne": 9, "otono": 9, "autunno": 9,
        "winter": 12, "hiver": 12, "invierno": 12, "inverno": 12,
    ]

    /// Words that end a span that runs on; some need a second word ("to date", "bis heute").
    static let presentWords: Set<String> = [
        "present", "current", "currently", "now", "today", "ongoing", "heute", "aktuell", "jetzt", "derzeit", "dato",
        "present", "aujourdhui", "actuel", "actuellement", "presente", "actualidad", "actual", "hoy", "oggi", "attuale",
    ]
    static let presentPairs: [[String]] = [
        ["to", "date"], ["till", "date"], ["ce", "jour"], ["la", "fecha"], ["en", "cours"], ["aujourd", "hui"], ["in", "corso"],
    ]
    static let rangeWords: Set<String> = ["to", "until", "till", "bis", "a", "au", "hasta", "al"]
    static let sinceWords: Set<String> = ["since", "seit", "depuis", "desde", "ab", "dal", "from", "von", "de", "du", "vom"]

    // MARK: - Grammar

    /// A span starting at `index`: `[since] DATE [SEP (DATE | PRESENT)]`.
    static func parseSpan(_ tokens: [Token], at index: Int) -> (DateSpan, Int)? {
        var position = index
        var sawSince = false
        if tokens[position].kind == .word, sinceWords.contains(tokens[position].text), position + 1 < tokens.count {
            sawSince = true
            position += 1
        }
        guard let (start, afterStart) = parseDate(tokens, at: position) else {
            return sawSince ? nil : parseYearlessStart(tokens, at: position)
        }
        var span = DateSpan(start: start.text, range: tokens[sawSince ? index : position].start..<tokens[afterStart - 1].end,
                            uncertainty: start.uncertainty)
        // A range separator, then an end date or a word for "now".
        var cursor = afterStart
        var sawSeparator = false
        if cursor < tokens.count {
            let token = tokens[cursor]
            if token.kind == .dash || (token.kind == .word && rangeWords.contains(token.text)) {
                sawSeparator = true
                cursor += 1
                // "bis zum", "jusqu'à", "à ce jour": skip a filler word.
                if cursor < tokens.count, tokens[cursor].kind == .word, ["zum", "jusqu", "jusque"].contains(tokens[cursor].text) {
                    cursor += 1
                    if cursor < tokens.count, tokens[cursor].kind == .apostrophe { cursor += 1 }
                    if cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].text == "a" { cursor += 1 }
                }
            } else if token.kind == .slash, cursor + 1 < tokens.count,
                      token.spaceBefore || (tokens[cursor + 1].kind == .number && [2, 4].contains(tokens[cursor + 1].text.count)) {
                // "2019 / 2020", "2019/20" (an academic year)
                sawSeparator = true
                cursor += 1
            }
        }
        if sawSeparator, cursor < tokens.count {
            if let end = presentEnd(tokens, at: cursor) {
                span.isOngoing = true
                span.range = span.range.lowerBound..<tokens[end - 1].end
                return (span, end)
            }
            if let (endDate, afterEnd) = parseDate(tokens, at: cursor, startYear: Int(start.text.prefix(4))) {
                span.end = endDate.text
                span.uncertainty = span.uncertainty ?? endDate.uncertainty
                span.range = span.range.lowerBound..<tokens[afterEnd - 1].end
                // "Jan – Mar 2021": the start took no year of its own; nothing to fix here as
                // parseDate needs a year. "2019 - 20": a two-digit end year.
                return (span, afterEnd)
            }
        }
        if sawSince, ["since", "seit", "depuis", "desde", "ab", "dal"].contains(tokens[index].text) {
            span.isOngoing = true
        } else if let seasonEnd = start.seasonEnd {
            span.end = seasonEnd
            span.uncertainty = "'\(tokens[position].text.capitalized) \(start.text.prefix(4))' names a season; it was taken as \(monthName(Int(start.text.suffix(2))!)) \(start.text.prefix(4)) to \(monthName(Int(seasonEnd.suffix(2))!)) \(seasonEnd.prefix(4))"
        }
        return (span, afterStart)
    }

    /// "Jan – Mar 2021": a month whose year comes with the end date.
    static func parseYearlessStart(_ tokens: [Token], at index: Int) -> (DateSpan, Int)? {
        guard tokens[index].kind == .word, let month = months[tokens[index].text] else { return nil }
        var cursor = index + 1
        if cursor < tokens.count, tokens[cursor].kind == .dot, !tokens[cursor].spaceBefore { cursor += 1 }
        guard cursor + 1 < tokens.count, tokens[cursor].kind == .dash || (tokens[cursor].kind == .word && rangeWords.contains(tokens[cursor].text)),
              tokens[cursor + 1].kind == .word, months[tokens[cursor + 1].text] != nil,
              let (end, after) = parseDate(tokens, at: cursor + 1) else { return nil }
        let span = DateSpan(start: format(Int(end.text.prefix(4))!, month), end: end.text,
                            range: tokens[index].start..<tokens[after - 1].end)
        return (span, after)
    }

    static func presentEnd(_ tokens: [Token], at index: Int) -> Int? {
        guard tokens[index].kind == .word else { return nil }
        if presentWords.contains(tokens[index].text) { return index + 1 }
        // "– bis heute", "- to date", "– until now"
        if rangeWords.contains(tokens[index].text) || tokens[index].text == "until", index + 1 < tokens.count, let end = presentEnd(tokens, at: index + 1) {
            return end
        }
        if index + 1 < tokens.count {
            let second = tokens[index + 1].kind == .apostrophe && index + 2 < tokens.count ? index + 2 : index + 1
            for pair in presentPairs where tokens[index].text == pair[0] && tokens[second].text == pair[1] { return second + 1 }
        }
        return nil
    }

    struct Found {
        var text: String
        var uncertainty: String?
        /// A season alone spans three months: "Summer 2014" is June to August.
        var seasonEnd: String?
    }

    /// One date at `index`, returning the index after it.
    static func parseDate(_ tokens: [Token], at index: Int, startYear: Int? = nil) -> (Found, Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        func tokenAt(_ i: Int) -> Token? { i < tokens.count ? tokens[i] : nil }
        /// A year after a month or season: "2019", "'19", ", 2019".
        func year(at i: Int) -> (Int, Int)? {
            var i = i
            if let t = tokenAt(i), t.kind == .comma || t.kind == .dot { i += 1 }
            if let t = tokenAt(i), t.kind == .apostrophe, let n = tokenAt(i + 1), n.kind == .number, n.text.count == 2, !n.spaceBefore {
                return (2000 + n.value > 2040 ? 1900 + n.value : 2000 + n.value, i + 2)
            }
            if let t = tokenAt(i), t.kind == .number, t.text.count == 4, isYear(t.value) { return (t.value, i + 1) }
            return nil
        }

        switch token.kind {
        case .word:
            if let month = months[token.text] {
                // "may" and "mar" are words too: only a month when a year follows.
                var next = index + 1
                if let t = tokenAt(next), t.kind == .dot, !t.spaceBefore { next += 1 }
                if let (y, after) = year(at: next) { return (Found(text: format(y, month)), after) }
                return nil
            }
            if let month = seasons[token.text] {
                var next = index + 1
                // "Summer semester 2012", "Sommersemester" is one word and not a season.
                if let t = tokenAt(next), t.kind == .word, ["semester", "term", "session"].contains(t.text) { next += 1 }
                if let (y, after) = year(at: next) {
                    return (Found(text: format(y, month), uncertainty: "'\(token.text.capitalized) \(y)' names a season; it was taken as \(monthName(month)) \(y)",
                                  seasonEnd: month == 12 ? format(y + 1, 2) : format(y, month + 2)), after)
                }
                return nil
            }
            // "Q3 2018": the tokenizer splits "Q" from "3".
            if token.text == "q", let number = tokenAt(index + 1), number.kind == .number, !number.spaceBefore,
               let quarter = Int(number.text), (1...4).contains(quarter), let (y, after) = year(at: index + 2) {
                return (Found(text: format(y, quarter * 3 - 2), uncertainty: "Q\(quarter) \(y) was taken as \(monthName(quarter * 3 - 2)) \(y)"), after)
            }
            return nil
        case .number:
            let value = token.value
            let digits = token.text.count
            let separator = tokenAt(index + 1)
            let second = tokenAt(index + 2)
            let joined = separator.map { !$0.spaceBefore && ($0.kind == .slash || $0.kind == .dot || $0.kind == .dash) } ?? false
                && second.map { !$0.spaceBefore && $0.kind == .number } ?? false
            if digits == 4, isYear(value) {
                if joined, let separator, let second {
                    // YYYY-MM(-DD), YYYY/MM; "2019-20" and "2019/2020" are ranges, handled by the caller.
                    if second.text.count == 2, (1...12).contains(second.value), separator.kind != .dot {
                        if let dash = tokenAt(index + 3), dash.kind == separator.kind, !dash.spaceBefore,
                           let day = tokenAt(index + 4), day.kind == .number, day.text.count == 2, !day.spaceBefore,
                           (1...31).contains(day.value) {
                            return (Found(text: format(value, second.value, day.value)), index + 5)
                        }
                        return (Found(text: format(value, second.value)), index + 3)
                    }
                }
                // A day before a month name ("15 March 2020") was consumed by the number branch below.
                return (Found(text: String(value)), index + 1)
            }
            if digits <= 2, (1...31).contains(value) {
                if joined, let separator, let second {
                    // MM/YYYY, MM.YYYY, MM-YYYY
                    if second.text.count == 4, isYear(second.value), (1...12).contains(value) {
                        return (Found(text: format(second.value, value)), index + 3)
                    }
                    // DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY
                    if second.text.count <= 2, let sep2 = tokenAt(index + 3), sep2.kind == separator.kind, !sep2.spaceBefore,
                       let third = tokenAt(index + 4), third.kind == .number, third.text.count == 4, isYear(third.value), !third.spaceBefore {
                        let a = value, b = second.value
                        if (1...12).contains(b), a > 12 || separator.kind == .dot {
                            return (Found(text: format(third.value, b, a)), index + 5)
                        }
                        if (1...12).contains(a), b > 12, b <= 31 {
                            return (Found(text: format(third.value, a, b)), index + 5)
                        }
                        if (1...12).contains(a), (1...12).contains(b) {
                            return (Found(text: format(third.value, b, a),
                                          uncertainty: "'\(a)/\(b)/\(third.value)' could be day/month or month/day; it was read as day/month"), index + 5)
                        }
                    }
                }
                // "15 March 2020", "1. Januar 2020", "15th March 2020"
                var next = index + 1
                if let t = tokenAt(next), t.kind == .dot, !t.spaceBefore { next += 1 }
                if let t = tokenAt(next), t.kind == .word, ["st", "nd", "rd", "th", "er"].contains(t.text), !t.spaceBefore { next += 1 }
                if let t = tokenAt(next), t.kind == .word, let month = months[t.text] {
                    var after = next + 1
                    if let d = tokenAt(after), d.kind == .dot, !d.spaceBefore { after += 1 }
                    if let (y, end) = year(at: after) { return (Found(text: format(y, month, value)), end) }
                }
                // "19" as the end of "2018 – 19"
                if let startYear, digits == 2, startYear % 100 < value, index > 0 {
                    return (Found(text: String(startYear / 100 * 100 + value)), index + 1)
                }
            }
            return nil
        default:
            return nil
        }
    }

    static func isYear(_ value: Int) -> Bool { (1950...2100).contains(value) }

    static func format(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> String {
        var text = String(year)
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day, let month {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if (1...days).contains(day) { text += day < 10 ? "-0\(day)" : "-\(day)" }
        }
        return text
    }

    static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
    }
}
