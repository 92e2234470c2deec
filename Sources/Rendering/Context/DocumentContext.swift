import Workspace
import YAMLSupport

/// Template data for the documents: professional personas, CV pages and audience personas.
public enum DocumentContext {
    static func site(_ settings: Settings) -> TemplateValue {
        ["name": .string(settings.name), "owner": .optional(settings.owner)]
    }

    /// A professional persona: its effective CV without private fields, in its section order.
    public static func professional(_ resolved: ResolvedPersona, settings: Settings) -> TemplateValue {
        let persona = resolved.persona
        let locale = LocaleStrings.named(persona.locale ?? settings.locale)
        let cv = resolved.publicCV
        return [
            "site": site(settings),
            "persona": [
                "title": .string(persona.title), "name": .optional(cv["basics"]?["name"]?.scalarText),
                "headline": .string(persona.title), "slug": .string(persona.slug), "kind": "professional", "tags": .strings(persona.tags),
                "project": .optional(persona.project), "summary": .optional(cv["basics"]?["summary"]?.scalarText),
                "source": .string(persona.path),
            ],
            "basics": CVContext.basics(cv["basics"], locale: locale),
            "sections": CVContext.sections(resolved.sections, cv: cv, body: persona.body, locale: locale),
            "labels": labels(locale),
            "body": .raw(persona.body),
        ]
    }

    /// A CV's own page: the whole CV, default section order, private fields removed.
    public static func cvPage(_ cv: CV, settings: Settings) -> TemplateValue {
        let locale = LocaleStrings.named(settings.locale)
        let root = settings.privateFields.reduce(cv.root) { node, path in node.removing(path: path.value.split(separator: ".")) }
        let name = root["basics"]?["name"]?.scalarText
        return [
            "site": site(settings),
            "persona": [
                "title": .string(name ?? cv.slug), "name": .optional(name), "slug": .string(cv.slug), "kind": "cv",
                "headline": .optional(root["basics"]?["label"]?.scalarText),
                "tags": [], "project": .null, "summary": .optional(root["basics"]?["summary"]?.scalarText),
                "source": .string(cv.path),
            ],
            "basics": CVContext.basics(root["basics"], locale: locale),
            "sections": CVContext.sections(ResolvedPersona.defaultSections, cv: root, body: "", locale: locale),
            "labels": labels(locale),
            "body": .raw(""),
        ]
    }

    /// An audience persona, its lists and facts ready to print, private fields removed.
    public static func audience(_ resolved: ResolvedPersona, settings: Settings) -> TemplateValue {
        let persona = resolved.persona
        let locale = LocaleStrings.named(persona.locale ?? settings.locale)
        let front = resolved.privatePaths.reduce(persona.frontMatter) { node, path in node.removing(path: path.split(separator: ".")) }
        // Lists and fact tables are null when empty, else {items}, so a template can print a
        // heading once: {{#persona.goals}}## Goals {{#items}}- {{.}}{{/items}}{{/persona.goals}}.
        func list(_ key: String) -> TemplateValue {
            let items = front[key]?.strings.map(\.value) ?? []
            return items.isEmpty ? .null : ["items": .strings(items)]
        }
        func facts(_ node: YAMLNode?) -> TemplateValue {
            let items: [TemplateValue] = (node?.pairs ?? []).compactMap { pair in
                guard let key = pair.key.scalarText, let value = pair.value.scalarText else { return nil }
                return ["label": .string(locale.labels[key] ?? humanize(key)), "value": .string(value)]
            }
            return items.isEmpty ? .null : ["items": .array(items)]
        }
        let style = front["buying_style"]
        let styleName = style?.scalarText ?? style?["style"]?.scalarText
        return [
            "site": site(settings),
            "persona": [
                "title": .string(persona.title), "name": .optional(front["name"]?.scalarText), "slug": .string(persona.slug),
                "kind": "audience", "tags": .strings(persona.tags), "project": .optional(persona.project),
                "quote": .optional(front["quote"]?.scalarText),
                "goals": list("goals"), "pain_points": list("pain_points"), "objections": list("objections"),
                "motivations": list("motivations"), "channels": list("channels"),
                "buying_style": styleName.map { name in
                    ["style": .string(name), "label": .string(humanize(name)), "notes": .optional(style?["notes"]?.scalarText)]
                } ?? .null,
                "demographics": facts(front["demographics"]), "role": facts(front["role"]),
                "linkedin": front["linkedin"].map(TemplateValue.init) ?? .null,
                "generated_from": .optional(front["generated_from"]?.scalarText), "source": .string(persona.path),
            ],
            "labels": labels(locale),
            // Empty when blank, so `{{#body}}` can title the narrative only when there is one.
            "body": .raw(persona.body.allSatisfy(\.isWhitespace) ? "" : persona.body),
        ]
    }

    /// Field labels in the document's language (`labels.grade`, `labels.goals`, ...).
    static func labels(_ locale: LocaleStrings) -> TemplateValue {
        if let made = labelValues[locale.code], LocaleStrings.all[locale.code]?.labels == locale.labels { return made }
        return makeLabels(locale)
    }

    /// Each shipped locale's labels, made once rather than once per document.
    private static let labelValues = LocaleStrings.all.mapValues(makeLabels)

    private static func makeLabels(_ locale: LocaleStrings) -> TemplateValue {
        .object(TemplateObject(LocaleStrings.english.labels.keys.sorted().map { ($0, .string(locale.label($0))) }))
    }

    /// `pain_points` -> "Pain points".
    static func humanize(_ key: String) -> String {
        let words = key.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
