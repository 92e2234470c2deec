/// The part of an HTTP/1.1 request the preview server reads: method, path and query.
struct HTTPRequest: Sendable, Equatable {
    var method: String
    /// Percent-decoded, without the query: `/personas/backend engineer.html`.
    var path: String
    var query: String?

    /// Parses the request head (up to the blank line); nil when it is not HTTP.
    static func parse(_ head: [UInt8]) -> HTTPRequest? {
        guard let lineEnd = head.firstIndex(of: UInt8(ascii: "\r")) ?? head.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let parts = head[..<lineEnd].split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        guard parts.count == 3, parts[2].starts(with: Array("HTTP/".utf8)) else { return nil }
        let method = String(decoding: parts[0], as: UTF8.self)
        var target = Array(parts[1])
        var query: String?
        if let mark = target.firstIndex(of: UInt8(ascii: "?")) {
            query = String(decoding: target[(mark + 1)...], as: UTF8.self)
            target = Array(target[..<mark])
        }
        guard let decoded = percentDecoded(target) else { return nil }
        return HTTPRequest(method: method, path: decoded, query: query)
    }

    /// `%20` -> space; nil for a malformed escape or text that is not UTF-8.
    static func percentDecoded(_ bytes: [UInt8]) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) else { return nil }
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
