import Glibc

/// Whether a document needs cmark-gfm's footnote and autolink passes, told more cheaply than
/// running them: most pages a build renders need neither, and the two cost a fifth of a parse
/// (`CommonMarkConverter.withTreeSparingAutolinks`).
///
/// Each answer may say yes where the pass would change nothing, never no where it would.
enum GFMExtensionUse {
    /// Whether `markdown` may hold a footnote definition, which starts with `[^`. Without one the
    /// footnote pass has nothing to link a reference to, and leaves the reference as its text.
    ///
    /// Not parsing footnotes then is also the right reading of a `[` whose text starts with an
    /// escaped or encoded caret (`[\^x]`, `[&#94;x]`): cmark-gfm 0.29 takes those for
    /// references too, and writes one it cannot link as `[^x]]`, or from memory it has freed,
    /// which cut the rest of the paragraph off. In a document with a definition, the library
    /// still reads them its way.
    static func mayHaveFootnotes(_ markdown: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = markdown.baseAddress else { return false }
        var index = 0
        // memchr: a page has a `[` every few dozen bytes at most, and skipping to it is cheaper
        // than looking at each byte.
        while index < markdown.count - 1, let found = memchr(base + index, Int32(UInt8(ascii: "[")), markdown.count - 1 - index) {
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if markdown[index] == UInt8(ascii: "^") { return true }
        }
        return false
    }

    /// Whether the byte at `index` of a text node may start a link that the autolink extension
    /// makes: the `:` of `://` (a URL), the `.` of `www.` in any case, or an `@` (an e-mail
    /// address, which it finds in text after parsing, character references included). The
    /// extension looks for nothing else, and never inside a link.
    ///
    /// Only `:`, `.` and `@` can answer yes; all three are at or below 0x40, so a writer's loop
    /// that looks at such bytes anyway (`HTMLEscaping`) asks only for those.
    @inline(__always)
    static func startsAutolink(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch text[index] {
        case UInt8(ascii: "@"):
            return true
        case UInt8(ascii: ":"):
            return index + 2 < text.count && text[index + 1] == UInt8(ascii: "/") && text[index + 2] == UInt8(ascii: "/")
        case UInt8(ascii: "."):
            return index >= 3 && text[index - 3] | 0x20 == UInt8(ascii: "w") && text[index - 2] | 0x20 == UInt8(ascii: "w")
                && text[index - 1] | 0x20 == UInt8(ascii: "w")
        default:
            return false
        }
    }
}
