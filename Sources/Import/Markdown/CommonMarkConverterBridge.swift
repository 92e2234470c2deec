import MarkdownSupport

/// Markdown bytes -> blocks, decoding like the importer does.
enum CommonMarkConverterBridge {
    static func parse(_ bytes: [UInt8], file: String) -> [MarkdownBlock] {
        CommonMarkConverter.parse(TextDecoding.decode(bytes).text, file: file).blocks
    }
}
