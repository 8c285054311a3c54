import LuaBridge
import RapportCore

/// What the prelude's driver reports after a turn (or after a failed one, through `driver.state`), read straight
/// off the Lua stack: its results are, in order, line, mood, trust, patience, revealed, met, events, ended and
/// filler. A result of the wrong type reads as absent.
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

    /// Reads the driver's results (missing ones read as nil). Strings and lists equal to the ones in `before` and
    /// `lastLine` (what the session had before the turn) are given as those, without making new ones.
    init(_ results: [LuaStackValue], before: PersonaState, lastLine: String) {
        func result<T>(_ position: Int, _ body: (LuaStackValue) -> T?) -> T? {
            position < results.count ? body(results[position]) : nil
        }
        line = result(0) { $0.stringValue(reusing: lastLine) }
        mood = result(1) { $0.intValue }
        trust = result(2) { $0.intValue }
        patience = result(3) { $0.intValue }
        revealed = result(4) { $0.stringElements(reusing: before.revealed) }
        met = result(5) { $0.stringElements(reusing: before.met) }
        if results.count > 6 {
            var events: [TurnEvent] = []
            results[6].forEachElement { event in
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
        if results.count > 7 {
            ended = results[7].stringValue
            endedIsNil = results[7].isNil
        }
        filler = results.count > 8 && results[8].isTruthy
    }
}
