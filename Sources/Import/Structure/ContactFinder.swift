/// Recognises contact details in a CV's header: email, phone, web addresses and profiles
/// (LinkedIn, GitHub, ...), and a location ("Berlin, Germany", "10999 Berlin").
enum ContactFinder {
    enum Item: Sendable, Hashable {
        case email(String)
        case phone(String)
        case website(String)
        case profile(network: String, username: String, url: String)
        case location(Location)
    }

    struct Location: Sendable, Hashable {
        var address: String?
        var postalCode: String?
        var city: String?
        var region: String?
        var countryCode: String?
        /// The region is a two-letter code that is also a country's ("Berlin, DE": Delaware or
        /// Germany); the rest of the CV decides (`BasicsCollector`).
        var regionMayBeCountry = false
    }

    /// Splits a contact line into its pieces: "jane@x.com | +49 30 123 | Berlin, Germany".
    static func pieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let separators: Set<Character> = ["|", "•", "·", "⋅", "◦", "●", "▪", "♦", "◆", "■", "✉", "☎", "✆", "📞", "📧", "🌐", "📍", "⌂", "\u{F0B7}", "\u{F02A}", "\u{F0A7}"]
            if separators.contains(character) {
                pieces.append(current)
                current = ""
            } else if character == "/", index > 0, index + 1 < characters.count, characters[index - 1] == " ", characters[index + 1] == " " {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
            index += 1
        }
        pieces.append(current)
        return pieces.map { TextFolding.clean($0) }.filter { !$0.isEmpty }
    }

    static let labels: [String] = [
        "e-mail", "email", "mail", "courriel", "correo", "phone", "tel.", "tel", "telephone", "téléphone", "telefon",
        "teléfono", "telefono", "mobile", "mobil", "handy", "cell", "portable", "móvil", "movil", "web", "website",
        "homepage", "site", "sitio web", "portfolio", "address", "adresse", "dirección", "direccion", "indirizzo",
        "location", "wohnort", "ort", "linkedin", "github", "gitlab", "twitter", "xing",
    ]

    /// A piece without its label: "Tel.: +49 30 1234" -> "+49 30 1234", and the label.
    static func unlabelled(_ piece: String) -> (label: String?, value: String) {
        guard let colon = piece.firstIndex(of: ":") else { return (nil, piece) }
        let label = piece[..<colon].trimmed().lowercased()
        guard labels.contains(label) else { return (nil, piece) }
        let rest = piece[piece.index(after: colon)...]
        if rest.hasPrefix("//") { return (nil, piece) }
        return (label, rest.trimmed())
    }

    /// What one piece is, if it is contact data.
    static func classify(_ piece: String) -> Item? {
        let (label, value) = unlabelled(piece)
        guard !value.isEmpty else { return nil }
        if let email = email(in: value), email.count >= value.count - 8 { return .email(email) }
        if let url = webAddress(in: value), url.text.count >= value.count - 2 { return classifyURL(url.text) }
        if let label, ["linkedin", "github", "gitlab", "twitter", "xing"].contains(label), !value.contains(" ") {
            let network = ["linkedin": "LinkedIn", "github": "GitHub", "gitlab": "GitLab", "twitter": "Twitter", "xing": "XING"][label]!
            let user = value.hasPrefix("@") ? String(value.dropFirst()) : value
            return .profile(network: network, username: user, url: profileURL(network: network, username: user) ?? "")
        }
        if let phone = phone(value, labelled: label != nil) { return .phone(phone) }
        if let location = location(value, codes: true) { return .location(location) }
        return nil
    }

    // MARK: - Email

    static func email(in text: String) -> String? {
        let characters = Array(text)
        guard let at = characters.firstIndex(of: "@") else { return nil }
        func localChar(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "._%+-".contains(c)) }
        func domainChar(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || ".-".contains(c)) }
        var start = at
        while start > 0, localChar(characters[start - 1]) { start -= 1 }
        var end = at + 1
        while end < characters.count, domainChar(characters[end]) { end += 1 }
        while end > at + 1, characters[end - 1] == "." || characters[end - 1] == "-" { end -= 1 }
        guard start < at, end > at + 1 else { return nil }
        let domain = String(characters[(at + 1)..<end])
        guard domain.contains("."), let tld = domain.split(separator: ".").last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return nil }
        let local = characters[start..<at]
        guard local.first != ".", local.last != "." else { return nil }
        return String(characters[start..<end])
    }

    // MARK: - Web addresses

    static let topLevelDomains: Set<String> = [
        "com", "org", "net", "io", "dev", "de", "fr", "es", "it", "uk", "co", "me", "app", "page", "site", "info", "eu",
        "ch", "at", "nl", "be", "us", "ai", "tech", "xyz", "blog", "pt", "pl", "se", "dk", "no", "fi", "ie", "ca",
        "mx", "ar", "br", "in", "au", "jp", "cz", "lu", "online", "cloud", "design", "codes", "work", "pro", "name",
        "email", "link", "im", "tv", "cc", "to", "sh", "gg", "ly", "so",
    ]

    /// A web address in the text: with a scheme, `www.`, or a host with a known top-level domain.
    static func webAddress(in text: String) -> (text: String, range: Range<String.Index>)? {
        for word in text.split(separator: " ") {
            var candidate = word
            while let last = candidate.last, ".,;:)]>\"'".contains(last) { candidate = candidate.dropLast() }
            while let first = candidate.first, "(<[\"'".contains(first) { candidate = candidate.dropFirst() }
            guard candidate.count >= 4, !candidate.contains("@") || candidate.contains("/@") || candidate.hasPrefix("http") else { continue }
            let lower = candidate.lowercased()
            if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
                return (String(candidate), candidate.startIndex..<candidate.endIndex)
            }
            let host = lower.hasPrefix("www.") ? lower.dropFirst(4) : lower[...]
            let hostPart = host.split(separator: "/", maxSplits: 1).first ?? host
            let labels = hostPart.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
                  let tld = labels.last, topLevelDomains.contains(String(tld)) else { continue }
            // "Node.js", "ASP.NET": a host is written in lowercase, or starts with www.
            let original = candidate.split(separator: "/", maxSplits: 1).first ?? candidate
            if !lower.hasPrefix("www."), original != original.lowercased() { continue }
            if !lower.hasPrefix("www."), !lower.contains("/"), labels.count == 2, labels[0].count < 2 { continue }
            return (String(candidate), candidate.startIndex..<candidate.endIndex)
        }
        return nil
    }

    static func normalizedURL(_ text: String) -> String {
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return text }
        return "https://" + text
    }

    /// A profile for a known network's address, or the person's website.
    static func classifyURL(_ text: String) -> Item {
        let url = normalizedURL(text)
        let withoutScheme = url.drop(while: { $0 != "/" }).dropFirst(2)
        var host = withoutScheme.split(separator: "/").first.map { $0.lowercased() } ?? ""
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let path = withoutScheme.split(separator: "/").dropFirst().map(String.init).filter { !$0.isEmpty }
        let networks: [(String, String)] = [
            ("linkedin.com", "LinkedIn"), ("github.com", "GitHub"), ("gitlab.com", "GitLab"), ("twitter.com", "Twitter"),
            ("x.com", "X"), ("stackoverflow.com", "Stack Overflow"), ("xing.com", "XING"), ("medium.com", "Medium"),
            ("behance.net", "Behance"), ("dribbble.com", "Dribbble"), ("orcid.org", "ORCID"),
            ("scholar.google.com", "Google Scholar"), ("bitbucket.org", "Bitbucket"), ("youtube.com", "YouTube"),
            ("instagram.com", "Instagram"), ("kaggle.com", "Kaggle"), ("researchgate.net", "ResearchGate"),
        ]
        for (domain, network) in networks where host == domain || host.hasSuffix("." + domain) {
            var username = ""
            switch network {
            case "LinkedIn": username = path.count >= 2 && ["in", "pub"].contains(path[0]) ? path[1] : path.last ?? ""
            case "Stack Overflow": username = path.count >= 3 ? path[2] : path.last ?? ""
            case "XING": username = path.count >= 2 && path[0] == "profile" ? path[1] : path.last ?? ""
            case "Medium": username = path.first.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 } ?? ""
            default: username = path.first ?? ""
            }
            return .profile(network: network, username: username, url: url)
        }
        return .website(url)
    }

    static func profileURL(network: String, username: String) -> String? {
        guard !username.isEmpty, !username.contains(" ") else { return nil }
        switch network.lowercased() {
        case "linkedin": return "https://www.linkedin.com/in/\(username)"
        case "github": return "https://github.com/\(username)"
        case "gitlab": return "https://gitlab.com/\(username)"
        case "twitter": return "https://twitter.com/\(username)"
        case "x": return "https://x.com/\(username)"
        case "xing": return "https://www.xing.com/profile/\(username)"
        case "orcid": return "https://orcid.org/\(username)"
        case "stackoverflow", "stack overflow": return "https://stackoverflow.com/users/\(username)"
        case "medium": return "https://medium.com/@\(username)"
        case "instagram": return "https://instagram.com/\(username)"
        case "youtube": return "https://youtube.com/@\(username)"
        case "researchgate": return "https://www.researchgate.net/profile/\(username)"
        case "google scholar", "googlescholar": return "https://scholar.google.com/citations?user=\(username)"
        case "bitbucket": return "https://bitbucket.org/\(username)"
        case "kaggle": return "https://kaggle.com/\(username)"
        default: return nil
        }
    }

    // MARK: - Phone

    /// A phone number written alone: 7 to 15 digits with the usual punctuation, not a date range.
    static func phone(_ text: String, labelled: Bool) -> String? {
        let value = text.trimmed()
        var digits = 0
        for character in value {
            if character.isASCII && character.isNumber { digits += 1 } else if !" +()./-–".contains(character) { return nil }
        }
        guard (7...15).contains(digits) else { return nil }
        if !DateParser.spans(in: value).isEmpty, !value.hasPrefix("+"), !value.hasPrefix("0"), !value.hasPrefix("(") {
            // "2019 - 2021", "09/2019": a date, unless it starts the way phone numbers do.
            let groups = value.split(whereSeparator: { !$0.isNumber })
            if groups.contains(where: { $0.count == 4 && DateParser.isYear(Int($0) ?? 0) }) { return nil }
        }
        guard labelled || value.hasPrefix("+") || value.hasPrefix("0") || value.hasPrefix("(") || digits >= 9 else { return nil }
        return value
    }

    // MARK: - Location

    static let countries: [String: String] = {
        var table: [String: String] = [:]
        let lists: [(String, [String])] = [
            ("DE", ["germany", "deutschland", "allemagne", "alemania", "germania"]),
            ("FR", ["france", "frankreich", "francia"]),
            ("ES", ["spain", "spanien", "espagne", "espana"]),
            ("IT", ["italy", "italien", "italie", "italia"]),
            ("GB", ["united kingdom", "uk", "england", "scotland", "wales", "grossbritannien", "royaume uni", "reino unido", "great britain"]),
            ("US", ["united states", "usa", "u s a", "us", "vereinigte staaten", "etats unis", "estados unidos", "united states of america"]),
            ("NL", ["netherlands", "the netherlands", "niederlande", "pays bas", "paises bajos", "holland"]),
            ("CH", ["switzerland", "schweiz", "suisse", "suiza", "svizzera"]),
            ("AT", ["austria", "osterreich", "autriche"]),
            ("BE", ["belgium", "belgien", "belgique", "belgica"]),
            ("PT", ["portugal"]), ("IE", ["ireland", "irland", "irlande", "irlanda"]),
            ("PL", ["poland", "polen", "pologne", "polonia"]), ("SE", ["sweden", "schweden", "suede", "suecia"]),
            ("DK", ["denmark", "danemark", "dinamarca"]), ("NO", ["norway", "norwegen", "norvege", "noruega"]),
            ("FI", ["finland", "finnland", "finlande", "finlandia"]), ("CA", ["canada", "kanada"]),
            ("MX", ["mexico"]), ("AR", ["argentina", "argentinien"]), ("BR", ["brazil", "brasil", "brasilien", "bresil"]),
            ("IN", ["india", "indien", "inde"]), ("AU", ["australia", "australien", "australie"]),
            ("JP", ["japan", "japon"]), ("CN", ["china", "chine"]), ("CL", ["chile", "chili"]),
            ("CO", ["colombia", "kolumbien", "colombie"]), ("CZ", ["czech republic", "czechia", "tschechien"]),
            ("LU", ["luxembourg", "luxemburg"]), ("GR", ["greece", "griechenland", "grece", "grecia"]),
        ]
        for (code, names) in lists { for name in names { table[name] = code } }
        return table
    }()

    static let usStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ]

    static func countryCode(_ text: String) -> String? {
        countries[Vocabulary.words(text).joined(separator: " ")]
    }

    /// ISO 3166-1 alpha-2: how PersonaForge's own contact line writes a country ("Berlin, DE").
    static let countryCodes: Set<String> = Set("""
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
        FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
        JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO
        MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
        PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
        TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// "Berlin, Germany", "Austin, TX", "10999 Berlin", "Oranienstraße 24, 10999 Berlin"; with
    /// `codes`, a country as its code too ("Lyon, FR"), which only a contact line can risk: in an
    /// entry's heading "Manager, HR" is no place in Croatia.
    static func location(_ text: String, codes: Bool = false) -> Location? {
        let value = text.trimmed()
        guard value.count <= 80, !value.contains("@"), value.first?.isLetter == true || value.first?.isNumber == true else { return nil }
        // "Services, Mar 2022" is a date, not a place with a postal code.
        if DateParser.firstSpan(in: value) != nil { return nil }
        let parts = value.split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
        guard (1...4).contains(parts.count) else { return nil }
        var location = Location()
        var rest = parts
        if rest.count >= 2, let code = countryCode(rest.last!)
            ?? (codes && countryCodes.contains(rest.last!) && !usStates.contains(rest.last!) ? rest.last! : nil) {
            location.countryCode = code
            rest.removeLast()
        } else if rest.count == 1, let code = countryCode(rest[0]) {
            location.countryCode = code
            return location
        }
        // "Austin, TX", "Austin, TX, US"
        if rest.count >= 2, usStates.contains(rest.last!) {
            location.region = rest.removeLast()
            location.regionMayBeCountry = codes && location.countryCode == nil && countryCodes.contains(location.region!)
        }
        guard let cityPart = rest.last else { return nil }
        // "10999 Berlin" or "Berlin 10999"; a street before it.
        let words = cityPart.split(separator: " ")
        if let first = words.first, first.allSatisfy(\.isNumber), (4...5).contains(first.count), words.count >= 2 {
            location.postalCode = String(first)
            location.city = words.dropFirst().joined(separator: " ")
        } else if let last = words.last, last.allSatisfy(\.isNumber), (4...5).contains(last.count), words.count >= 2 {
            location.postalCode = String(last)
            location.city = words.dropLast().joined(separator: " ")
        } else {
            location.city = cityPart
        }
        if rest.count >= 2 {
            // An address names a street and a number: "Oranienstraße 24", "12 Harbour Road".
            let address = rest.dropLast().joined(separator: ", ")
            guard address.contains(where: \.isNumber) else { return nil }
            location.address = address
        }
        // A city is a few capitalised words without digits; without a country or postal code,
        // one piece alone is too weak to call a place.
        guard let city = location.city, isPlaceName(city) else { return nil }
        if location.countryCode == nil, location.region == nil, location.postalCode == nil { return nil }
        if rest.count >= 3 { return nil }
        return location
    }

    /// A place with a city ("Berlin, Germany", "Austin, TX"); a country alone is not one.
    static func isPlace(_ text: String) -> Bool {
        location(text)?.city != nil
    }

    static func isPlaceName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return (first.isUppercase || ["am", "an", "de", "del", "la", "le", "sur", "upon", "im", "bei", "di"].contains(word))
                && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" }
        }
    }
}
