import CGLib
import Glibc
import Synchronization

/// SHA-256 through OpenSSL's libcrypto when it can be loaded, else GLib, which is linked anyway
/// (poppler-glib, pango): no extra package to build.
public struct SHA256: Sendable {
    private var bytes: [UInt8] = []

    public init() {}

    public mutating func update(_ data: some Sequence<UInt8>) { bytes.append(contentsOf: data) }
    public mutating func update(_ string: String) { bytes.append(contentsOf: string.utf8) }

    /// A lowercase hex digest.
    public func finalize() -> String { Self.hex(bytes) }

    public static func hex(_ data: [UInt8]) -> String {
        if OpenSSL.worthLoading(toHash: data.count), let digest = openSSLHex(data) { return digest }
        return glibHex(data)
    }

    /// OpenSSL's SHA-256 uses the CPU's SHA instructions: six times faster here than GLib's portable
    /// C, and a build hashes every workspace file. Nil when libcrypto cannot be loaded.
    static func openSSLHex(_ data: [UInt8]) -> String? {
        guard let sha256 = OpenSSL.sha256 else { return nil }
        var digest = [UInt8](repeating: 0, count: 32)
        var size: UInt32 = 0
        let done = data.withUnsafeBufferPointer { buffer in
            digest.withUnsafeMutableBufferPointer { sha256.digest(buffer.baseAddress, buffer.count, $0.baseAddress, &size, sha256.algorithm, nil) }
        }
        guard done == 1, size == 32 else { return nil }
        return hexDigits(digest)
    }

    /// libcrypto.so.3 (Debian's libssl3, which libcurl brings), loaded on first use.
    private enum OpenSSL {
        /// EVP_Digest, given the algorithm fetched once: OpenSSL 3's one-shot SHA256() looks the
        /// algorithm up again at every call, under a lock both cores wait on (2.2 against
        /// 0.8 microseconds a digest of a build's typical 800 bytes, on two threads).
        typealias Digest = @convention(c) (UnsafeRawPointer?, Int, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt32>?,
                                           OpaquePointer?, OpaquePointer?) -> Int32
        typealias Fetch = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> OpaquePointer?
        struct Functions: @unchecked Sendable {
            let digest: Digest
            /// The EVP_MD of SHA-256, kept for the life of the process.
            let algorithm: OpaquePointer
        }

        static let sha256: Functions? = {
            guard let library = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL),
                  let digest = dlsym(library, "EVP_Digest"), let fetch = dlsym(library, "EVP_MD_fetch"),
                  let algorithm = unsafeBitCast(fetch, to: Fetch.self)(nil, "SHA256", nil) else { return nil }
            return Functions(digest: unsafeBitCast(digest, to: Digest.self), algorithm: algorithm)
        }()

        /// Loading the library takes about a millisecond, which GLib's slower hashing costs only
        /// after a megabyte: one document's export never loads it; a build asks for it at once
        /// (`loadAcceleration`).
        static let hashed = Atomic<Int>(0)
        /// Set once the library is wanted, so that later digests only read a flag, rather than
        /// both cores adding to one counter for every file.
        static let wanted = Atomic<Bool>(false)
        static func worthLoading(toHash count: Int) -> Bool {
            if wanted.load(ordering: .relaxed) { return true }
            guard hashed.add(count, ordering: .relaxed).newValue > 1 << 20 else { return false }
            wanted.store(true, ordering: .relaxed)
            return true
        }
    }

    /// Loads libcrypto now, for a caller about to hash a whole workspace: run on a spare core
    /// while the folders are listed, the load is out of the way before the first file is read,
    /// and no megabyte goes through GLib first.
    public static func loadAcceleration() {
        OpenSSL.wanted.store(true, ordering: .relaxed)
        _ = OpenSSL.sha256
    }

    /// Whether digests come from OpenSSL rather than GLib.
    static var isAccelerated: Bool { OpenSSL.sha256 != nil }

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
