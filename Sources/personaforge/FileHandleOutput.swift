import Foundation

enum FileHandleOutput {
    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}
