import Core

/// The line atop a document's HTML page linking to the same document as PDF and DOCX, when the
/// build makes them.
enum DocumentDownloads {
    static let labels = ["pdf": "PDF", "docx": "Word (DOCX)", "md": "Markdown"]

    /// `<p class="downloads">…</p>`, or nothing when there is nothing to download.
    static func links(base: String, formats: [String]) -> String {
        let file = String(base.lastPiece(after: UInt8(ascii: "/")))
        let links = ["pdf", "docx"].filter(formats.contains).map { format in
            "<a class=\"download download-\(format)\" href=\"\(file).\(format)\" download>\(labels[format]!)</a>"
        }
        guard !links.isEmpty else { return "" }
        return "<p class=\"downloads\">Download: " + links.joined(separator: " ") + "</p>\n"
    }
}
