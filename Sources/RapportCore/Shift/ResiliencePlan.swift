import Foundation

/// The trainee's personal resilience plan: the recovery tools they choose, the warning signs they watch for in
/// themselves, and a note to self. Built over sessions and shown at the start of every shift.
public struct ResiliencePlan: Codable, Sendable, Hashable {
    /// Recovery tools the trainee prefers, in the order chosen (no duplicates).
    public var tools: [RecoveryTool]
    /// Warning signs to watch (no duplicates).
    public var signs: [CheckInItem]
    /// A note to self, possibly empty.
    public var note: String

    /// A plan with the given parts (duplicates are dropped, first occurrence kept).
    public init(tools: [RecoveryTool] = [], signs: [CheckInItem] = [], note: String = "") {
        self.tools = Self.unique(tools)
        self.signs = Self.unique(signs)
        self.note = note
    }

    /// True when nothing has been chosen or written.
    public var isEmpty: Bool { tools.isEmpty && signs.isEmpty && note.trimmingCharacters(in: .whitespaces).isEmpty }

    /// Adds `tool` at the end unless the plan has it; returns whether it was added.
    @discardableResult
    public mutating func add(_ tool: RecoveryTool) -> Bool {
        guard !tools.contains(tool) else { return false }
        tools.append(tool)
        return true
    }

    /// Adds `sign` at the end unless the plan has it; returns whether it was added.
    @discardableResult
    public mutating func add(_ sign: CheckInItem) -> Bool {
        guard !signs.contains(sign) else { return false }
        signs.append(sign)
        return true
    }

    static func unique<T: Equatable>(_ items: [T]) -> [T] {
        items.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
