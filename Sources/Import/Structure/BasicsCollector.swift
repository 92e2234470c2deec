/// Gathers `basics` from a CV's header and contact section: email, phone, website, profiles,
/// location and summary, each piece of a contact line classified on its own.
struct BasicsCollector {
    var emails: [String] = []
    var phones: [String] = []
    var websites: [String] = []
    var profiles: [(network: String, username: String, url: String)] = []
    var location: ContactFinder.Location?
    var summary: [String] = []
    var summaryBreaks: [Bool] = []

    mutating func add(_ item: ContactFinder.Item) {
        switch item {
        case .email(let email): if !emails.contains(email) { emails.append(email) }
        case .phone(let phone): if !phones.contains(phone) { phones.append(phone) }
        case .website(let url): if !websites.contains(url) { websites.append(url) }
        case .profile(let network, let username, let url):
            if !profiles.contains(where: { $0.network == network && ($0.username == username || $0.url == url) }) {
                profiles.append((network, username, url))
            }
        case .location(let place): if location == nil { location = place }
        }
    }

    /// Reads contact lines. In the header, long sentences are the summary; other text that is
    /// not contact data is noted as left out.
    mutating func take(_ lines: [StyledLine], notes: inout [ImportNote], isPreamble: Bool) {
        for line in lines {
            var found = false
            var leftOver: [String] = []
            for cell in line.cells {
                for piece in ContactFinder.pieces(cell.text) {
                    if let item = ContactFinder.classify(piece) {
                        add(item)
                        found = true
                    } else {
                        leftOver.append(piece)
                    }
                }
            }
            for link in line.links { addLink(link) }
            if !found, isPreamble, line.wordCount >= 8 {
                summary.append(line.text)
                summaryBreaks.append(line.gapBefore)
                continue
            }
            let meaningful = leftOver.filter { piece in
                !ContactFinder.labels.contains(piece.lowercased().trimmed(.whitespacesAndPunctuation)) && piece.contains(where: \.isLetter)
            }
            if !meaningful.isEmpty {
                notes.append(ImportNote(field: "basics", "Left out '\(meaningful.joined(separator: " | "))' from the \(isPreamble ? "header" : "contact section"): it is not contact data PersonaForge recognises."))
            }
        }
    }

    mutating func addLink(_ link: String) {
        let lower = link.lowercased()
        if lower.hasPrefix("mailto:") {
            let address = String(link.dropFirst(7).split(separator: "?").first ?? "")
            if let email = ContactFinder.email(in: address) { add(.email(email)) }
        } else if lower.hasPrefix("tel:") {
            return
        } else if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard case .profile(let network, let username, let url) = ContactFinder.classifyURL(link) else { return }
            // The address a profile links to is a fact; one built from the name shown ("LinkedIn:
            // jane-doe") is a guess, and gives way.
            if let index = profiles.firstIndex(where: { $0.network == network && $0.username.lowercased() == username.lowercased() }) {
                profiles[index].url = url
            } else {
                add(.profile(network: network, username: username, url: url))
            }
        }
    }

    mutating func addSummary(_ lines: [StyledLine]) {
        for line in lines {
            summary.append(line.isBullet ? "- " + line.text : line.text)
            summaryBreaks.append(line.gapBefore || line.isBullet)
        }
    }

    /// Contact data outside the header: an email or a labelled phone anywhere, profile links.
    mutating func scanEverywhere(_ lines: [StyledLine], notes: inout [ImportNote]) {
        for line in lines {
            for link in line.links { addLink(link) }
        }
        if emails.isEmpty {
            for line in lines {
                if let email = ContactFinder.email(in: line.text) { add(.email(email)); break }
            }
        }
        let hasProfiles = Set(profiles.map(\.network))
        for line in lines where line.text.contains("linkedin.com") || line.text.contains("github.com") {
            for word in line.text.split(separator: " ") {
                guard let address = ContactFinder.webAddress(in: String(word)) else { continue }
                if case .profile(let network, _, _) = ContactFinder.classifyURL(address.text), !hasProfiles.contains(network),
                   network == "LinkedIn" || network == "GitHub" {
                    add(ContactFinder.classifyURL(address.text))
                }
            }
        }
        if phones.isEmpty {
            outer: for line in lines {
                for piece in ContactFinder.pieces(line.text) {
                    let (label, value) = ContactFinder.unlabelled(piece)
                    if label != nil || value.hasPrefix("+"), let phone = ContactFinder.phone(value, labelled: label != nil) {
                        add(.phone(phone))
                        break outer
                    }
                }
            }
        }
    }

    /// `basics`, on top of what the draft already has (name, label).
    func record(notes: inout [ImportNote], draft: CVDraft) -> CVRecord {
        var basics = draft.basics
        basics["email"] = emails.first
        basics["phone"] = phones.first
        basics["url"] = websites.first
        if emails.count > 1 { notes.append(ImportNote(field: "basics.email", "The CV gives \(emails.count) email addresses; the first, \(emails[0]), was kept.")) }
        if phones.count > 1 { notes.append(ImportNote(field: "basics.phone", "The CV gives \(phones.count) phone numbers; the first, \(phones[0]), was kept.")) }
        if !summary.isEmpty {
            var text = ""
            for (index, line) in summary.enumerated() {
                if index > 0 { text += summaryBreaks[index] ? "\n\n" : " " }
                text += line
            }
            basics["summary"] = text
        }
        if var location {
            if location.regionMayBeCountry, let code = location.region {
                // "Berlin, DE" or "Dover, DE": the phone number's calling code tells, +1 the
                // US (the state), any other a country; without one, a job in that country does.
                let phone = phones.first ?? ""
                let places = draft.entries("work").compactMap { $0["location"] }.compactMap { ContactFinder.location($0)?.countryCode }
                if phone.hasPrefix("+") ? !phone.hasPrefix("+1") : places.contains(code) {
                    location.countryCode = code
                    location.region = nil
                } else if !phone.hasPrefix("+1") {
                    notes.append(ImportNote(field: "basics.location", "'\(code)' may be a US state or a country code; it was taken as the state."))
                }
            }
            var record = CVRecord()
            record["address"] = location.address
            record["postalCode"] = location.postalCode
            record["city"] = location.city
            record["countryCode"] = location.countryCode
            record["region"] = location.region
            basics.set("location", record: record)
        }
        basics.set("profiles", records: profiles.map { profile in
            var record = CVRecord()
            record["network"] = profile.network
            record["username"] = profile.username
            record["url"] = profile.url
            return record
        })
        return basics
    }
}
