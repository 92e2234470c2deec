import Core

/// What a ZIP archive holds: a DOCX document or a LinkedIn data export.
enum ZIPFormat {
    static func peek(_ bytes: [UInt8]) -> ImportFormat {
        guard let archive = try? ZIPArchive(bytes) else { return .unknown }
        if archive.entry("word/document.xml") != nil { return .docx }
        if archive.entries.contains(where: { LinkedInExport.kind(ofFile: $0.name) != nil }) { return .linkedIn }
        return .unknown
    }

    /// A ZIP archive that is neither: the reason, as a failed import.
    static func classify(_ bytes: [UInt8], file: String) -> CVImporter.Imported {
        do throws(ZIPArchive.Failure) {
            _ = try ZIPArchive(bytes)
        } catch {
            return .failed(.unknown, diagnostic(error, file: file))
        }
        return .failed(.unknown, .error(at: SourceLocation(file: file), code: "zip-not-a-cv",
                                        "\(file) is a ZIP archive, but neither a Word document nor a LinkedIn data export.",
                                        hint: "Import the CV file inside it, or LinkedIn's export zip (Settings > Data privacy > Get a copy of your data)."))
    }

    static func diagnostic(_ error: ZIPArchive.Failure, file: String) -> Diagnostic {
        let at = SourceLocation(file: file)
        switch error {
        case .corrupt(let reason):
            return .error(at: at, code: "zip-corrupt", "\(file) is not a readable ZIP archive: \(reason).",
                          hint: "Download or export it again; if it is a DOCX, open it in Word or LibreOffice and save it anew.")
        case .tooLarge(let reason):
            return .error(at: at, code: "zip-too-large", "\(file) is refused as a possible zip bomb: \(reason).",
                          hint: "Unpack it yourself and import the files in it, if you trust it.")
        case .unsupported(let reason):
            return .error(at: at, code: "zip-unsupported", "\(file) cannot be read: \(reason).",
                          hint: "Unpack it with your archive tool and import the files in it.")
        }
    }
}
