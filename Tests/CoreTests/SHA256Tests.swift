@testable import Core
import Foundation
import Testing

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var streamed = SHA256()
        streamed.update("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        #expect(streamed.finalize() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// The SHA instructions' digest agrees with GLib's on every length around the 64-byte block
    /// size (the padding takes one block or two) and on large buffers.
    /// (A CPU without them uses GLib's digest alone, which `knownDigests` checks.)
    @Test(.enabled(if: SHA256.isAccelerated, "this CPU has no SHA instructions")) func theInstructionsAgreeWithGLib() {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...200) + [1_000, 65_536, 1_048_577] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(SHA256.instructionsHex(bytes) == SHA256.glibHex(bytes), "length \(length)")
            #expect(SHA256.hex(bytes) == SHA256.glibHex(bytes), "length \(length)")
        }
    }

    /// The instructions are used exactly when the CPU has them (as the kernel lists its features).
    @Test func theInstructionsAreUsedWhereTheCPUHasThem() throws {
        let features = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
            .split(separator: "\n").first { $0.hasPrefix("flags") }?.split(separator: " ") ?? []
        #expect(SHA256.isAccelerated == features.contains("sha_ni"))
    }
}
