import CGLib

/// SHA-256 through GLib, which is linked anyway (poppler-glib, pango): no extra package to build.
public struct SHA256: Sendable {
    private var bytes: [UInt8] = []

    public init() {}

    public mutating func update(_ data: some Sequence<UInt8>) { bytes.append(contentsOf: data) }
    public mutating func update(_ string: String) { bytes.append(contentsOf: string.utf8) }

    /// A lowercase hex digest.
    public func finalize() -> String { Self.hex(bytes) }

    public static func hex(_ data: [UInt8]) -> String {
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
