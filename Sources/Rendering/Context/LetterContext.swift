import Analysis
import Workspace

/// Template data for cover letters: the letter's parts, ready to print in the document's language.
enum LetterContext {
    static func value(_ letter: CoverLetter, job: Job, persona: Persona, settings: Settings) -> TemplateValue {
        let locale = LocaleStrings.named(persona.locale ?? settings.locale)
        return [
            "site": DocumentContext.site(settings),
            "sender": contact(letter.sender),
            "recipient": ["name": .optional(letter.recipient), "company": .optional(letter.company), "location": .optional(job.location)],
            "letter": [
                "date": .optional(longDate(letter.date, locale: locale)),
                "subject": .string(letter.subject), "salutation": .string(letter.salutation),
                "opening": .strings(letter.opening), "highlights_intro": .optional(letter.highlightsIntro),
                "highlights": .array(letter.highlights.map { highlight in
                    ["requirement": .string(highlight.requirement), "text": .string(highlight.text), "entry": .optional(highlight.entry)]
                }),
                "closing": .strings(letter.closing), "sign_off": .string(letter.signOff), "engine": .string(letter.engine),
            ],
            "job": ["title": .string(job.title), "company": .optional(job.company), "slug": .string(job.slug),
                    "url": job.url.map(LinkDestination.value) ?? .null],
            "persona": ["title": .string(persona.title), "slug": .string(persona.slug)],
        ]
    }

    /// The sender's details, each alone and as one contact line (`first` marks the first item).
    static func contact(_ contact: CoverLetter.Contact) -> TemplateValue {
        var contacts: [TemplateValue] = []
        func add(_ kind: String, _ text: String?, _ href: String?) {
            guard let text, !text.isEmpty else { return }
            contacts.append(["kind": .string(kind), "text": .string(text), "href": href.map(LinkDestination.value) ?? .null,
                             "first": .bool(contacts.isEmpty)])
        }
        add("email", contact.email, contact.email.map { "mailto:" + $0 })
        add("phone", contact.phone, contact.phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } })
        add("website", contact.website.map(CVContext.displayURL), contact.website)
        add("location", contact.location, nil)
        return [
            "name": .optional(contact.name), "email": .optional(contact.email), "phone": .optional(contact.phone),
            "location": .optional(contact.location), "website": contact.website.map(LinkDestination.value) ?? .null,
            "contacts": .array(contacts),
        ]
    }

    /// `2025-05-12` -> `12 May 2025` (`12. Mai 2025` in German, whose day is an ordinal); a month
    /// or a year alone as `DateText` writes them.
    static func longDate(_ text: String?, locale: LocaleStrings) -> String? {
        guard let text, let date = dayParts(text) else { return DateText.format(text, locale: locale) }
        return "\(date.day)\(locale.code == "de" ? "." : "") \(locale.months[date.month - 1]) \(date.year)"
    }

    /// `YYYY-MM-DD` read without a calendar: a letter's date is printed as written, never computed.
    static func dayParts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let fields = text.split(separator: "-")
        guard fields.count == 3, let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }
}
