/// The smallest piece of the vertical flow that pagination moves whole: one line of a paragraph,
/// a table row, a rule, an image. Marks are placed relative to the atom's top.
struct Atom {
    var height: Double
    /// Space above the atom, dropped when it starts a page.
    var spaceBefore = 0.0
    /// No page break between this atom and the next (headings, a paragraph's first line).
    var keepWithNext = false
    /// An explicit page break before this atom.
    var breakBefore = false
    /// When this atom starts a group kept together if it fits on a page (a CV entry): the
    /// index of the group's last atom.
    var groupEnd: Int?
    var marks: [Mark] = []
    /// Bands behind the atom (a block quote's bar, a code block's background).
    var backdrops: [Backdrop] = []
    /// Headings here: outline entries and link targets, each `dy` below the atom's top.
    var anchors: [Anchor] = []

    init(height: Double, marks: [Mark] = []) {
        self.height = height
        self.marks = marks
    }
}

/// Something drawn as part of an atom; coordinates are points from the atom's top-left content corner.
enum Mark {
    /// One line of a layout; `x` is the layout's left edge.
    case line(TextLayout, index: Int, x: Double, baseline: Double)
    /// A whole layout with its top-left corner at (`x`, `y`).
    case text(TextLayout, x: Double, y: Double)
    case rule(x: Double, y: Double, width: Double, thickness: Double, color: PDFColor)
    case box(x: Double, y: Double, width: Double, height: Double, color: PDFColor)
    case image(PDFImage, x: Double, y: Double, width: Double, height: Double)
}

/// A vertical band behind an atom. When `joinsAbove`, it also fills the space above the atom
/// (unless the atom starts a page), so a quote's bar runs unbroken down its paragraphs.
struct Backdrop {
    var x: Double
    var width: Double
    var color: PDFColor
    var joinsAbove: Bool
}

/// A heading, for the outline and for `#id` links.
struct Anchor {
    var level: Int
    var title: String
    var id: String
    var dy = 0.0
    /// The heading's place in the document: columns put headings on the page out of that order,
    /// and the outline follows the document.
    var order = 0
}
