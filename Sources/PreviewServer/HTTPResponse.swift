/// A complete HTTP/1.1 response: status, headers and body, as bytes to send.
struct HTTPResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    static let reasons = [200: "OK", 301: "Moved Permanently", 304: "Not Modified", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
                          405: "Method Not Allowed", 500: "Internal Server Error"]

    init(status: Int, contentType: String, body: [UInt8], extraHeaders: [(String, String)] = []) {
        self.status = status
        self.body = body
        // The preview is for a moment; a browser must never show yesterday's page from its cache.
        headers = [("Content-Type", contentType), ("Content-Length", String(body.count)), ("Cache-Control", "no-store"),
                   ("X-Content-Type-Options", "nosniff"), ("Connection", "close")] + extraHeaders
    }

    /// A short plain-text answer: `404 Not Found: /nope.html`.
    static func text(_ status: Int, _ message: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array("\(status) \(reasons[status] ?? ""): \(message)\n".utf8))
    }

    /// The bytes on the wire; a HEAD request gets the headers only.
    func serialized(includingBody: Bool = true) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "Status")\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + (includingBody ? body : [])
    }
}
