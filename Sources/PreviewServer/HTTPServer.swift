import Core
import Foundation
import Synchronization

/// Serves the output folder over HTTP/1.1: one thread accepts, one thread per connection
/// answers it (a preview has a handful of clients; event streams stay open). GET and HEAD only.
final class HTTPServer: Sendable {
    let listener: Socket
    let files: StaticFiles
    let state: SiteState
    private let stopped = Atomic<Bool>(false)

    init(listener: Socket, files: StaticFiles, state: SiteState) {
        self.listener = listener
        self.files = files
        self.state = state
    }

    func start() {
        let thread = Thread { [self] in
            while !stopped.load(ordering: .relaxed) {
                // Polls, so that a stop is noticed without closing a socket under a blocked accept().
                guard listener.waitReadable(milliseconds: 200), let client = listener.accept() else { continue }
                let worker = Thread { [self] in handle(client) }
                worker.name = "personaforge-http"
                worker.start()
            }
            listener.close()
        }
        thread.name = "personaforge-accept"
        thread.start()
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

    func handle(_ client: Socket) {
        guard let head = readHead(client) else {
            client.close()
            return
        }
        guard let request = HTTPRequest.parse(head) else {
            client.write(HTTPResponse.text(400, "this server speaks HTTP/1.1").serialized())
            client.close()
            return
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            client.write(HTTPResponse.text(405, "only GET and HEAD").serialized())
            client.close()
            return
        }
        if request.path == LiveReload.eventsPath {
            stream(to: client)
        } else {
            client.write(response(to: request).serialized(includingBody: request.method == "GET"))
        }
        client.close()
    }

    func response(to request: HTTPRequest) -> HTTPResponse {
        switch files.resolve(request.path) {
        case .forbidden(let why):
            return .text(403, "\(request.path) is refused: \(why).")
        case .notFound:
            return .text(404, "\(request.path) is not in the output.")
        case .redirect(let location):
            return HTTPResponse(status: 301, contentType: "text/plain; charset=utf-8", body: [], extraHeaders: [("Location", location)])
        case .file(let path):
            guard var bytes = FileSystem.read(path) else { return .text(404, "\(request.path) is not in the output.") }
            let type = StaticFiles.contentType(of: path)
            if type.hasPrefix("text/html") { bytes = LiveReload.inject(into: bytes, version: state.current.version) }
            return HTTPResponse(status: 200, contentType: type, body: bytes)
        }
    }

    /// Reads up to the blank line that ends the request head (at most 16 KiB, within 5 seconds).
    func readHead(_ client: Socket) -> [UInt8]? {
        var head: [UInt8] = []
        let end: [UInt8] = [13, 10, 13, 10]
        let deadline = ContinuousClock.now + .seconds(5)
        while head.count < 16_384, ContinuousClock.now < deadline {
            guard client.waitReadable(milliseconds: 200) else { continue }
            let chunk = client.read()
            if chunk.isEmpty { return nil }
            head += chunk
            if head.count >= 4, (0...(head.count - 4)).contains(where: { head[$0..<($0 + 4)].elementsEqual(end) }) { return head }
        }
        return head.isEmpty ? nil : head
    }

    /// A Server-Sent Events stream: the current version (so a page served before a rebuild reloads),
    /// the current errors, then every change, with a comment every 15 seconds to notice a closed tab.
    func stream(to client: Socket) {
        let now = state.snapshot
        var opening = Array("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 500\n\n".utf8)
        opening += LiveReload.event("hello", data: String(now.version))
        if let errors = now.errors { opening += LiveReload.event("build-error", data: errors) }
        guard client.write(opening) else { return }
        var seen = now.sequence
        while let (sequence, events) = state.events(after: seen, waiting: 15) {
            seen = sequence
            let bytes = events.isEmpty ? Array(": ping\n\n".utf8) : events.flatMap { $0 }
            guard client.write(bytes) else { return }
        }
    }
}
