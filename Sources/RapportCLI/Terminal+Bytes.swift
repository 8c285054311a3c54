#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Terminal {
    /// Writes raw bytes to standard output, retrying after interruptions and short writes.
    static func writeBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard var base = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let n = Glibc.write(STDOUT_FILENO, base, remaining)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                remaining -= n
                base += n
            }
        }
    }

    /// Reads all of a file descriptor's bytes.
    static func readAll(_ fd: Int32) throws(CLIError) -> [UInt8] {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError.io(path: fd == STDIN_FILENO ? "standard input" : "file", reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        return data
    }

    /// Reads a whole file, or standard input when `path` is nil or "-".
    static func readInput(_ path: String?) throws(CLIError) -> [UInt8] {
        guard let path, path != "-" else { return try readAll(STDIN_FILENO) }
        let fd = Glibc.open(path, O_RDONLY)
        guard fd >= 0 else { throw CLIError.io(path: path, reason: errno == ENOENT ? "no such file" : "cannot open the file (\(String(cString: strerror(errno))))") }
        defer { _ = Glibc.close(fd) }
        do { return try readAll(fd) } catch { throw CLIError.io(path: path, reason: "could not be read") }
    }
}
