import Workspace
import YAMLSupport

/// Who and what a document is about, for the places outside its text: the PDF's and DOCX's
/// document properties, the running header, and the language of the page furniture.
public struct DocumentIdentity: Sendable {
    /// `Jane Doe – Senior Backend Engineer`.
    public var title: String
    /// The person the document presents (a CV's `basics.name`).
    public var author: String?
    /// What it is: the CV's label, or the persona's title.
    public var subject: String?
    public var keywords: [String]
    /// The name atop pages 2 and on.
    public var runningHeader: String?
    public var locale: LocaleStrings

    /// Every field, a line each: with the text and the style, what a PDF or DOCX is made from.
    var contentKey: String {
        [title, author ?? "", subject ?? "", keywords.joined(separator: ", "), runningHeader ?? "", locale.code].joined(separator: "\n")
    }

    /// A professional persona: the person's name, label and the persona's tags.
    public static func professional(_ resolved: ResolvedPersona, settings: Settings) -> DocumentIdentity {
        let persona = resolved.persona
        let basics = resolved.publicBasics
        let name = nonEmpty(basics?["name"]?.scalarText)
        return DocumentIdentity(
            title: name.map { "\($0) – \(persona.title)" } ?? persona.title, author: name,
            subject: nonEmpty(basics?["label"]?.scalarText) ?? persona.title, keywords: persona.tags,
            runningHeader: name ?? persona.title, locale: LocaleStrings.named(persona.locale ?? settings.locale))
    }

    /// A CV on its own.
    public static func cv(_ cv: CV, settings: Settings) -> DocumentIdentity {
        let name = nonEmpty(cv.name)
        let label = nonEmpty(cv.label)
        let skills = cv.entries("skills").compactMap { $0["name"]?.scalarText }
        return DocumentIdentity(
            title: [name, label].compactMap { $0 }.joined(separator: " – ").nilIfEmpty ?? cv.slug, author: name,
            subject: label, keywords: skills, runningHeader: name ?? cv.slug, locale: LocaleStrings.named(settings.locale))
    }

    /// An audience persona: named after the persona; written by the workspace's owner.
    public static func audience(_ resolved: ResolvedPersona, settings: Settings) -> DocumentIdentity {
        let persona = resolved.persona
        let name = nonEmpty(persona.name)
        return DocumentIdentity(
            title: name.map { "\($0) – \(persona.title)" } ?? persona.title, author: nonEmpty(settings.owner),
            subject: persona.project.map { "\(persona.title) (\($0))" } ?? persona.title, keywords: persona.tags,
            runningHeader: name ?? persona.title, locale: LocaleStrings.named(persona.locale ?? settings.locale))
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
