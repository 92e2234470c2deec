import Foundation

/// `scripts/openai-test-server.py` running on 127.0.0.1 at a free port: a real OpenAI-compatible
/// server, stopped when this value goes.
public final class ModelServerProcess: @unchecked Sendable {
    /// `http://127.0.0.1:PORT/v1`
    public let baseURL: String
    private let process = Process()

    /// `arguments`: more of the script's options, such as `--delay 0.2`.
    public init(arguments: [String] = []) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/openai-test-server.py").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--port", "0", "--quiet"] + arguments
        let output = Pipe()
        process.standardOutput = output
        // Not the test runner's stderr: if the runner crashed, the server would hold it open and
        // `swift test` would wait for its end forever. (The server also ends once its parent is gone.)
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        baseURL = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard baseURL.hasPrefix("http://127.0.0.1:") else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the test server did not start: '\(baseURL)'"])
        }
    }

    deinit {
        // SIGKILL: a child spawned from a dispatch thread may have inherited a blocked SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
