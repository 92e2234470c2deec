internal import CCurl
import Foundation

/// One HTTP exchange, blocking: the only file that touches libcurl (loaded when the first request
/// is made, see CCurl.h), so http:// servers on this machine and https:// ones elsewhere go through
/// the same code.
///
/// Blocking on purpose: the build renders on plain threads with synchronous closures; async
/// callers go through `LLMSession.offloaded`. How many requests run at once is the callers'
/// business (`RequestThrottle`): each exchange has a connection of its own.
struct HTTPTransport: Sendable {
    struct Response: Sendable {
        var status: Int
        /// Header names lowercased.
        var headers: [String: String]
        var body: [UInt8]
    }

    enum Failure: Error, Sendable {
        case timedOut
        case unreachable(String)
    }

    func send(method: String = "POST", url: URL, headers: [String: String], body: [UInt8]?, timeout: Double) -> Result<Response, Failure> {
        // Sorted: the same request sends the same bytes.
        let lines = headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        var result = PFHTTPResult()
        defer { pf_http_result_free(&result) }
        let milliseconds = max(1, Int((timeout * 1000).rounded()))
        let outcome = withCStrings(lines) { pointers in
            (body ?? []).withUnsafeBufferPointer { bytes in
                pf_http_exchange(method, url.absoluteString, pointers, pointers.count,
                                 body == nil ? nil : bytes.baseAddress, bytes.count, milliseconds, &result)
            }
        }
        let message = withUnsafeBytes(of: result.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch outcome {
        case PF_HTTP_OK:
            let received = result.body.map { Array(UnsafeBufferPointer(start: $0, count: result.body_length)) } ?? []
            let headerText = result.headers.map { String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self),
                                                                                      count: result.headers_length), as: UTF8.self) } ?? ""
            return .success(Response(status: result.status, headers: Self.headerFields(headerText), body: received))
        case PF_HTTP_TIMED_OUT: return .failure(.timedOut)
        case PF_HTTP_REFUSED: return .failure(.unreachable("the connection was refused"))
        case PF_HTTP_NO_HOST: return .failure(.unreachable("the host name could not be found"))
        case PF_HTTP_TLS: return .failure(.unreachable("the TLS connection failed (certificate or protocol): \(message)"))
        case PF_HTTP_BAD_URL: return .failure(.unreachable("the address is not a valid http(s) URL"))
        case PF_HTTP_LOST: return .failure(.unreachable("the connection was lost"))
        default: return .failure(.unreachable(message.isEmpty ? "network error" : message))
        }
    }

    /// The fields of the last response in `text` (a redirect or `100 Continue` comes first),
    /// names lowercased; a repeated field keeps its last value.
    static func headerFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("HTTP/") { fields = [:]; continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// `strings` as C strings for the length of `body`.
    private func withCStrings<T>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        return body(copies.map { UnsafePointer($0) })
    }
}
