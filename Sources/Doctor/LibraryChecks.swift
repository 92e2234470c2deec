import MarkdownSupport
import PDFReading
import Typesetting
import YAMLSupport

/// The native libraries this binary runs with, each asked for its version through its C API.
enum LibraryChecks {
    @Sendable static func run(_ context: Doctor.Context) async -> [DoctorCheck] {
        [
            DoctorCheck("library.cmark-gfm", .ok, "cmark-gfm \(CmarkVersion.text) (Markdown)"),
            DoctorCheck("library.libyaml", .ok, "libyaml \(LibYAMLVersion.text) (YAML)"),
            PopplerVersion.text.map { DoctorCheck("library.poppler", .ok, "poppler \($0) (reading PDFs, loaded when needed)") }
                ?? DoctorCheck("library.poppler", .error, "poppler-glib cannot be loaded: \(PopplerVersion.loadError ?? "unknown reason"); "
                               + "importing PDF CVs and template previews fail.", fix: "Install Debian's libpoppler-glib8 (scripts/bootstrap does)."),
        ] + typesetting()
    }

    static func typesetting() -> [DoctorCheck] {
        if let reason = TypesettingInstallation.loadError {
            return [DoctorCheck("library.pango", .error, "Pango and Cairo cannot be loaded: \(reason); PDF output fails.",
                                fix: TypesettingInstallation.installAdvice)]
        }
        return [
            DoctorCheck("library.pango", .ok, "pango \(TypesettingInstallation.pangoVersion) (PDF typesetting, loaded when needed)"),
            DoctorCheck("library.cairo", .ok, "cairo \(TypesettingInstallation.cairoVersion) (PDF output)"),
        ]
    }
}
