import YAMLSupport

/// `personaforge.yaml`: the workspace's settings.
public enum SettingsSchema {
    /// The settings format this release reads and writes.
    public static let currentVersion = 1
    public static let formats = ["md", "html", "pdf", "docx"]
    public static let templateKinds = ["cv", "audience", "cover-letter", "report"]

    public static let llm = ObjectSchema("llm settings", [
        Field("provider", .choice(["builtin", "openai-compatible"]), "builtin (offline, the default) or openai-compatible."),
        Field("base_url", .url, "The server's address, for example http://127.0.0.1:11434/v1."),
        Field("model", .text), Field("api_key_env", .text, "The environment variable holding the API key."),
        Field("max_concurrency", .positiveInteger), Field("requests_per_minute", .positiveInteger),
        Field("timeout_seconds", .positiveInteger), Field("temperature", .number),
        Field("allow_private", .boolean, "Send contact details and private fields to the model (default false)."),
        Field("prices", .map(.object(ObjectSchema("price", [
            Field("input_per_million", .number), Field("output_per_million", .number),
        ]))), "Dollars per million tokens, by model."),
    ])

    public static let document = ObjectSchema("settings", [
        Field("version", .integer(minimum: 1, maximum: nil), "The settings format version (\(currentVersion))."),
        Field("name", .text, "The workspace's name, shown on the site."),
        Field("owner", .text), Field("output", .text, "The output folder (default _build)."),
        Field("locale", .text, "Default language for dates and section titles (default en)."),
        Field("formats", .array(.choice(formats)), "What the build renders (default md and html)."),
        Field("templates", .object(ObjectSchema("default templates",
            templateKinds.map { Field($0, .text, "The template id for \($0) documents.") }))),
        Field("private", .textList, "Dotted fields (basics.phone) that never reach the site or a remote model."),
        Field("reports", .boolean, "Analysis reports in the build: CV gaps, role matches, teams, knowledge base (default true)."),
        Field("llm", .object(llm)),
    ])
}
