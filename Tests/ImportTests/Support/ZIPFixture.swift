@testable import Import

/// Small ZIP archives with stored entries, written here so tests can shape them as they need.
enum ZIPFixture {
    struct Options {
        var declaredSize: Int?
        var crc: UInt32?
        var flags: UInt16 = 0x0800
        var method: UInt16 = 0
    }

    static func archive(_ files: [(String, [UInt8])], options: Options = Options()) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for (name, data) in files {
            let offset = out.count
            let crc = options.crc ?? Inflater.crc32(data)
            let size = UInt32(options.declaredSize ?? data.count)
            let nameBytes = Array(name.utf8)
            out += le32(0x0403_4B50) + le16(20) + le16(options.flags) + le16(options.method) + le16(0) + le16(0x5821)
                + le32(crc) + le32(UInt32(data.count)) + le32(size) + le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + data
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(options.flags) + le16(options.method) + le16(0) + le16(0x5821)
                + le32(crc) + le32(UInt32(data.count)) + le32(size) + le16(UInt16(nameBytes.count)) + le16(0) + le16(0)
                + le16(0) + le16(0) + le32(0) + le32(UInt32(offset)) + nameBytes
        }
        let start = out.count
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(files.count)) + le16(UInt16(files.count))
            + le32(UInt32(directory.count)) + le32(UInt32(start)) + le16(0)
        return out
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
