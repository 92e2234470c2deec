import Core

/// Reads the images a document shows from its resource folder, once per URL: PNG and JPEG, the
/// formats Word and the PDF both take, with their pixel sizes.
final class ImageStore {
    struct Image {
        enum Format: String {
            case png, jpeg

            var contentType: String { "image/" + rawValue }
        }

        var bytes: [UInt8]
        var format: Format
        var pixelWidth: Int
        var pixelHeight: Int

        /// Size in points at 96 pixels per inch, as browsers and the PDF show images.
        var naturalWidth: Double { Double(pixelWidth) * 0.75 }
        var naturalHeight: Double { Double(pixelHeight) * 0.75 }
        var aspectRatio: Double { Double(pixelWidth) / Double(pixelHeight) }
    }

    let folder: String?
    private var cache: [String: Image?] = [:]

    init(folder: String?) {
        self.folder = folder
    }

    /// The image at a relative or absolute path under the folder; nil for remote URLs, missing
    /// files and other formats.
    func load(_ url: String) -> Image? {
        if let cached = cache[url] { return cached }
        let image = read(url).flatMap(Self.decode)
        cache[url] = image
        return image
    }

    private func read(_ url: String) -> [UInt8]? {
        guard let folder, !url.contains("://"), !url.hasPrefix("data:") else { return nil }
        var path = url.removingPercentEncodingIfPossible
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<query]) }
        return FileSystem.read(path.hasPrefix("/") ? path : FileSystem.join(folder, path))
    }

    /// The format and pixel size from a PNG's header or a JPEG's frame header.
    static func decode(_ bytes: [UInt8]) -> Image? {
        if bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
           bytes[12..<16].elementsEqual("IHDR".utf8) {
            let width = bigEndian(bytes, 16, 4), height = bigEndian(bytes, 20, 4)
            guard width > 0, height > 0, width < 100_000, height < 100_000 else { return nil }
            return Image(bytes: bytes, format: .png, pixelWidth: width, pixelHeight: height)
        }
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var offset = 2
        while offset + 9 < bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { offset += 2; continue }
            let length = bigEndian(bytes, offset + 2, 2)
            // Start-of-frame markers (not DHT, JPG or DAC, which share the range) hold the size.
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = bigEndian(bytes, offset + 5, 2), width = bigEndian(bytes, offset + 7, 2)
                guard width > 0, height > 0 else { return nil }
                return Image(bytes: bytes, format: .jpeg, pixelWidth: width, pixelHeight: height)
            }
            guard length >= 2 else { return nil }
            offset += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}

private extension String {
    /// `%20` and friends decoded, when they decode to UTF-8; else the text as it is.
    var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = Array(utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
