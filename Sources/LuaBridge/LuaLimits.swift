/// The limits every call into a script runs under.
public struct LuaLimits: Sendable, Hashable {
    /// Bytes the state may allocate while a script runs (default 16 MiB).
    public var memoryBytes: Int
    /// Wall-clock seconds one host→Lua call may take (default 2 s); 0 means no deadline.
    public var timeoutSeconds: Double
    /// Instructions one host→Lua call may run; nil means no budget (and no count-hook overhead).
    public var instructionBudget: Int?

    public init(memoryBytes: Int = 16 << 20, timeoutSeconds: Double = 2, instructionBudget: Int? = nil) {
        self.memoryBytes = memoryBytes
        self.timeoutSeconds = timeoutSeconds
        self.instructionBudget = instructionBudget
    }

    /// The defaults: 16 MiB, 2 s, no instruction budget.
    public static let standard = LuaLimits()
}
