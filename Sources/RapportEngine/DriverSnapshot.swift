import LuaBridge
import RapportCore

/// What the prelude's driver reports after a turn (or after a failed one, through `driver.state`), read straight
/// off the Lua stack: only the fields the engine uses. A field of the wrong type reads as absent, as when the whole
/// table was converted.
struct DriverSnapshot {
    var mood: Int?
    var trust: Int?
    var patience: Int?
    var revealed: [String]?
    var met: [String]?
    var events: [TurnEvent] = []
    var line: String?
    /// The outcome the script ended the call with (`ended`), if it is a string.
    var ended: String?
    /// True when `ended` is nil (not merely something other than a string).
    var endedIsNil = true
    var filler = false

    /// An empty snapshot: nothing changes.
    init() {}

    /// Reads the driver's table `value` (all fields absent when it is not a table).
    init(_ value: LuaStackValue) {
        mood = value.field("mood") { $0.intValue }
        trust = value.field("trust") { $0.intValue }
        patience = value.field("patience") { $0.intValue }
        revealed = value.field("revealed") { $0.stringElements }
        met = value.field("met") { $0.stringElements }
        value.field("events") { list in
            var events: [TurnEvent] = []
            list.forEachElement { event in
                guard event.isTable, let id = event.field("id", { $0.stringValue }) else { return }
                switch event.field("kind", { $0.stringValue }) {
                case "reveal": events.append(.revealed(id))
                case "goal_met": events.append(.goalMet(id))
                case "goal_unmet": events.append(.goalUnmet(id))
                case "stage": events.append(.stage(id))
                default: break
                }
            }
            self.events = events
        }
        line = value.field("line") { $0.stringValue }
        (ended, endedIsNil) = value.field("ended") { ($0.stringValue, $0.isNil) }
        filler = value.field("filler") { $0.isTruthy }
    }
}
