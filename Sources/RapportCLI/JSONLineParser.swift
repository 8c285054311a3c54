/// A small, fast JSON reader for one line of `rapport analyze --format jsonl` input.
///
/// It reads any valid JSON value but keeps only what the command needs from the top-level object:
/// `id` (string or number, echoed back as written), `text`, `context` and `name` (strings).
struct JSONLineParser {
    /// The fields of one input line.
    struct Request {
        /// The id as JSON (a quoted string or a number), or nil when absent.
        var idJSON: String?
        var text: String?
        var context: String?
        var name: String?
    }

    /// Why a line could not be read.
    struct Failure: Error {
        var message: String
        /// The id, when it was read before the problem.
        var idJSON: String?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i: Int

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.i = 0
    }

    /// Parses one line (without its newline).
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> Result<Request, Failure> {
        var parser = JSONLineParser(line)
        var request = Request()
        do {
            parser.skipSpace()
            guard parser.peek() == UInt8(ascii: "{") else { throw Failure(message: "each line must be a JSON object") }
            parser.i += 1
            parser.skipSpace()
            if parser.peek() == UInt8(ascii: "}") { parser.i += 1 } else {
                while true {
                    parser.skipSpace()
                    let key = try parser.string()
                    parser.skipSpace()
                    try parser.expect(UInt8(ascii: ":"))
                    parser.skipSpace()
                    switch key {
                    case "id":
                        let start = parser.i
                        if parser.peek() == UInt8(ascii: "\"") {
                            let id = try parser.string()
                            request.idJSON = JSONText.quoted(id)
                        } else {
                            try parser.skipValue()
                            let raw = String(decoding: UnsafeBufferPointer(rebasing: line[start..<parser.i]), as: UTF8.self)
                            request.idJSON = raw == "null" ? nil : raw
                        }
                    case "text": request.text = try parser.optionalString(key)
                    case "context": request.context = try parser.optionalString(key)
                    case "name": request.name = try parser.optionalString(key)
                    default: try parser.skipValue()
                    }
                    parser.skipSpace()
                    if parser.peek() == UInt8(ascii: ",") { parser.i += 1; continue }
                    try parser.expect(UInt8(ascii: "}"))
                    break
                }
            }
            parser.skipSpace()
            guard parser.i == line.count else { throw Failure(message: "unexpected text after the JSON object") }
        } catch var failure as Failure {
            failure.idJSON = request.idJSON
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", idJSON: request.idJSON))
        }
        guard request.text != nil else { return .failure(Failure(message: "missing \"text\" (a string)", idJSON: request.idJSON)) }
        return .success(request)
    }

    private func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw Failure(message: "invalid JSON at byte \(i + 1): expected '\(Character(Unicode.Scalar(byte)))'") }
        i += 1
    }

    private mutating func optionalString(_ key: String) throws -> String? {
        if peek() == UInt8(ascii: "n") { try literal("null"); return nil }
        guard peek() == UInt8(ascii: "\"") else { throw Failure(message: "\"\(key)\" must be a string") }
        return try string()
    }

    private mutating func literal(_ word: String) throws {
        for byte in word.utf8 {
            guard peek() == byte else { throw Failure(message: "invalid JSON at byte \(i + 1)") }
            i += 1
        }
    }

    private mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = i
        // Fast path: no escapes.
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            i += 1
            return s
        }
        var out = Array(bytes[start..<i])
        var pendingHigh: UInt32? = nil
        func flushHigh() { if pendingHigh != nil { out.append(contentsOf: [0xEF, 0xBF, 0xBD]); pendingHigh = nil } }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { flushHigh(); i += 1; return String(decoding: out, as: UTF8.self) }
            if b != UInt8(ascii: "\\") { flushHigh(); out.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            if e == UInt8(ascii: "u") {
                guard i + 4 <= bytes.count, let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<i + 4]), as: UTF8.self), radix: 16) else {
                    throw Failure(message: "invalid \\u escape at byte \(i)")
                }
                i += 4
                if (0xD800...0xDBFF).contains(value) { flushHigh(); pendingHigh = value; continue }
                var scalarValue = value
                if (0xDC00...0xDFFF).contains(value) {
                    guard let high = pendingHigh else { out.append(contentsOf: [0xEF, 0xBF, 0xBD]); continue }
                    scalarValue = 0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00)
                    pendingHigh = nil
                } else { flushHigh() }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalarValue) ?? "\u{FFFD}").utf8))
                continue
            }
            flushHigh()
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            default: throw Failure(message: "invalid escape at byte \(i)")
            }
        }
        throw Failure(message: "unterminated string")
    }

    private mutating func skipValue(depth: Int = 0) throws {
        guard depth < 64 else { throw Failure(message: "JSON nested too deeply") }
        skipSpace()
        guard let b = peek() else { throw Failure(message: "invalid JSON: value expected at end of line") }
        switch b {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            i += 1
            skipSpace()
            if peek() == close { i += 1; return }
            while true {
                skipSpace()
                if close == UInt8(ascii: "}") {
                    _ = try string(); skipSpace(); try expect(UInt8(ascii: ":"))
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                try expect(close)
                return
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            let start = i
            while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
            guard i > start, Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) != nil else {
                throw Failure(message: "invalid JSON value at byte \(start + 1)")
            }
        }
    }
}
