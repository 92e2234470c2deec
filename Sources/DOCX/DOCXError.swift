/// Why a .docx could not be made. Bad Markdown never fails: what cannot be shown (an unreadable
/// image) becomes a warning in `DOCXRendering`.
public enum DOCXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// zlib failed to compress a part (out of memory, in practice).
    case compression(String)
    /// The package would pass the 4 GiB a ZIP without ZIP64 extensions can hold.
    case tooLarge(String)

    public var description: String {
        switch self {
        case .compression(let reason): "The DOCX could not be compressed: \(reason)."
        case .tooLarge(let reason): "The DOCX would be too large: \(reason). Use smaller images."
        }
    }
}
