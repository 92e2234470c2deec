@testable import Import
import Testing

/// `ZIPArchive`: reads what DOCX files and LinkedIn exports hold, and refuses what could hurt.
@Suite struct ZIPArchiveTests {
    @Test func readsStoredAndDeflatedEntries() throws {
        let stored = try ZIPArchive(ZIPFixture.archive([("a.txt", Array("hello".utf8)), ("dir/b.csv", Array("x,y\n1,2\n".utf8))]))
        #expect(stored.entries.map(\.name) == ["a.txt", "dir/b.csv"])
        #expect(try stored.data(stored.entry("dir/b.csv")!) == Array("x,y\n1,2\n".utf8))
        let deflated = try ZIPArchive(Corpus.bytes("linkedin-export-lukas.zip"))
        let positions = try #require(deflated.entries.first { $0.name.hasSuffix("positions.csv") })
        #expect(positions.method == 8)
        #expect(String(decoding: try deflated.data(positions), as: UTF8.self).hasPrefix("Notes:"))
    }

    @Test func aWrongChecksumIsCorruption() throws {
        let archive = try ZIPArchive(ZIPFixture.archive([("a.txt", Array("hello".utf8))], options: .init(crc: 1)))
        #expect(throws: ZIPArchive.Failure.corrupt("the entry 'a.txt' fails its checksum")) { try archive.data(archive.entries[0]) }
    }

    @Test func anEntryThatLiesAboutItsSizeIsRefused() throws {
        let bomb = try ZIPArchive(Corpus.bytes("linkedin-export-lukas.zip"))
        var entry = try #require(bomb.entries.first { $0.name.hasSuffix("positions.csv") })
        entry.uncompressedSize = 10
        #expect(throws: ZIPArchive.Failure.tooLarge("its entry '\(entry.name)' inflates past the 10 bytes it declares")) { try bomb.data(entry) }
    }

    @Test func capsTheTotalSizeAndTheRatio() {
        #expect(throws: ZIPArchive.Failure.tooLarge("it would unpack to 60 MiB, more than the 50 MiB read from an archive")) {
            try ZIPArchive(Corpus.bytes("bad/zip-bomb.zip"))
        }
        let ratio = ZIPFixture.archive([("big.csv", Array(repeating: 0x30, count: 4000))], options: .init(declaredSize: 2 * 1024 * 1024))
        #expect(throws: ZIPArchive.Failure.tooLarge("its entry 'big.csv' would expand 524 times, from 4000 bytes to 2 MiB")) { try ZIPArchive(ratio) }
    }

    @Test func truncatedAndEncryptedArchivesAreRefused() throws {
        let whole = ZIPFixture.archive([("a.txt", Array("hello".utf8))])
        #expect(throws: ZIPArchive.Failure.corrupt("its table of contents is missing (the file may be cut short)")) { try ZIPArchive(Array(whole.dropLast(10))) }
        #expect(throws: ZIPArchive.Failure.corrupt("it is too short to be a ZIP archive")) { try ZIPArchive([0x50, 0x4B, 0x03, 0x04]) }
        let encrypted = try ZIPArchive(ZIPFixture.archive([("a.txt", Array("hello".utf8))], options: .init(flags: 1)))
        #expect(throws: ZIPArchive.Failure.unsupported("its entry 'a.txt' is encrypted")) { try encrypted.data(encrypted.entries[0]) }
    }
}
