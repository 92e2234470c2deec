import Workspace
import YAMLSupport

/// The shape of the data each kind of template receives, derived from the file schemas where it
/// can be, so a template is checked against exactly what the documents can contain.
public enum ContextShapes {
    static let sectionIDs = PersonaSchema.sectionNames

    /// A schema's shape: lists of text and highlights are lists of scalars, mappings are objects.
    static func shape(of schema: Schema) -> TemplateShape {
        switch schema {
        case .array(let element): return .list(of: shape(of: element))
        case .object(let object):
            return .object(Dictionary(object.fields.map { ($0.name, shape(of: $0.schema)) }, uniquingKeysWith: { a, _ in a }))
        case .map: return .anyObject
        case .oneOf(let alternatives):
            // Highlights: text or {text, tags}, both rendered as text.
            if alternatives.contains(where: { if case .string = $0 { return true } else { return false } }) { return .scalar }
            return alternatives.first.map(shape(of:)) ?? .scalar
        default: return .scalar
        }
    }

    static func members(_ shape: TemplateShape) -> [String: TemplateShape] {
        if case .object(let members) = shape { return members }
        return [:]
    }

    static let site: TemplateShape = ["name": .scalar, "owner": .scalar]
    static let tagList: TemplateShape = .list(of: .scalar)

    /// Every field any CV entry can have, plus what the context adds (`dates`, `keywords_text`).
    static let entry: TemplateShape = {
        var fields: [String: TemplateShape] = ["dates": .scalar, "keywords_text": .scalar]
        for section in CVSchema.sections {
            fields.merge(members(shape(of: .object(section.entry))), uniquingKeysWith: { a, _ in a })
        }
        return .object(fields)
    }()

    static let basics: TemplateShape = {
        var fields = members(shape(of: .object(CVSchema.basics)))
        var location = members(fields["location"]!)
        location["text"] = .scalar
        fields["location"] = .object(location)
        fields["contacts"] = .list(of: ["kind": .scalar, "text": .scalar, "href": .scalar, "first": .scalar])
        return .object(fields)
    }()

    static let section: TemplateShape = {
        var fields: [String: TemplateShape] = ["id": .scalar, "title": .scalar, "text": .scalar, "body": .scalar, "entries": .list(of: entry)]
        for id in sectionIDs { fields["is_\(id)"] = .scalar }
        return .object(fields)
    }()

    static let persona: TemplateShape = [
        "title": .scalar, "name": .scalar, "headline": .scalar, "slug": .scalar, "kind": .scalar, "tags": tagList,
        "project": .scalar, "summary": .scalar, "source": .scalar,
    ]

    /// `cv` templates: a professional persona or a CV page.
    public static let cvDocument: TemplateShape = [
        "site": site, "persona": persona, "basics": basics, "sections": .list(of: section), "labels": labels, "body": .scalar,
    ]

    /// Field labels in the document's language.
    static let labels: TemplateShape = .object(Dictionary(uniqueKeysWithValues: LocaleStrings.english.labels.keys.map { ($0, TemplateShape.scalar) }))

    static let fact: TemplateShape = ["label": .scalar, "value": .scalar]
    static let items: TemplateShape = ["items": .list(of: .scalar)]
    static let facts: TemplateShape = ["items": .list(of: fact)]

    /// `audience` templates: a buyer persona.
    public static let audienceDocument: TemplateShape = [
        "site": site,
        "persona": [
            "title": .scalar, "name": .scalar, "slug": .scalar, "kind": .scalar, "tags": tagList, "project": .scalar,
            "quote": .scalar, "goals": items, "pain_points": items, "objections": items, "motivations": items,
            "channels": items, "buying_style": ["style": .scalar, "label": .scalar, "notes": .scalar],
            "demographics": facts, "role": facts,
            "linkedin": ["url": .scalar, "headline": .scalar, "summary": .scalar],
            "generated_from": .scalar, "source": .scalar,
        ],
        "labels": labels,
        "body": .scalar,
    ]

    /// `report` templates: an analysis report around the analysis's own Markdown.
    public static let report: TemplateShape = [
        "site": site,
        "report": ["kind": .scalar, "kind_label": .scalar, "title": .scalar, "body": .scalar, "json": .scalar,
                   "today": .scalar, "errors": .scalar, "warnings": .scalar, "notes": .scalar],
    ]

    // MARK: Site pages (HTML templates in templates/site)

    static let page: TemplateShape = ["title": .scalar, "description": .scalar, "root": .scalar, "source": .scalar]
    static let link: TemplateShape = ["title": .scalar, "href": .scalar]
    static let statusCount: TemplateShape = ["status": .scalar, "label": .scalar, "count": .scalar]

    public static let layout: TemplateShape = [
        "site": site, "page": page, "nav": .list(of: ["title": .scalar, "href": .scalar, "current": .scalar]), "content": .scalar,
    ]

    public static let index: TemplateShape = [
        "site": site,
        "groups": .list(of: [
            "title": .scalar, "kind": .scalar, "project": .scalar,
            "personas": .list(of: ["title": .scalar, "name": .scalar, "summary": .scalar, "href": .scalar,
                                   "label": .scalar, "tags": .list(of: ["name": .scalar])]),
        ]),
        "cvs": .list(of: ["name": .scalar, "label": .scalar, "href": .scalar]),
        "jobs": ["count": .scalar, "href": .scalar, "statuses": .list(of: statusCount)],
        "teams": .list(of: ["name": .scalar, "href": .scalar, "members_count": .scalar]),
        "tags": .list(of: ["name": .scalar, "count": .scalar]),
    ]

    public static let reports: TemplateShape = [
        "site": site, "today": .scalar,
        "groups": .list(of: ["title": .scalar, "kind": .scalar,
                             "reports": .list(of: ["title": .scalar, "subtitle": .scalar, "href": .scalar, "json": .scalar])]),
    ]

    // The jobs dashboard and job pages: ContextShapes+Jobs.swift.

    public static let team: TemplateShape = [
        "site": site,
        "team": ["name": .scalar, "description": .scalar, "required_skills": .list(of: ["name": .scalar]),
                 "members": .list(of: ["title": .scalar, "name": .scalar, "href": .scalar])],
    ]
}
