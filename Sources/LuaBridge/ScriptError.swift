/// A place in a script: the chunk (file) and a 1-based line.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`.
    public var description: String { "\(file):\(line)" }
}

/// Everything that can go wrong running a script, as one type.
public enum ScriptError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The chunk did not compile.
    case syntax(location: SourceLocation?, message: String)
    /// The script raised an error (or called a host function that failed).
    case runtime(location: SourceLocation?, message: String, traceback: String)
    /// The script needed more memory than its cap.
    case memory(limitBytes: Int, location: SourceLocation?)
    /// The script ran more instructions than its budget.
    case instructionBudget(limit: Int, location: SourceLocation?)
    /// The script ran past its wall-clock deadline.
    case timeout(seconds: Double, location: SourceLocation?)
    /// A host function was called with an unusable argument; worded as `luaL_argerror` words it.
    case badArgument(position: Int, function: String, message: String)
    /// The state could not be created (out of memory at start-up).
    case stateUnavailable

    /// Where the problem is, when Lua says.
    public var location: SourceLocation? {
        switch self {
        case .syntax(let location, _), .runtime(let location, _, _), .memory(_, let location),
             .instructionBudget(_, let location), .timeout(_, let location):
            location
        case .badArgument, .stateUnavailable:
            nil
        }
    }

    /// The message without the location, for a person.
    public var message: String {
        switch self {
        case .syntax(_, let message), .runtime(_, let message, _):
            message
        case .memory(let limit, _):
            "script stopped: it needed more than the memory limit of \(limit / 1024 / 1024) MiB"
        case .instructionBudget(let limit, _):
            "script stopped: it used more than its budget of \(limit) instructions"
        case .timeout(let seconds, _):
            "script stopped: it ran longer than the time limit of \(seconds.formatted) s (an endless loop?)"
        case .badArgument(let position, let function, let message):
            "bad argument #\(position) to '\(function)' (\(message))"
        case .stateUnavailable:
            "could not create a Lua state (out of memory)"
        }
    }

    /// `file:line: message`, or just the message when there is no location.
    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }

    /// True for the errors that stop a runaway script (memory, budget, timeout).
    public var isLimit: Bool {
        switch self {
        case .memory, .instructionBudget, .timeout: true
        default: false
        }
    }
}

extension Double {
    /// Shortest readable form: `2` rather than `2.0`, `0.5` as is.
    var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
