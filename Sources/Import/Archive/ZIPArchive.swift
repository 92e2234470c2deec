/// A ZIP archive held in memory (DOCX files, LinkedIn exports), read defensively: every offset
/// is checked, sizes are capped before anything is inflated, and inflating stops at the size
/// the archive declared, so a zip bomb costs nothing.
struct ZIPArchive {
    struct Entry: Sendable, Hashable {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    enum Failure: Error, Sendable, Equatable {
        case corrupt(String)
        /// Would unpack past a cap (total or per-entry ratio): a possible zip bomb.
        case tooLarge(String)
        case unsupported(String)
    }

    /// The most an archive may unpack to, all entries together.
    static let maximumTotalSize = 50 * 1024 * 1024
    /// Entries over 1 MiB may not expand more than this many times (text compresses 5 to 20 times).
    static let maximumRatio = 200

    let bytes: [UInt8]
    let entries: [Entry]

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        entries = try Self.readDirectory(bytes)
        let total = entries.reduce(0) { $0 + $1.uncompressedSize }
        if total > Self.maximumTotalSize {
            throw .tooLarge("it would unpack to \(Self.mebibytes(total)) MiB, more than the \(Self.mebibytes(Self.maximumTotalSize)) MiB read from an archive")
        }
        for entry in entries where entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / max(entry.compressedSize, 1) > Self.maximumRatio {
            throw .tooLarge("its entry '\(entry.name)' would expand \(entry.uncompressedSize / max(entry.compressedSize, 1)) times, from \(entry.compressedSize) bytes to \(Self.mebibytes(entry.uncompressedSize)) MiB")
        }
    }

    static func mebibytes(_ size: Int) -> Int { (size + 1024 * 1024 - 1) / (1024 * 1024) }

    /// The entry with this name, compared exactly.
    func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// An entry's bytes, inflated and checked against its CRC.
    func data(_ entry: Entry) throws(Failure) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .unsupported("its entry '\(entry.name)' is encrypted") }
        let offset = entry.localHeaderOffset
        guard offset >= 0, offset + 30 <= bytes.count, Self.uint32(bytes, offset) == 0x0403_4B50 else {
            throw .corrupt("the entry '\(entry.name)' points outside the archive")
        }
        let nameLength = Int(Self.uint16(bytes, offset + 26)), extraLength = Int(Self.uint16(bytes, offset + 28))
        let start = offset + 30 + nameLength + extraLength
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .corrupt("the entry '\(entry.name)' runs past the end of the archive")
        }
        let slice = bytes[start..<(start + entry.compressedSize)]
        let data: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw .corrupt("the stored entry '\(entry.name)' has two sizes") }
            data = Array(slice)
        case 8:
            do throws(Inflater.Failure) {
                data = try Inflater.inflate(slice, expectedSize: entry.uncompressedSize)
            } catch {
                switch error {
                case .overflow: throw .tooLarge("its entry '\(entry.name)' inflates past the \(entry.uncompressedSize) bytes it declares")
                case .corrupt(let reason): throw .corrupt("\(reason) ('\(entry.name)')")
                }
            }
        default:
            throw .unsupported("its entry '\(entry.name)' uses compression method \(entry.method); only stored and deflated entries are read")
        }
        guard Inflater.crc32(data) == entry.crc32 else { throw .corrupt("the entry '\(entry.name)' fails its checksum") }
        return data
    }

    // MARK: - Directory

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    static func uint64(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        UInt64(uint32(bytes, offset)) | UInt64(uint32(bytes, offset + 4)) << 32
    }

    static func readDirectory(_ bytes: [UInt8]) throws(Failure) -> [Entry] {
        guard bytes.count >= 22 else { throw .corrupt("it is too short to be a ZIP archive") }
        // The end-of-central-directory record, searched from the end past a comment of up to 64 KiB.
        var end = -1
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while position >= lowest {
            if bytes[position] == 0x50, uint32(bytes, position) == 0x0605_4B50 { end = position; break }
            position -= 1
        }
        guard end >= 0 else { throw .corrupt("its table of contents is missing (the file may be cut short)") }
        var count = Int(uint16(bytes, end + 10))
        var directorySize = Int(uint32(bytes, end + 12))
        var directoryOffset = Int(uint32(bytes, end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
            // ZIP64: the locator just before the record points at the real one.
            let locator = end - 20
            guard locator >= 0, uint32(bytes, locator) == 0x0706_4B50 else { throw .corrupt("its ZIP64 table of contents is missing") }
            let record = Int(clamping: uint64(bytes, locator + 8))
            guard record >= 0, record + 56 <= bytes.count, uint32(bytes, record) == 0x0606_4B50 else { throw .corrupt("its ZIP64 table of contents is damaged") }
            count = Int(clamping: uint64(bytes, record + 32))
            directorySize = Int(clamping: uint64(bytes, record + 40))
            directoryOffset = Int(clamping: uint64(bytes, record + 48))
        }
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset <= bytes.count, directorySize <= bytes.count - directoryOffset else {
            throw .corrupt("its table of contents points outside the file")
        }
        guard count <= 100_000 else { throw .tooLarge("it lists \(count) files") }
        var entries: [Entry] = []
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, uint32(bytes, offset) == 0x0201_4B50 else { throw .corrupt("its table of contents is damaged") }
            let flags = uint16(bytes, offset + 8)
            let method = uint16(bytes, offset + 10)
            let crc = uint32(bytes, offset + 16)
            var compressed = Int(uint32(bytes, offset + 20))
            var uncompressed = Int(uint32(bytes, offset + 24))
            let nameLength = Int(uint16(bytes, offset + 28)), extraLength = Int(uint16(bytes, offset + 30)), commentLength = Int(uint16(bytes, offset + 32))
            var localOffset = Int(uint32(bytes, offset + 42))
            let nameStart = offset + 46
            guard nameStart + nameLength + extraLength + commentLength <= bytes.count else { throw .corrupt("its table of contents is cut short") }
            let nameBytes = Array(bytes[nameStart..<(nameStart + nameLength)])
            let name = String(validating: nameBytes, as: UTF8.self) ?? TextDecoding.decode(nameBytes).text
            // ZIP64 sizes live in an extra field, in this order, for the fields that overflowed.
            var extra = nameStart + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = uint16(bytes, extra), size = Int(uint16(bytes, extra + 2))
                if id == 0x0001 {
                    var field = extra + 4
                    if uncompressed == 0xFFFF_FFFF, field + 8 <= extraEnd { uncompressed = Int(clamping: uint64(bytes, field)); field += 8 }
                    if compressed == 0xFFFF_FFFF, field + 8 <= extraEnd { compressed = Int(clamping: uint64(bytes, field)); field += 8 }
                    if localOffset == 0xFFFF_FFFF, field + 8 <= extraEnd { localOffset = Int(clamping: uint64(bytes, field)) }
                }
                extra += 4 + size
            }
            if !name.hasSuffix("/") {
                entries.append(Entry(name: name, method: method, flags: flags, crc32: crc, compressedSize: compressed,
                                     uncompressedSize: uncompressed, localHeaderOffset: localOffset))
            }
            offset = nameStart + nameLength + extraLength + commentLength
        }
        return entries
    }
}
