import MarkdownSupport

/// The top of a CV, recognised as the PDF typesetter recognises it: the `#` name, an optional
/// photo, and the paragraphs right under the name (a bold headline, a contact line with ` · `
/// between items).
struct Masthead {
    var name: [MarkdownInline]
    var paragraphs: [[MarkdownInline]]
    var photo: (url: String, alt: String)?

    /// Takes the masthead off the front of `blocks`, when the document starts with a `#` heading
    /// (a photo paragraph may come just before or after it).
    static func take(from blocks: inout ArraySlice<MarkdownBlock>) -> Masthead? {
        var index = blocks.startIndex
        var photo: (url: String, alt: String)?
        if index < blocks.endIndex, case .paragraph(let inlines) = blocks[index].kind, let images = images(in: inlines), images.count == 1 {
            photo = images[0]
            index += 1
        }
        guard index < blocks.endIndex, case .heading(1, let name) = blocks[index].kind else { return nil }
        index += 1
        var paragraphs: [[MarkdownInline]] = []
        while index < blocks.endIndex, paragraphs.count < 2, case .paragraph(let inlines) = blocks[index].kind {
            if photo == nil, let images = images(in: inlines), images.count == 1 {
                photo = images[0]
            } else if isHeadline(inlines) || isContactLine(inlines) {
                paragraphs.append(inlines)
            } else {
                break
            }
            index += 1
        }
        blocks = blocks[index...]
        return Masthead(name: name, paragraphs: paragraphs, photo: photo)
    }

    /// Contact details: items separated by ` · `, or links (an e-mail address, a website).
    static func isContactLine(_ inlines: [MarkdownInline]) -> Bool {
        MarkdownInline.plainText(of: inlines).contains(" · ")
            || inlines.contains { if case .link = $0 { true } else { false } }
    }

    /// A paragraph that is one bold phrase: the headline under the name.
    static func isHeadline(_ inlines: [MarkdownInline]) -> Bool {
        inlines.count == 1 && { if case .strong = inlines[0] { true } else { false } }()
    }

    /// A line of emphasis alone (an entry's place, a keywords line): supporting detail, muted.
    static func isDetailLine(_ inlines: [MarkdownInline]) -> Bool {
        if inlines.count == 1, case .emphasis = inlines[0] { true } else { false }
    }

    /// The only image(s) of a paragraph that holds nothing else, or nil.
    static func images(in inlines: [MarkdownInline]) -> [(url: String, alt: String)]? {
        var images: [(url: String, alt: String)] = []
        for inline in inlines {
            switch inline {
            case .image(let url, _, let alt): images.append((url, MarkdownInline.plainText(of: alt)))
            case .softBreak, .lineBreak: continue
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            default: return nil
            }
        }
        return images.isEmpty ? nil : images
    }
}
