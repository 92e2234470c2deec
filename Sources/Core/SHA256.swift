import CGLib
import CSHA256

/// SHA-256 with the CPU's SHA instructions where it has them (CSHA256), else GLib's, which is
/// linked anyway (libglib2.0, a small library every Debian has).
public struct SHA256: Sendable {
    private var bytes: [UInt8] = []

    public init() {}

    /// A hasher with room for about `capacity` bytes: the bytes are kept until `finalize`, and
    /// growing the buffer a few times per digest cost more than the SHA instructions hashing it.
    public init(capacity: Int) { bytes.reserveCapacity(capacity) }

    public mutating func update(_ data: some Sequence<UInt8>) { bytes.append(contentsOf: data) }

    /// The string's UTF-8, copied as a buffer: appending its UTF-8 view went byte by byte, and a
    /// build hashes every input path of every output's fingerprint.
    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    public mutating func update(byte: UInt8) { bytes.append(byte) }

    /// A lowercase hex digest.
    public func finalize() -> String { Self.hex(bytes) }

    public static func hex(_ data: [UInt8]) -> String {
        isAccelerated ? instructionsHex(data) : glibHex(data)
    }

    /// Whether digests come from the SHA instructions rather than GLib: six times faster than
    /// GLib's portable C, and a build hashes every workspace file and every output's inputs.
    static let isAccelerated = pf_sha256_available() != 0

    /// The digest from the SHA instructions; call only when `isAccelerated`.
    static func instructionsHex(_ data: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        data.withUnsafeBufferPointer { buffer in
            digest.withUnsafeMutableBufferPointer { pf_sha256(buffer.baseAddress, buffer.count, $0.baseAddress) }
        }
        return hexDigits(digest)
    }

    private static func hexDigits(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: digest.count * 2) { out in
            for (index, byte) in digest.enumerated() {
                out[2 * index] = digits[Int(byte >> 4)]
                out[2 * index + 1] = digits[Int(byte & 0x0F)]
            }
            return digest.count * 2
        }
    }

    /// GLib's digest: the fallback, and what tests check the faster path against.
    static func glibHex(_ data: [UInt8]) -> String {
        data.withUnsafeBufferPointer { buffer in
            guard let digest = g_compute_checksum_for_data(G_CHECKSUM_SHA256, buffer.baseAddress, gsize(buffer.count)) else {
                preconditionFailure("GLib returned no SHA-256 digest")
            }
            defer { g_free(digest) }
            return String(cString: digest)
        }
    }

    public static func hex(_ string: String) -> String { hex(Array(string.utf8)) }
}
