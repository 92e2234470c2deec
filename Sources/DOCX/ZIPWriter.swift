import Core

/// Writes a ZIP archive byte for byte the same for the same entries: entries in the order given,
/// one fixed timestamp, no extra fields, no comments, version and attribute fields constant.
struct ZIPWriter {
    /// The MS-DOS date and time every entry carries (ZIP cannot say anything before 1980).
    struct Timestamp: Hashable {
        var date: UInt16
        var time: UInt16

        /// 1980-01-01 00:00, the earliest a ZIP can record.
        static let earliest = Timestamp(date: 1 << 5 | 1, time: 0)

        /// The DOS timestamp of a UTC moment; moments before 1980 or after 2107 are clamped.
        init(secondsSince1970 seconds: Int64) {
            let (year, month, day, hour, minute, second) = CivilTime.fields(seconds)
            guard year >= 1980 else { self = .earliest; return }
            guard year <= 2107 else { self.init(date: UInt16(127 << 9 | 12 << 5 | 31), time: UInt16(23 << 11 | 59 << 5 | 29)); return }
            self.init(date: UInt16((year - 1980) << 9 | month << 5 | day), time: UInt16(hour << 11 | minute << 5 | second / 2))
        }

        init(date: UInt16, time: UInt16) {
            self.date = date
            self.time = time
        }
    }

    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0
    private let timestamp: Timestamp

    init(timestamp: Timestamp = .earliest) {
        self.timestamp = timestamp
    }

    /// Adds an entry, deflated unless `compress` is false (images that are compressed already).
    mutating func add(_ name: String, _ data: [UInt8], compress: Bool = true) throws(DOCXError) {
        let deflated = compress ? try Deflate.compress(data) : data
        // Keep whichever is smaller, so tiny parts do not grow.
        let stored = !compress || deflated.count >= data.count
        let payload = stored ? data : deflated
        let method: UInt16 = stored ? 0 : 8
        let crc = Deflate.crc32(data)
        let nameBytes = Array(name.utf8)
        let offset = output.count
        guard offset + 30 + nameBytes.count + payload.count < Int(UInt32.max), data.count < Int(UInt32.max), count < 0xFFFF else {
            throw .tooLarge("the part '\(name)' ends past 4 GiB")
        }
        // Bit 11: names are UTF-8.
        let flags: UInt16 = nameBytes.contains { $0 >= 0x80 } ? 1 << 11 : 0

        output += le32(0x0403_4B50)
        output += le16(20)  // version needed: 2.0 (deflate)
        output += le16(flags) + le16(method) + le16(timestamp.time) + le16(timestamp.date)
        output += le32(crc) + le32(UInt32(payload.count)) + le32(UInt32(data.count))
        output += le16(UInt16(nameBytes.count)) + le16(0)
        output += nameBytes
        output += payload

        directory += le32(0x0201_4B50)
        directory += le16(20) + le16(20)  // made by, needed: 2.0, MS-DOS attributes
        directory += le16(flags) + le16(method) + le16(timestamp.time) + le16(timestamp.date)
        directory += le32(crc) + le32(UInt32(payload.count)) + le32(UInt32(data.count))
        directory += le16(UInt16(nameBytes.count)) + le16(0) + le16(0)  // name, extra, comment lengths
        directory += le16(0) + le16(0) + le32(0)  // disk, internal and external attributes
        directory += le32(UInt32(offset))
        directory += nameBytes
        count += 1
    }

    /// The finished archive.
    func finish() throws(DOCXError) -> [UInt8] {
        guard output.count + directory.count + 22 < Int(UInt32.max) else { throw .tooLarge("the archive passes 4 GiB") }
        var end: [UInt8] = le32(0x0605_4B50)
        end += le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
        end += le32(UInt32(directory.count)) + le32(UInt32(output.count)) + le16(0)
        return output + directory + end
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)] }
}
