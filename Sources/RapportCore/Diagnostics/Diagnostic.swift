/// How serious an authoring problem is.
public enum Severity: String, Codable, Sendable, Hashable, Comparable, CaseIterable {
    case error
    case warning
    case info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Errors sort before warnings, warnings before infos.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// An authoring problem found in a scenario, plugin or pack: data, not a thrown error.
///
/// `code` is stable (`RP0001`…) and documented in `docs/diagnostics/`. `line` and `column` are 1-based.
public struct Diagnostic: Codable, Sendable, Hashable {
    public var code: String
    public var severity: Severity
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(code: String, severity: Severity, file: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.code = code
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}
