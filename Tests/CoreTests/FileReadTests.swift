import Core
import Foundation
import Testing

/// The loader reads each file with the size its folder listing gave: the file as it is on disk
/// must come back whole even when that size is out of date.
@Suite struct FileReadTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pf-read-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    @Test func readsTheWholeFileWhateverSizeItWasListedWith() throws {
        let content = Array((0..<10_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let path = try file(content)
        defer { unlink(path) }
        #expect(FileSystem.read(path) == content)
        #expect(FileSystem.read(path, expectedSize: content.count) == content)
        // Grown since it was listed (by far, and by one byte), or shrunk.
        #expect(FileSystem.read(path, expectedSize: 10) == content)
        #expect(FileSystem.read(path, expectedSize: content.count - 1) == content)
        #expect(FileSystem.read(path, expectedSize: 50_000) == content)
        #expect(FileSystem.read(path, expectedSize: 0) == content)
    }

    @Test func anEmptyOrMissingFile() throws {
        let path = try file([])
        defer { unlink(path) }
        #expect(FileSystem.read(path, expectedSize: 0) == [])
        #expect(FileSystem.read(path, expectedSize: 12) == [])
        #expect(FileSystem.read(path + "-missing", expectedSize: 3) == nil)
    }
}
