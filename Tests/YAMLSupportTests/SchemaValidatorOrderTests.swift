import Core
import Testing
@testable import YAMLSupport

// The validator reports a mapping's repeated keys first, in the keys' order, then each key's
// other problems in order, then the missing required keys: messages at one place (a repeated
// unknown key) keep that order once sorted by location.

private let entry = ObjectSchema("entry", [Field("name", .text, required: true), Field("date", .date), Field("tags", .textList)])

private func codes(_ yaml: String, _ schema: Schema) throws -> [String] {
    let node = try #require(try YAMLParser.parse(yaml, file: "t.yaml"))
    return SchemaValidator.validate(node, against: schema).map { "\($0.code)@\($0.location!.line):\($0.location!.column)" }
}

@Test func repeatedKeysComeFirstThenEachKeysProblemsThenMissingOnes() throws {
    let yaml = """
    date: soon
    zebra: 1
    date: 2020-01
    ~: x
    zebra: 2
    tags: [a]
    tags: b
    """
    #expect(try codes(yaml, .object(entry)) == [
        "duplicate-key@3:1", "duplicate-key@5:1", "duplicate-key@7:1",
        "bad-date@1:7", "unknown-key@2:1", "bad-key@4:1", "unknown-key@5:1", "wrong-type@7:7",
        "missing-key@1:1",
    ])
}

@Test func aLargeMappingsRepeatedKeysAreFoundToo() throws {
    var lines = (0..<20).map { "k\($0): \($0)" }
    lines.append("name: a")
    lines.append("k3: again")
    lines.append("name: b")
    let open = ObjectSchema("entry", allowsOtherKeys: true, [Field("name", .text)])
    #expect(try codes(lines.joined(separator: "\n"), .object(open)) == ["duplicate-key@22:1", "duplicate-key@23:1"])
}
