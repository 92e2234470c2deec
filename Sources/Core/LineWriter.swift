/// Text made line by line straight into UTF-8 bytes: a large file (a build's state) is handed to
/// its sink 64 KiB at a time and never sits in memory whole, and no String is made per line.
public struct LineWriter {
    public private(set) var bytes: [UInt8] = []
    /// Takes each full buffer; false: writing failed (errno says why), and the rest is dropped.
    private let sink: ((UnsafeRawBufferPointer) -> Bool)?
    private var failed = false
    private static let flushAt = 1 << 16

    /// Lines kept in `bytes`, whole.
    public init() { sink = nil }

    /// Lines handed to `sink` as they fill the buffer; call `finish` for the last of them.
    public init(sink: @escaping (UnsafeRawBufferPointer) -> Bool) {
        self.sink = sink
        bytes.reserveCapacity(Self.flushAt + 4096)
    }

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A whole number in decimal, without making a String of it.
    public mutating func append(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits; 64 bits need 20
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            // As a buffer (a contiguous copy), not as a slice of one (element by element).
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    public mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Ends the line; a full buffer goes to the sink.
    public mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        if sink != nil, bytes.count >= Self.flushAt { flush() }
    }

    /// `text` as a whole line.
    public mutating func line(_ text: String) {
        append(text)
        endLine()
    }

    /// Hands what is left to the sink; true when every byte was written.
    public mutating func finish() -> Bool {
        if sink != nil, !bytes.isEmpty { flush() }
        return !failed
    }

    private mutating func flush() {
        if !failed, let sink { failed = !bytes.withUnsafeBytes { sink($0) } }
        bytes.removeAll(keepingCapacity: true)
    }
}
