internal import CZlib

/// Raw DEFLATE and CRC-32 through zlib: the only file in the module that touches it.
enum Inflater {
    enum Failure: Error, Sendable, Equatable {
        /// The data is not valid DEFLATE, or ends early.
        case corrupt(String)
        /// It would inflate past the size the archive declared.
        case overflow
    }

    /// Inflates raw DEFLATE data that the archive says is `expectedSize` bytes; never writes past it.
    static func inflate(_ input: ArraySlice<UInt8>, expectedSize: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        // One byte more than declared: producing it means the entry lies about its size.
        var output = [UInt8](repeating: 0, count: expectedSize + 1)
        var input = Array(input)
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                var status = Z_OK
                while status == Z_OK {
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    if status == Z_OK, stream.avail_out == 0 { return Z_MEM_ERROR }
                    if status == Z_OK, stream.avail_in == 0 { return Z_BUF_ERROR }
                }
                return status
            }
        }
        switch status {
        case Z_STREAM_END:
            let produced = Int(stream.total_out)
            guard produced == expectedSize else { throw .corrupt("an entry is \(produced) bytes, not the \(expectedSize) the archive declares") }
            output.removeLast()
            return output
        case Z_MEM_ERROR:
            throw .overflow
        case Z_BUF_ERROR:
            throw .corrupt("an entry ends early")
        default:
            let message = stream.msg.map { String(cString: $0) } ?? "invalid compressed data"
            throw .corrupt(message)
        }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }
}
