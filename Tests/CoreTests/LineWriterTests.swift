import Core
import Testing

@Test func numbersAreWrittenInDecimal() {
    var writer = LineWriter()
    for number in [0, 7, 10, 1234567890, -1, -305, Int.max, Int.min] {
        writer.append(number)
        writer.endLine()
    }
    #expect(String(decoding: writer.bytes, as: UTF8.self)
        == "0\n7\n10\n1234567890\n-1\n-305\n\(Int.max)\n\(Int.min)\n")
}

@Test func aLargeTextReachesTheSinkWholeAndInOrder() {
    var received: [UInt8] = []
    var writer = LineWriter { chunk in
        received += chunk
        return true
    }
    var expected = ""
    for number in 0..<20_000 {
        writer.append("line\t")
        writer.append(number)
        writer.append(byte: UInt8(ascii: "\t"))
        writer.line("é")
        expected += "line\t\(number)\té\n"
    }
    let complete = writer.finish()
    #expect(complete)
    #expect(received.count > 1 << 16)  // more than one buffer's worth went through the sink
    #expect(String(decoding: received, as: UTF8.self) == expected)
}

@Test func aFailedWriteIsReportedAndNothingMoreIsWritten() {
    var calls = 0
    var writer = LineWriter { _ in
        calls += 1
        return false
    }
    for _ in 0..<10_000 { writer.line(String(repeating: "x", count: 20)) }
    let complete = writer.finish()
    #expect(!complete)
    #expect(calls == 1)
}
