import Foundation

extension Terminal {
    /// Writes `text` to the file at `output`, or to standard output when `output` is nil (the `--output FILE`
    /// option of `validate`, `progress --export` and `plan --export`). Returns true when it went to a file.
    /// A file that cannot be written throws ``CLIError/io(path:reason:)`` saying it could not write `what`.
    @discardableResult
    static func deliver(_ text: String, to output: String?, what: String) throws -> Bool {
        guard let output else {
            write(text)
            return false
        }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw CLIError.io(path: output, reason: "cannot write \(what)")
        }
        return true
    }
}
