/// Namespaces and fixed text shared by the package's XML parts.
enum XMLParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let mainDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let pictureNamespace = "http://schemas.openxmlformats.org/drawingml/2006/picture"

    /// The namespaces document.xml, headers and footers declare on their root.
    static let rootNamespaces = "xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\" xmlns:wp=\"\(drawingNamespace)\""
}
