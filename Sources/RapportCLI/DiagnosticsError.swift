import RapportCore

/// Authoring problems that stop a command; `ErrorPresenter` prints them as `file:line: error: [RP0001] message`.
struct DiagnosticsError: Error {
    var diagnostics: [Diagnostic]
}

extension Diagnostic {
    /// `file:line:col: severity: [code] message`, the form editors and CI logs understand.
    var formatted: String {
        var location = file ?? "<unknown>"
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(severity.rawValue): [\(code)] \(TerminalSafe.sanitize(message))"
    }
}
