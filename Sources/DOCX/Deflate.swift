internal import CZlib

/// Raw DEFLATE and CRC-32 through zlib: the only file in the module that touches it.
enum Deflate {
    /// `bytes` compressed as a raw DEFLATE stream (no zlib header), as ZIP entries hold them.
    /// zlib gives the same output for the same input, level and version, so packages are reproducible.
    static func compress(_ bytes: [UInt8]) throws(DOCXError) -> [UInt8] {
        var stream = z_stream()
        // Window bits negative: raw deflate. Memory level 8 and the default strategy, as zip tools use.
        guard deflateInit2_(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .compression("zlib could not start compressing")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        var input = bytes
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        // deflateBound is large enough for a single Z_FINISH call, so anything else is zlib's failure.
        guard status == Z_STREAM_END else { throw .compression("zlib stopped with status \(status)") }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// The CRC-32 a ZIP entry records.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }
}
