import Glibc

/// The POSIX socket calls the preview server needs, as a small value type over a file descriptor.
/// The only file of the server that touches sockets' C structures; errors come back as `SocketError`.
struct Socket: Sendable {
    let descriptor: Int32

    /// A TCP listener on an IPv4 address (`127.0.0.1`) and port (0: any free port).
    static func listen(host: String, port: UInt16) throws(SocketError) -> Socket {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError("socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            Glibc.close(fd)
            throw SocketError("'\(host)' is not an IPv4 address", 0)
        }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let code = errno
            Glibc.close(fd)
            throw SocketError("bind to \(host):\(port)", code)
        }
        guard Glibc.listen(fd, 64) == 0 else {
            let code = errno
            Glibc.close(fd)
            throw SocketError("listen", code)
        }
        return Socket(descriptor: fd)
    }

    /// The port the listener got (useful after asking for port 0).
    var port: UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Waits up to `milliseconds` for the descriptor to be readable (a connection to accept, bytes to read).
    func waitReadable(milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }

    /// The next connection, or nil when none is waiting or the listener is closed.
    func accept() -> Socket? {
        let fd = Glibc.accept(descriptor, nil, nil)
        guard fd >= 0 else { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        // A client that stops reading must not hold a connection thread for ever.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return Socket(descriptor: fd)
    }

    /// Up to `limit` bytes; empty at end of stream or on error.
    func read(limit: Int = 16_384) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: limit)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, limit, 0) }
        return count > 0 ? Array(buffer[..<count]) : []
    }

    /// Writes everything; false when the peer has gone (never raises SIGPIPE).
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    func close() { _ = Glibc.close(descriptor) }
}

/// A socket call that failed, with the system's reason.
public struct SocketError: Error, CustomStringConvertible, Sendable {
    public var call: String
    public var code: Int32

    init(_ call: String, _ code: Int32) {
        self.call = call
        self.code = code
    }

    public var description: String {
        code == 0 ? call : "\(call) failed: \(String(cString: strerror(code)))"
    }

    /// The address is taken by another program.
    public var addressInUse: Bool { code == EADDRINUSE }
}
