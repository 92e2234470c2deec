import YAMLSupport

/// `template.yaml`: what a template folder is.
public enum TemplateManifest {
    public static let kinds = ["cv", "cover-letter", "audience", "report", "site"]

    public static let schema = ObjectSchema("template manifest", [
        Field("id", .text, required: true, "The id personas and settings refer to; the folder's name."),
        Field("name", .text, required: true, "A human name for lists."),
        Field("kind", .choice(kinds), required: true, "What documents it renders."),
        Field("formats", .array(.choice(["md", "html", "pdf", "docx"])), "The formats it can render."),
        Field("description", .text),
        Field("style", .map(.any), "Fonts, sizes, colours, margins and paper for PDF output."),
    ])
}
