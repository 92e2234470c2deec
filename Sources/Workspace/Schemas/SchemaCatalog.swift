import YAMLSupport

/// Every file kind's schema by name, for `personaforge schema` and editors.
public enum SchemaCatalog {
    public static let kinds: [(name: String, title: String, schema: Schema)] = [
        ("cv", "PersonaForge CV (JSON Resume)", .object(CVSchema.document)),
        ("persona", "PersonaForge professional persona front matter", .object(PersonaSchema.professional)),
        ("audience-persona", "PersonaForge audience persona front matter", .object(PersonaSchema.audience)),
        ("job", "PersonaForge job front matter", .object(DocumentSchemas.job)),
        ("team", "PersonaForge team", .object(DocumentSchemas.team)),
        ("knowledge", "PersonaForge knowledge file", .object(DocumentSchemas.knowledge)),
        ("answers", "PersonaForge answers to clarifying questions", DocumentSchemas.answers),
        ("brief", "PersonaForge audience brief", .object(DocumentSchemas.brief)),
        ("settings", "PersonaForge settings (personaforge.yaml)", .object(SettingsSchema.document)),
    ]

    public static func document(_ entry: (name: String, title: String, schema: Schema)) -> String {
        JSONSchemaExporter.document(entry.schema, id: "urn:personaforge:schema:\(entry.name)", title: entry.title)
    }
}
