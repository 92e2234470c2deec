import Foundation
import TestSupport

/// `personaforge serve --port 0` running in a workspace, with the address it printed.
final class ServeProcess: @unchecked Sendable {
    // Used by one test thread at a time.
    struct Failure: Error, CustomStringConvertible { var description: String }

    let process = Process()
    let address: String
    private let errors = Pipe()
    private let output = Pipe()

    init(in root: String, arguments: [String] = []) throws {
        let runner = try CommandRunner()
        process.executableURL = URL(fileURLWithPath: runner.executable)
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // The first line on stdout is "Serving http://127.0.0.1:PORT/ (Ctrl-C to stop)".
        var line: [UInt8] = []
        let reader = output.fileHandleForReading
        while !line.contains(10) {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let start = text.range(of: "http://"), let end = text[start.lowerBound...].firstIndex(of: " ") else {
            kill(process.processIdentifier, SIGKILL)
            throw Failure(description: "serve printed no address: \(text)")
        }
        address = String(text[start.lowerBound..<end])
    }

    /// Ctrl-C: sends SIGINT and waits; the exit status and what was said on stderr.
    func interrupt() -> (status: Int32, reason: Process.TerminationReason, stderr: String) {
        process.interrupt()
        let deadline = Date(timeIntervalSinceNow: 10)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, process.terminationReason, text)
    }

    // SIGKILL: the test runner's ignored SIGTERM would be inherited.
    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
}

/// Runs blocking work (a browser conversation, a child process) on a thread of its own, so the
/// test does not hold one of the few cooperative threads.
func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// A raw HTTP exchange, for requests a browser or URLSession would tidy up first (`/../x`).
func rawRequest(_ address: String, _ head: String) throws -> (status: Int, body: String) {
    guard let url = URL(string: address) else { throw ServeProcess.Failure(description: "not an address: \(address)") }
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var socketAddress = sockaddr_in()
    socketAddress.sin_family = sa_family_t(AF_INET)
    socketAddress.sin_port = UInt16(url.port ?? 80).bigEndian
    inet_pton(AF_INET, "127.0.0.1", &socketAddress.sin_addr)
    let connected = withUnsafePointer(to: &socketAddress) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw ServeProcess.Failure(description: "cannot connect to \(address)") }
    let bytes = Array(head.utf8)
    _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, bytes.count, 0) }
    var response: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count <= 0 { break }
        response += buffer[..<count]
    }
    let text = String(decoding: response, as: UTF8.self)
    let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
    let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
    return (status, body)
}
