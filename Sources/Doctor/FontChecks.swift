import Foundation
import Rendering
import Typesetting

/// The fonts PDFs are typeset in, as each template's style names them, checked against what
/// Pango (through fontconfig) actually loads for that name.
enum FontChecks {
    @Sendable static func run(_ context: Doctor.Context) async -> [DoctorCheck] {
        // Fonts are found through Pango: without it there is nothing to ask, and the library
        // check says why.
        guard TypesettingInstallation.loadError == nil else { return [] }
        let (library, _) = TemplateLibrary.load(context.workspace)
        // Family -> the templates that use it; the typesetter's defaults always count.
        var users: [String: Set<String>] = [:]
        let defaults = PDFStyle()
        for family in [defaults.font, defaults.monoFont] { users[family, default: []].insert("the default style") }
        for template in library.templates.values where template.formats.contains("pdf") {
            guard case .success(let style) = DocumentPDF.style(of: template, locale: .named("en")) else { continue }
            for family in [style.font, style.headingFont, style.monoFont].compactMap({ $0 }) {
                users[family, default: []].insert(template.id)
            }
        }
        return users.keys.sorted().map { family in check(family, usedBy: users[family]!.sorted()) }
    }

    static func check(_ family: String, usedBy users: [String]) -> DoctorCheck {
        let id = "font.\(family)"
        let who = "used by " + users.joined(separator: ", ")
        let wanted = family.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        guard let resolved = TypesettingInstallation.resolvedFamily(for: family) else {
            return DoctorCheck(id, .error, "'\(family)' (\(who)): no font at all could be loaded",
                               fix: "Install a fonts package (apt-get install fonts-dejavu-core) so fontconfig finds a font.")
        }
        let got = resolved.lowercased()
        if got == wanted.first { return DoctorCheck(id, .ok, "'\(family)' resolves to \(resolved) (\(who))") }
        if wanted.contains(got) {
            return DoctorCheck(id, .warning, "'\(family)' (\(who)): the first choice is not installed; PDFs use \(resolved)",
                               fix: "Install '\(wanted.first ?? family)' (fc-list : family lists what is installed), or drop it from the style.")
        }
        return DoctorCheck(id, .warning, "'\(family)' is not installed (\(who)); Pango substitutes \(resolved)",
                           fix: "Install it (fc-list : family lists what is installed), or set the template's style font to an installed family.")
    }
}
