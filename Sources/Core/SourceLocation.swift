import Synchronization

/// Where a value came from: a workspace-relative path and a 1-based line and column.
///
/// Every parsed YAML value carries one, so it is kept to 12 bytes: the path is interned once per
/// file (`FileName`) and the line and column are 32-bit. A 10,000-CV workspace holds millions.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The interned path; two locations in one file share it.
    public let fileName: FileName
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.init(fileName: FileName(file), line: line, column: column)
    }

    /// For parsers that make many locations in one file: the path is interned once, not per value.
    public init(fileName: FileName, line: Int = 1, column: Int = 1) {
        self.fileName = fileName
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    public var file: String { fileName.path }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// The location `lines` further down the same file (front matter bodies, embedded blocks).
    public func offset(lines: Int) -> SourceLocation {
        SourceLocation(fileName: fileName, line: line + lines, column: column)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.fileName != b.fileName { return a.file < b.file }
        return (a.storedLine, a.storedColumn) < (b.storedLine, b.storedColumn)
    }

    private enum CodingKeys: String, CodingKey { case file, line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
                  column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}

/// A file path interned for the life of the process: equal paths get equal names, so comparing
/// and hashing them is comparing integers, and a location holds 4 bytes instead of a String.
public struct FileName: Sendable, Hashable {
    private let id: UInt32

    public init(_ path: String) { id = FileNameTable.shared.intern(path) }

    public var path: String { FileNameTable.shared.path(of: id) }
}

/// The paths behind `FileName`s. A workspace has tens of thousands of files at most, so the table
/// is never emptied.
private final class FileNameTable: Sendable {
    static let shared = FileNameTable()

    private struct Table {
        var paths: [String] = []
        var ids: [String: UInt32] = [:]
    }

    private let table = Mutex(Table())

    func intern(_ path: String) -> UInt32 {
        table.withLock { table in
            if let id = table.ids[path] { return id }
            let id = UInt32(table.paths.count)
            table.paths.append(path)
            table.ids[path] = id
            return id
        }
    }

    func path(of id: UInt32) -> String {
        table.withLock { $0.paths[Int(id)] }
    }
}

/// A value together with the place it was written.
public struct Located<Value>: CustomStringConvertible {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public var description: String { "\(value)" }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
