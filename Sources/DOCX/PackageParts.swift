import Core

/// The small fixed parts of a WordprocessingML package: content types, package relationships,
/// document properties, settings, the font table, and the running header and footer.
enum PackageParts {
    static func contentTypes(media: [String], headers: [String], footers: [String]) -> String {
        var out = XMLParts.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        if media.contains(where: { $0.hasSuffix(".png") }) { out += "<Default Extension=\"png\" ContentType=\"image/png\"/>" }
        if media.contains(where: { $0.hasSuffix(".jpeg") }) { out += "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>" }
        let word = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        func override(_ part: String, _ type: String) { out += "<Override PartName=\"/\(part)\" ContentType=\"\(type)\"/>" }
        override("word/document.xml", word + "document.main+xml")
        override("word/styles.xml", word + "styles+xml")
        override("word/numbering.xml", word + "numbering+xml")
        override("word/settings.xml", word + "settings+xml")
        override("word/fontTable.xml", word + "fontTable+xml")
        for header in headers { override("word/" + header, word + "header+xml") }
        for footer in footers { override("word/" + footer, word + "footer+xml") }
        override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        override("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        return out + "</Types>"
    }

    static let packageRelationships: String = {
        var relationships = Relationships()
        relationships.add(.officeDocument, target: "word/document.xml")
        relationships.add(type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", target: "docProps/core.xml")
        relationships.add(type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", target: "docProps/app.xml")
        return relationships.xml
    }()

    static func core(_ metadata: DOCXMetadata, date: Int64) -> String {
        var out = XMLParts.declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        out += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        out += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        func element(_ name: String, _ value: String?) {
            guard let value = value?.trimmedSpaces, !value.isEmpty else { return }
            out += "<\(name)>\(XMLText.escape(value))</\(name)>"
        }
        element("dc:title", metadata.title)
        element("dc:subject", metadata.subject)
        element("dc:creator", metadata.author)
        element("cp:keywords", metadata.keywords)
        element("dc:language", metadata.language)
        element("cp:lastModifiedBy", metadata.author)
        let stamp = CivilTime.iso8601(date)
        out += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
        out += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        return out + "</cp:coreProperties>"
    }

    static let app = XMLParts.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
        + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        + "<Application>PersonaForge</Application><DocSecurity>0</DocSecurity></Properties>"

    static let settings = XMLParts.declaration + "<w:settings xmlns:w=\"\(XMLParts.wordNamespace)\">"
        + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>"

    /// The families the styles name, with the generic family Word substitutes from when one is missing.
    static func fontTable(_ style: DOCXStyle) -> String {
        var out = XMLParts.declaration + "<w:fonts xmlns:w=\"\(XMLParts.wordNamespace)\">"
        var seen: Set<String> = []
        for family in [style.font, style.headingFont ?? style.font, style.monoFont] where seen.insert(family).inserted {
            let lower = family.lowercased()
            let isMono = family == style.monoFont || ["mono", "courier", "code", "consol"].contains { lower.contains($0) }
            let isSerif = !lower.contains("sans") && ["serif", "times", "georgia", "garamond", "roman", "book", "palatino", "cambria"].contains { lower.contains($0) }
            let generic = isMono ? "modern" : isSerif ? "roman" : "swiss"
            out += "<w:font w:name=\"\(XMLText.attribute(family))\"><w:family w:val=\"\(generic)\"/><w:pitch w:val=\"\(isMono ? "fixed" : "variable")\"/></w:font>"
        }
        return out + "</w:fonts>"
    }

    /// A header or footer part holding one paragraph (or none, for an empty first-page variant).
    static func furniture(_ root: String, _ paragraph: Paragraph?) -> String {
        let content = paragraph?.xml ?? Paragraph(style: root == "hdr" ? "Header" : "Footer").xml
        return XMLParts.declaration + "<w:\(root) \(XMLParts.rootNamespaces)>\(content)</w:\(root)>"
    }

    /// The footer's label with `{page}` and `{pages}` as fields.
    static func pageLabel(_ label: String, format: RunFormat, monoFont: String) -> String {
        var out = ""
        var rest = Substring(label)
        while let open = rest.firstIndex(of: "{") {
            let tail = rest[open...]
            let (instruction, length) = tail.hasPrefix("{pages}") ? ("NUMPAGES", 7) : tail.hasPrefix("{page}") ? ("PAGE", 6) : ("", 0)
            guard length > 0 else {
                out += format.runs(String(rest[...open]), monoFont: monoFont)
                rest = rest[rest.index(after: open)...]
                continue
            }
            if open > rest.startIndex { out += format.runs(String(rest[..<open]), monoFont: monoFont) }
            out += field(instruction, cached: "2", format: format, monoFont: monoFont)
            rest = tail.dropFirst(length)
        }
        if !rest.isEmpty { out += format.runs(String(rest), monoFont: monoFont) }
        return out
    }

    /// A field (PAGE, NUMPAGES) as runs, with a cached result so readers that do not update fields show something.
    static func field(_ instruction: String, cached: String, format: RunFormat, monoFont: String) -> String {
        let properties = format.properties(monoFont: monoFont)
        return "<w:r>\(properties)<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>\(properties)<w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
            + "<w:r>\(properties)<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>\(properties)<w:t>\(cached)</w:t></w:r><w:r>\(properties)<w:fldChar w:fldCharType=\"end\"/></w:r>"
    }
}
