/// A stored shift with everything recorded in it, for reports.
public struct ShiftDetail: Sendable, Hashable {
    /// The shift row.
    public var shift: ShiftEntry
    /// Its calls, in order.
    public var calls: [SessionEntry]
    /// Its check-ins, in order.
    public var checkIns: [CheckInEntry]
    /// The tools offered, in order.
    public var tools: [ToolUseEntry]

    /// Stores the values as given.
    public init(shift: ShiftEntry, calls: [SessionEntry], checkIns: [CheckInEntry], tools: [ToolUseEntry]) {
        self.shift = shift
        self.calls = calls
        self.checkIns = checkIns
        self.tools = tools
    }
}
