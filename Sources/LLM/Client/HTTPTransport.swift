import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange, blocking: the only file that touches URLSession (libcurl on Linux), so
/// http:// servers on this machine and https:// ones elsewhere go through the same code.
///
/// Blocking on purpose: the build renders on plain threads with synchronous closures. The wait
/// is on URLSession's own callback thread, never on a Swift task, so it cannot starve the
/// cooperative pool; async callers go through `LLMSession.offloaded`.
final class HTTPTransport: @unchecked Sendable {
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

    // URLSession is thread-safe; the class is Sendable for that reason alone.
    private let session: URLSession

    init(maxConnections: Int) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = max(1, maxConnections)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    func send(method: String = "POST", url: URL, headers: [String: String], body: [UInt8]?, timeout: Double) -> Result<Response, Failure> {
        var request = URLRequest(url: url)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body { request.httpBody = Data(body) }
        request.timeoutInterval = timeout
        let outcome = Outcome()
        let task = session.dataTask(with: request) { data, response, error in
            let result: Result<Response, Failure>
            if let http = response as? HTTPURLResponse, error == nil {
                var fields: [String: String] = [:]
                for (name, value) in http.allHeaderFields {
                    if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
                }
                result = .success(Response(status: http.statusCode, headers: fields, body: data.map { [UInt8]($0) } ?? []))
            } else if let error = error as? URLError, error.code == .timedOut {
                result = .failure(.timedOut)
            } else {
                result = .failure(.unreachable(error.map(Self.describe) ?? "the server sent no HTTP response"))
            }
            outcome.fulfil(result)
        }
        task.resume()
        // URLSession's own timeout counts idle time; this deadline also ends a server that trickles bytes forever.
        if let result = outcome.wait(seconds: timeout + 1) { return result }
        task.cancel()
        return .failure(.timedOut)
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? URLError else { return String(describing: error) }
        switch error.code {
        case .cannotConnectToHost: return "the connection was refused"
        case .cannotFindHost, .dnsLookupFailed: return "the host name could not be found"
        case .networkConnectionLost: return "the connection was lost"
        case .notConnectedToInternet: return "there is no network connection"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid:
            return "the TLS connection failed (certificate or protocol)"
        case .badURL, .unsupportedURL: return "the address is not a valid http(s) URL"
        default: return "network error \(error.code.rawValue)"
        }
    }

    /// A result handed from URLSession's callback thread to the waiting one.
    private final class Outcome: @unchecked Sendable {
        private let condition = NSCondition()
        private var result: Result<Response, Failure>?

        func fulfil(_ value: Result<Response, Failure>) {
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }

        func wait(seconds: Double) -> Result<Response, Failure>? {
            let deadline = Date(timeIntervalSinceNow: seconds)
            condition.lock()
            defer { condition.unlock() }
            while result == nil { if !condition.wait(until: deadline) { break } }
            return result
        }
    }
}
