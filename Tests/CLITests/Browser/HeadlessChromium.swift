import Foundation
import Glibc

/// Debian's chromium, headless, driven over the DevTools protocol through a pipe
/// (`--remote-debugging-pipe`: commands on fd 3, answers on fd 4, each a JSON text ended by a
/// NUL byte), so no debugging port is opened. The one file of the tests that spawns with
/// posix_spawn: Foundation's Process cannot hand a child extra file descriptors.
final class HeadlessChromium: @unchecked Sendable {
    // Used by one test thread at a time.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let executable = "/usr/bin/chromium"

    let pid: pid_t
    private let commands: Int32
    private let answers: Int32
    private var pending: [UInt8] = []
    private var nextID = 1
    private let profile: String

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw Failure(description: "\(Self.executable) is missing: install Debian's chromium package (scripts/test does).")
        }
        profile = FileManager.default.temporaryDirectory.path + "/personaforge-chromium-" + UUID().uuidString
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe failed") }
        // The parent's ends must not leak into the browser (fds 3 and 4 are dup2'ed copies).
        for fd in toBrowser + fromBrowser { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        // dup2 onto the same number would keep close-on-exec set: move the child's ends above 4.
        for (index, var pair) in [(0, toBrowser), (1, fromBrowser)] {
            let end = index == 0 ? 0 : 1
            let moved = fcntl(pair[end], F_DUPFD_CLOEXEC, 10)
            close(pair[end])
            pair[end] = moved
            if index == 0 { toBrowser = pair } else { fromBrowser = pair }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [Self.executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--remote-debugging-pipe",
                         "--user-data-dir=\(profile)", "about:blank"]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, Self.executable, &actions, nil, &argv, environ)
        close(toBrowser[0])
        close(fromBrowser[1])
        guard status == 0 else {
            close(toBrowser[1])
            close(fromBrowser[0])
            throw Failure(description: "chromium did not start: \(String(cString: strerror(status)))")
        }
        pid = child
        commands = toBrowser[1]
        answers = fromBrowser[0]
    }

    deinit {
        close(commands)
        close(answers)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Sends a command and waits for its answer's `result` (events in between are dropped).
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil, timeout: Double = 20) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(commands, $0.baseAddress! + offset, bytes.count - offset) }
            guard written > 0 else { throw Failure(description: "chromium closed its command pipe") }
            offset += written
        }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            guard let reply = try nextMessage(until: deadline) else { break }
            guard reply["id"] as? Int == id else { continue }
            if let error = reply["error"] { throw Failure(description: "\(method) failed: \(error)") }
            return reply["result"] as? [String: Any] ?? [:]
        }
        throw Failure(description: "no answer to \(method) within \(timeout) seconds")
    }

    private func nextMessage(until deadline: Date) throws -> [String: Any]? {
        while true {
            if let end = pending.firstIndex(of: 0) {
                let text = Data(pending[..<end])
                pending.removeSubrange(...end)
                return try JSONSerialization.jsonObject(with: text) as? [String: Any] ?? [:]
            }
            let wait = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            var entry = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, wait) > 0 else { return nil }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let count = buffer.withUnsafeMutableBytes { read(answers, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "chromium closed its answer pipe") }
            pending += buffer[..<count]
        }
    }
}

/// One browser tab, attached over the protocol.
struct BrowserTab {
    let browser: HeadlessChromium
    let session: String

    init(_ browser: HeadlessChromium, url: String) throws {
        self.browser = browser
        let target = try browser.send("Target.createTarget", ["url": url])
        guard let id = target["targetId"] as? String else { throw HeadlessChromium.Failure(description: "no target id in \(target)") }
        let attached = try browser.send("Target.attachToTarget", ["targetId": id, "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw HeadlessChromium.Failure(description: "no session in \(attached)") }
        self.session = session
    }

    /// The value of a JavaScript expression in the page (nil when it throws or is undefined).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try browser.send("Runtime.evaluate", ["expression": expression, "returnByValue": true], session: session)
        if result["exceptionDetails"] != nil { return nil }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Polls `expression` every 100 ms until it is true; false after `timeout` seconds.
    func waitUntil(_ expression: String, timeout: Double = 20) throws -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if try evaluate(expression) as? Bool == true { return true }
            usleep(100_000)
        }
        return false
    }
}
