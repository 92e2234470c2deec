import YAMLSupport

/// `template.yaml`: what a template folder is.
public enum TemplateManifest {
    public static let kinds = ["cv", "cover-letter", "audience", "report", "site"]
    /// Every output format, and what a template renders when its manifest does not say.
    public static let formats = ["md", "html", "pdf", "docx"]

    public static let schema = ObjectSchema("template manifest", [
        Field("id", .text, required: true, "The id personas and settings refer to; the folder's name."),
        Field("name", .text, required: true, "A human name for lists."),
        Field("kind", .choice(kinds), required: true, "What documents it renders."),
        Field("formats", .array(.choice(formats)), "The formats it can render (default: all)."),
        Field("description", .text),
        Field("style", .map(.any), "Fonts, sizes, colours, margins, paper and the footer for PDF and DOCX output; see the README."),
    ])
}
